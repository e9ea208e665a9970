import { encode } from "next-auth/jwt";
import { prisma } from "@/lib/db/client";

/** A signed-in browser: its Session row and the cookie it sends. */
export type TestSession = { sessionId: string; cookie: string };

/**
 * A real sign-in as the app makes one: a Session row and a signed next-auth token naming it
 * (`sid`), as the cookie header a browser sends.
 */
export async function signInSession(userId: string, userAgent = "jest"): Promise<TestSession> {
  const session = await prisma.session.create({ data: { userId, userAgent }, select: { id: true } });
  return { sessionId: session.id, cookie: await sessionCookieForToken({ sub: userId, sid: session.id }) };
}

/** A real, signed next-auth session cookie for a user (a fresh session), as the browser would send it. */
export async function sessionCookieFor(userId: string): Promise<string> {
  return (await signInSession(userId)).cookie;
}

/** The cookie for exactly these claims (a token from before sessions lived on the server has no sid). */
export async function sessionCookieForToken(token: Record<string, unknown>): Promise<string> {
  return `next-auth.session-token=${await encode({ token, secret: process.env.AUTH_SECRET! })}`;
}
