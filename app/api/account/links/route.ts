import { listLinkedProviders } from "@/lib/auth/linked-providers";
import { recordLinkIntent } from "@/lib/auth/link-intents";
import { json, noContent } from "@/lib/http/respond";
import { route } from "@/lib/http/route";
import { linkProviderSchema } from "@/lib/schemas/account";

/** The OAuth providers the operator enabled and which of them this account has linked. */
export const GET = route({}, async ({ userId }) => json({ providers: await listLinkedProviders(userId) }));

/**
 * Records that the signed-in user asked to link a provider (for ten minutes); the client then
 * starts next-auth's OAuth round trip, whose callback links the identity to this user, and only
 * because of this record. (For a provider the operator did not enable the round trip cannot
 * start, so such a record expires unused.)
 */
export const POST = route({ body: linkProviderSchema }, async ({ userId, body }) => {
  await recordLinkIntent(userId, body.provider);
  return noContent();
});
