import { prisma } from "@/lib/db/client";

/**
 * "Link GitHub" (Discord, Google) from Settings: the signed-in user asks first, here, then goes
 * through next-auth's OAuth round trip. The callback links the identity to the signed-in user only
 * when such a request is on record and unexpired, and uses it up; an email match never links.
 */
const LINK_INTENT_TTL_MS = 10 * 60_000;

export async function recordLinkIntent(userId: string, provider: string): Promise<void> {
  const expiresAt = new Date(Date.now() + LINK_INTENT_TTL_MS);
  await prisma.oAuthLinkIntent.upsert({
    where: { userId_provider: { userId, provider } },
    update: { expiresAt },
    create: { userId, provider, expiresAt },
  });
}

/** True once per recorded, unexpired intent (deleting it is the check, so two callbacks cannot both use it). */
export async function consumeLinkIntent(userId: string, provider: string): Promise<boolean> {
  const { count } = await prisma.oAuthLinkIntent.deleteMany({
    where: { userId, provider, expiresAt: { gt: new Date() } },
  });
  return count > 0;
}
