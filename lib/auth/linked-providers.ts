import { prisma } from "@/lib/db/client";
import { getEnabledOAuthProviders, type OAuthProviderId } from "./providers";

/** Settings → linked accounts: each enabled provider and whether this user has an identity there. */
export async function listLinkedProviders(
  userId: string,
): Promise<Array<{ id: OAuthProviderId; name: string; linked: boolean }>> {
  const accounts = await prisma.account.findMany({ where: { userId }, select: { provider: true } });
  const linked = new Set(accounts.map((account) => account.provider));
  return getEnabledOAuthProviders().map((provider) => ({ ...provider, linked: linked.has(provider.id) }));
}
