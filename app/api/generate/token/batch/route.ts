import { withUser } from "@/lib/auth/with-user";
import { parseJsonBody } from "@/lib/http/parse";
import { json } from "@/lib/http/respond";
import { batchTokensSchema } from "@/lib/schemas/tokens";
import { batchTokens } from "@/lib/tokens/batch-tokens";

/** NPCs or the whole party: 200 with one result per item (a failed item carries its reason). */
export const POST = withUser(async (request, { userId }) => {
  const input = await parseJsonBody(request, batchTokensSchema);
  return json(await batchTokens(userId, input));
});
