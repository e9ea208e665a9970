import { attachment } from "@/lib/http/attachment";
import { route } from "@/lib/http/route";
import { listTokensQuerySchema } from "@/lib/schemas/tokens";
import { buildTokenPack } from "@/lib/tokens/token-pack";

/** The token pack as a zip attachment: images plus tokens.json (Foundry token data). */
export const GET = route({ query: listTokensQuerySchema }, async ({ userId, query }) => {
  const pack = await buildTokenPack(userId, query.campaignId);
  return attachment(pack.stream, {
    filename: pack.filename,
    contentType: "application/zip",
    headers: { "x-token-count": String(pack.count), "content-length": String(pack.size) },
  });
});
