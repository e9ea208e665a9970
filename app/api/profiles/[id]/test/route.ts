import { z } from "zod";
import { id } from "@/lib/http/id";
import { json } from "@/lib/http/respond";
import { route } from "@/lib/http/route";
import { testConnection } from "@/lib/profiles";

/** 200 with `{ ok: true, models }` or `{ ok: false, message }`: a refused key is a result to show, not a server error. */
export const POST = route({ params: z.object({ id: id("Profile") }) }, async ({ userId, params }) =>
  json(await testConnection(userId, params.id)),
);
