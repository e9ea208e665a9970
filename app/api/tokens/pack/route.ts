import { withUser } from "@/lib/auth/with-user";
import { parseSearchParams } from "@/lib/http/parse";
import { listTokensQuerySchema } from "@/lib/schemas/tokens";
import { buildTokenPack } from "@/lib/tokens/token-pack";

/** The token pack as a zip attachment: images plus tokens.json (Foundry token data). */
export const GET = withUser(async (request, { userId }) => {
  const { campaignId } = parseSearchParams(request.url, listTokensQuerySchema);
  const pack = await buildTokenPack(userId, campaignId);
  return new Response(new Uint8Array(pack.bytes), {
    headers: { "content-type": "application/zip", "content-disposition": `attachment; filename="${pack.filename}"`, "cache-control": "private, no-store", "x-token-count": String(pack.count) },
  });
});
