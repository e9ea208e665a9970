import { encode } from "next-auth/jwt";

/** A real, signed next-auth session cookie for a user, as the browser would send it. */
export async function sessionCookieFor(userId: string): Promise<string> {
  const secret = process.env.AUTH_SECRET!;
  const token = await encode({ token: { sub: userId }, secret });
  return `next-auth.session-token=${token}`;
}

export async function authedRequest(userId: string, url: string, init: RequestInit = {}): Promise<Request> {
  const headers = new Headers(init.headers);
  headers.set("cookie", await sessionCookieFor(userId));
  return new Request(url, { ...init, headers });
}
