import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { authenticateWithPassword, SignInRefused } from "./authenticate";
import { clientAddress } from "./client-address";
import { linkOAuthAccount } from "./link-oauth-account";
import { buildOAuthProviders } from "./providers";

const THIRTY_DAYS_SECONDS = 30 * 24 * 60 * 60;

/**
 * next-auth 4 with JWT sessions: credentials cannot use database sessions, and a signed cookie
 * keeps every request free of a session lookup. The token's `sub` is always our User id.
 */
export function buildAuthOptions(): NextAuthOptions {
  return {
    secret: process.env.AUTH_SECRET,
    session: { strategy: "jwt", maxAge: THIRTY_DAYS_SECONDS },
    pages: { signIn: "/sign-in", error: "/sign-in" },
    providers: [
      CredentialsProvider({
        id: "credentials",
        name: "Email and password",
        credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
        async authorize(credentials, request) {
          try {
            return await authenticateWithPassword(credentials, clientAddress(request?.headers));
          } catch (error) {
            // next-auth hands a thrown message to the page as `error`; only our codes may pass.
            if (error instanceof SignInRefused) throw new Error(error.message);
            throw error;
          }
        },
      }),
      ...buildOAuthProviders(),
    ],
    callbacks: {
      async signIn({ account, profile, user }) {
        if (!account || account.type !== "oauth") return true;
        const userId = await linkOAuthAccount({
          provider: account.provider,
          providerAccountId: account.providerAccountId,
          email: profile?.email ?? user.email,
          name: profile?.name ?? user.name,
          image: user.image,
        });
        if (!userId) return "/sign-in?error=OAUTH_NO_EMAIL";
        user.id = userId;
        return true;
      },
      async jwt({ token, user }) {
        if (user?.id) token.sub = user.id;
        return token;
      },
      async session({ session, token }) {
        if (session.user && token.sub) session.user.id = token.sub;
        return session;
      },
    },
  };
}

export const authOptions = buildAuthOptions();
