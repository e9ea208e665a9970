import { json } from "@/lib/http/respond";
import { route } from "@/lib/http/route";
import { listTokensQuerySchema } from "@/lib/schemas/tokens";
import { listTokens } from "@/lib/tokens/token-queries";

/** ?campaignId= for one campaign's tokens (members only); without it, every token the user may see. */
export const GET = route({ query: listTokensQuerySchema }, async ({ userId, query }) =>
  json({ tokens: await listTokens(userId, query.campaignId) }),
);
