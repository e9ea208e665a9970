import { prisma } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/http/prisma-errors";
import { emailSchema } from "@/lib/schemas/auth";
import { consumeLinkIntent } from "./link-intents";

type OAuthProfile = {
  provider: string;
  providerAccountId: string;
  email?: string | null;
  name?: string | null;
  image?: string | null;
};

/** Why an OAuth sign-in was refused; the sign-in page (or Settings) words each one. */
export type OAuthRefusal =
  | "OAUTH_NO_EMAIL"
  /** The email belongs to an account with a password: sign in with it, then link from Settings. */
  | "OAUTH_EMAIL_HAS_PASSWORD_ACCOUNT"
  /** The email belongs to an account that signs in another way (another provider). */
  | "OAUTH_EMAIL_HAS_ACCOUNT"
  /** Linking from Settings: this provider identity already belongs to another user. */
  | "OAUTH_LINKED_ELSEWHERE";

export type OAuthOutcome = { userId: string; linked?: boolean } | { refused: OAuthRefusal };

/**
 * Decides who an OAuth sign-in is. An identity already linked is its user. Otherwise:
 * - a signed-in user who asked to link this provider from Settings (a link intent) gets it linked;
 * - a new email makes a new account with the identity linked;
 * - an email that already has an account is refused: the provider's word that the email is
 *   theirs is not proof enough to take over an account someone made with a password. The owner
 *   signs in the usual way and links the provider from Settings.
 */
export async function linkOAuthAccount(profile: OAuthProfile, signedInUserId: string | null): Promise<OAuthOutcome> {
  const identity = { provider: profile.provider, providerAccountId: profile.providerAccountId };
  const linked = await prisma.account.findUnique({
    where: { provider_providerAccountId: identity },
    select: { userId: true },
  });

  if (signedInUserId && (await consumeLinkIntent(signedInUserId, profile.provider))) {
    if (linked)
      return linked.userId === signedInUserId ? { userId: signedInUserId } : { refused: "OAUTH_LINKED_ELSEWHERE" };
    try {
      await prisma.account.create({ data: { userId: signedInUserId, ...identity } });
    } catch (error) {
      // Linked by another request in the meantime.
      if (isUniqueViolation(error)) return { refused: "OAUTH_LINKED_ELSEWHERE" };
      throw error;
    }
    return { userId: signedInUserId, linked: true };
  }
  if (linked) return { userId: linked.userId };

  const email = emailSchema.safeParse(profile.email ?? "");
  if (!email.success) return { refused: "OAUTH_NO_EMAIL" };

  const existing = await prisma.user.findUnique({ where: { email: email.data }, select: { passwordHash: true } });
  if (existing)
    return { refused: existing.passwordHash ? "OAUTH_EMAIL_HAS_PASSWORD_ACCOUNT" : "OAUTH_EMAIL_HAS_ACCOUNT" };

  try {
    const user = await prisma.user.create({
      data: {
        email: email.data,
        name: profile.name?.trim().slice(0, 80) || email.data.split("@")[0],
        avatarUrl: profile.image ?? null,
        accounts: { create: identity },
      },
      select: { id: true },
    });
    return { userId: user.id };
  } catch (error) {
    // The same email (or identity) was registered a moment ago by another request.
    if (isUniqueViolation(error)) return { refused: "OAUTH_EMAIL_HAS_ACCOUNT" };
    throw error;
  }
}
