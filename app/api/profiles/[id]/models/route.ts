import { z } from "zod";
import { id } from "@/lib/http/id";
import { json } from "@/lib/http/respond";
import { route } from "@/lib/http/route";
import { profileModels } from "@/lib/profiles";

const modelsQuery = z.object({ refresh: z.enum(["true", "false"]).optional() });

/** 200 with `{ ok: true, models, fetchedAt, cached }` or `{ ok: false, message }` (a refused key is a result to show). */
export const GET = route(
  { params: z.object({ id: id("Profile") }), query: modelsQuery },
  async ({ userId, params, query }) =>
    json(await profileModels(userId, params.id, { refresh: query.refresh === "true" })),
);
