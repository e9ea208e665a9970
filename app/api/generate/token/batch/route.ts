import { json } from "@/lib/http/respond";
import { route } from "@/lib/http/route";
import { batchEnvelope } from "@/lib/document-api/tokens";
import { batchTokensSchema } from "@/lib/schemas/tokens";
import { batchTokens } from "@/lib/tokens/batch-tokens";

/** Described NPCs, stored NPCs by id, or the whole party: 200 with one result per item (a failed item carries its reason). */
export const POST = route({ body: batchTokensSchema }, async ({ userId, body }) =>
  json(batchEnvelope(await batchTokens(userId, body))),
);
