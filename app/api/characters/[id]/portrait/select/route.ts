import { withUser } from "@/lib/auth/with-user";
import { parseJsonBody } from "@/lib/http/parse";
import { json } from "@/lib/http/respond";
import { uuidParam } from "@/lib/characters/uuid-param";
import { selectPortrait } from "@/lib/portraits/portrait-history";
import { selectPortraitSchema } from "@/lib/schemas/characters";

/** Makes one generation from the portrait's history (a variation, an older one) current. */
export const POST = withUser(async (request, { userId, params }) => {
  const id = uuidParam(params.id, "Character");
  const { generation_id } = await parseJsonBody(request, selectPortraitSchema);
  return json(await selectPortrait(userId, id, generation_id));
});
