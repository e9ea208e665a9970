import { prisma } from "@/lib/db/client";
import { emailSchema } from "@/lib/schemas/auth";

type OAuthProfile = {
  provider: string;
  providerAccountId: string;
  email?: string | null;
  name?: string | null;
  image?: string | null;
};

/**
 * Finds or creates the user behind an OAuth sign-in. An identity already linked wins; otherwise a
 * verified provider email joins the account with that email (the providers we enable verify them).
 * Returns null when the provider gave no usable email.
 */
export async function linkOAuthAccount(profile: OAuthProfile): Promise<string | null> {
  const linked = await prisma.account.findUnique({
    where: { provider_providerAccountId: { provider: profile.provider, providerAccountId: profile.providerAccountId } },
    select: { userId: true },
  });
  if (linked) return linked.userId;

  const email = emailSchema.safeParse(profile.email ?? "");
  if (!email.success) return null;

  const user = await prisma.user.upsert({
    where: { email: email.data },
    update: {},
    create: {
      email: email.data,
      name: profile.name?.trim().slice(0, 80) || email.data.split("@")[0],
      avatarUrl: profile.image ?? null,
    },
    select: { id: true },
  });
  await prisma.account.upsert({
    where: { provider_providerAccountId: { provider: profile.provider, providerAccountId: profile.providerAccountId } },
    update: {},
    create: { userId: user.id, provider: profile.provider, providerAccountId: profile.providerAccountId },
  });
  return user.id;
}
