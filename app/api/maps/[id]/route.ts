import { z } from "zod";
import { id } from "@/lib/http/id";
import { json } from "@/lib/http/respond";
import { route } from "@/lib/http/route";
import { getMap } from "@/lib/maps/map-queries";

export const GET = route({ params: z.object({ id: id("Map") }) }, async ({ userId, params }) =>
  json(await getMap(userId, params.id)),
);
