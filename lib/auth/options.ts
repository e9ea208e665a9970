import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { sessionFromRequest } from "@/lib/http/session-cookie";
import { liveSessionUserId } from "@/lib/http/session-user";
import { authenticateWithPassword, SignInRefused } from "./authenticate";
import { clientAddress } from "./client-address";
import { linkOAuthAccount } from "./link-oauth-account";
import { buildOAuthProviders } from "./providers";
import { endSession, isLiveSession, SESSION_MAX_AGE_SECONDS, startSession } from "./server-sessions";

const SESSION_ENDED = "SESSION_ENDED";

/**
 * next-auth 4 with JWT sessions whose `sid` names a server-side Session row (server-sessions.ts):
 * the cookie stays a signed token, and signing out ends the row, so a copied token stops working.
 * The token's `sub` is always our User id.
 *
 * Built per request (app/api/auth/[...nextauth]) so the callbacks can read the request: the
 * browser's user agent for the session list, and who is already signed in when a provider is
 * being linked from Settings.
 */
export function buildAuthOptions(request?: Request): NextAuthOptions {
  let signedIn: Promise<{ userId: string; sessionId: string } | null> | undefined;
  // The session this browser already has (linking a provider keeps it rather than starting another).
  const currentSession = () =>
    (signedIn ??= (async () => {
      const claims = request ? await sessionFromRequest(request) : null;
      return claims && (await liveSessionUserId(claims)) ? claims : null;
    })());

  return {
    secret: process.env.AUTH_SECRET,
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
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
        const current = await currentSession();
        const outcome = await linkOAuthAccount(
          {
            provider: account.provider,
            providerAccountId: account.providerAccountId,
            email: profile?.email ?? user.email,
            name: profile?.name ?? user.name,
            image: user.image,
          },
          current?.userId ?? null,
        );
        if ("refused" in outcome) {
          // A refused link goes back to Settings; a refused sign-in to the sign-in page, naming the provider.
          if (outcome.refused === "OAUTH_LINKED_ELSEWHERE") return `/settings?linkError=${outcome.refused}`;
          return `/sign-in?error=${outcome.refused}:${encodeURIComponent(account.provider)}`;
        }
        user.id = outcome.userId;
        return true;
      },
      async jwt({ token, user }) {
        if (user?.id) {
          const current = await currentSession();
          token.sub = user.id;
          if (current && current.userId === user.id) token.sid = current.sessionId;
          else {
            // Someone else signing in on this browser replaces its cookie: that session is over too.
            if (current) await endSession(current.sessionId);
            token.sid = await startSession(user.id, request?.headers.get("user-agent"));
          }
          return token;
        }
        // next-auth's own session endpoint: an ended session throws, and next-auth clears the cookie.
        if (typeof token.sid !== "string" || !token.sub || !(await isLiveSession(token.sid, token.sub)))
          throw new Error(SESSION_ENDED);
        return token;
      },
      async session({ session, token }) {
        if (session.user && token.sub) session.user.id = token.sub;
        return session;
      },
    },
    logger: {
      error(code, metadata) {
        // A browser whose session was ended elsewhere is expected, not a server error.
        if (code === "JWT_SESSION_ERROR" && (metadata as { message?: unknown })?.message === SESSION_ENDED) return;
        console.error(`[next-auth][error][${code}]`, metadata);
      },
    },
    events: {
      async signOut({ token }) {
        if (typeof token?.sid === "string") await endSession(token.sid);
      },
    },
  };
}
