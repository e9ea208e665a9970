import { z } from "zod";
import { withUser } from "@/lib/auth/with-user";
import { parseWith } from "@/lib/http/parse";
import { json } from "@/lib/http/respond";
import { getMap } from "@/lib/maps/map-queries";

export const GET = withUser(async (_request, { userId, params }) => {
  const id = parseWith(z.uuid(), params.id);
  return json(await getMap(userId, id));
});
