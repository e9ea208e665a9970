import { json } from "@/lib/http/respond";
import { route } from "@/lib/http/route";
import { batchTokensSchema } from "@/lib/schemas/tokens";
import { batchTokens } from "@/lib/tokens/batch-tokens";

/** NPCs or the whole party: 200 with one result per item (a failed item carries its reason). */
export const POST = route({ body: batchTokensSchema }, async ({ userId, body }) => json(await batchTokens(userId, body)));
