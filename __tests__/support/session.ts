import { encode } from "next-auth/jwt";

/** A real, signed next-auth session cookie for a user, as the browser would send it. */
export async function sessionCookieFor(userId: string): Promise<string> {
  const secret = process.env.AUTH_SECRET!;
  const token = await encode({ token: { sub: userId }, secret });
  return `next-auth.session-token=${token}`;
}
