import { withUser } from "@/lib/auth/with-user";
import { parseSearchParams } from "@/lib/http/parse";
import { json } from "@/lib/http/respond";
import { listTokensQuerySchema } from "@/lib/schemas/tokens";
import { listTokens } from "@/lib/tokens/token-queries";

/** ?campaignId= for one campaign's tokens (members only); without it, every token the user may see. */
export const GET = withUser(async (request, { userId }) => {
  const { campaignId } = parseSearchParams(request.url, listTokensQuerySchema);
  return json({ tokens: await listTokens(userId, campaignId) });
});
