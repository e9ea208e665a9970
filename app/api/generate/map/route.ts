import { withUser } from "@/lib/auth/with-user";
import { parseJsonBody } from "@/lib/http/parse";
import { json } from "@/lib/http/respond";
import { createMap } from "@/lib/maps/create-map";
import { generateMapSchema } from "@/lib/schemas/maps";

/** Generate a map (or, with regenerateOf, its next version): 201 with the stored map version. */
export const POST = withUser(async (request, { userId }) => {
  const input = await parseJsonBody(request, generateMapSchema);
  return json(await createMap(userId, input), { status: 201 });
});
