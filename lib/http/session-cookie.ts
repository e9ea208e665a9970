import { LRUCache } from "lru-cache";
import { decode } from "next-auth/jwt";

// next-auth names its cookie by whether the site is served over https.
const COOKIE_NAMES = ["__Secure-next-auth.session-token", "next-auth.session-token"];

/** What a session cookie names: the user (`sub`) and the server-side Session row (`sid`). */
export type SessionClaims = { userId: string; sessionId: string };

/**
 * Reads the next-auth session cookie of a plain Request. Route handlers use this rather than
 * getServerSession so they work the same inside and outside Next's request scope (integration
 * tests call handlers directly with a real signed cookie). Only the signature and expiry are
 * checked here; whether the Session row is still live is session-user.ts's question.
 */
export function sessionFromRequest(request: Request): Promise<SessionClaims | null> {
  return sessionFromCookieHeader(request.headers.get("cookie") ?? "");
}

/** The same from a Cookie header (server components read theirs from next/headers). */
export async function sessionFromCookieHeader(header: string): Promise<SessionClaims | null> {
  const cookies = parseCookies(header);
  const secret = process.env.AUTH_SECRET;
  if (!secret) return null;
  for (const name of COOKIE_NAMES) {
    const token = joinChunks(cookies, name);
    if (!token) continue;
    const session = await decodeSession(token, secret);
    if (session && (!session.exp || session.exp * 1000 > Date.now()))
      return { userId: session.sub, sessionId: session.sid };
  }
  return null;
}

/**
 * Decrypting a session token (HKDF + A256GCM) costs about half a millisecond; a browser sends the
 * same token with every image it loads. Tokens that decrypted are remembered (exactly the same
 * string), the least recently used out past DECODED_MAX, all forgotten when the secret changes;
 * expiry is still checked on every use. Remembering a decryption is safe with server-side
 * sign-out because revocation lives in the Session row, which is asked on every request.
 */
const DECODED_MAX = 1000;
type DecodedSession = { sub: string; sid: string; exp?: number };
const decoded = new LRUCache<string, DecodedSession>({ max: DECODED_MAX });
let decodedWithSecret: string | undefined;

async function decodeSession(token: string, secret: string): Promise<DecodedSession | null> {
  if (secret !== decodedWithSecret) {
    decoded.clear();
    decodedWithSecret = secret;
  }
  const cacheKey = token;
  const known = decoded.get(cacheKey);
  if (known) return known;
  try {
    const payload = await decode({ token, secret });
    // A token minted before sessions lived on the server has no `sid`: refused (sign in again).
    if (!payload?.sub || typeof payload.sid !== "string") return null;
    const session = { sub: payload.sub, sid: payload.sid, exp: payload.exp ? Number(payload.exp) : undefined };
    decoded.set(cacheKey, session);
    return session;
  } catch {
    // A cookie we cannot decrypt (old secret, tampering) is the same as no cookie.
    return null;
  }
}

function parseCookies(header: string): Map<string, string> {
  const cookies = new Map<string, string>();
  for (const part of header.split(";")) {
    const index = part.indexOf("=");
    if (index <= 0) continue;
    const name = part.slice(0, index).trim();
    const raw = part.slice(index + 1).trim();
    try {
      cookies.set(name, decodeURIComponent(raw));
    } catch {
      cookies.set(name, raw);
    }
  }
  return cookies;
}

/** next-auth splits tokens over 4 KB into `name.0`, `name.1`, ... */
function joinChunks(cookies: Map<string, string>, name: string): string | undefined {
  if (cookies.has(name)) return cookies.get(name);
  const chunks: string[] = [];
  for (let index = 0; cookies.has(`${name}.${index}`); index++) chunks.push(cookies.get(`${name}.${index}`)!);
  return chunks.length > 0 ? chunks.join("") : undefined;
}
