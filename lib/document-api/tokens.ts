import type { DocumentToken } from "@/lib/schemas/document-envelopes";
import type { TokenBatchResponse, TokenView } from "@/lib/schemas/tokens-response";
import { tokenAssetUrl } from "./asset-paths";

/** The requirement's token object: a hostile token is a monster, everything else a character. */
export function documentToken(token: TokenView): DocumentToken {
  const campaignId = token.campaignId;
  return {
    id: token.id,
    name: token.name,
    image_url: campaignId ? tokenAssetUrl(campaignId, token.id, "png") : token.imageUrl,
    type: token.disposition === "HOSTILE" && !token.npcId ? "monster" : "character",
    npc_id: token.npcId,
    json_url: campaignId ? tokenAssetUrl(campaignId, token.id, "json") : null,
  };
}

export const tokenEnvelope = (token: TokenView) => ({ ...token, success: true as const, token: documentToken(token) });

export const batchEnvelope = (batch: TokenBatchResponse) => ({
  ...batch,
  success: true as const,
  tokens: batch.results.flatMap((result) => (result.ok ? [documentToken(result.token)] : [])),
});
