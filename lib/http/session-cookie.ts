import { LRUCache } from "lru-cache";
import { decode } from "next-auth/jwt";

// next-auth names its cookie by whether the site is served over https.
const COOKIE_NAMES = ["__Secure-next-auth.session-token", "next-auth.session-token"];

/**
 * Reads the user id from the next-auth session cookie of a plain Request. Route handlers use this
 * rather than getServerSession so they work the same inside and outside Next's request scope
 * (integration tests call handlers directly with a real signed cookie).
 */
export async function userIdFromRequest(request: Request): Promise<string | null> {
  const cookies = parseCookies(request.headers.get("cookie") ?? "");
  const secret = process.env.AUTH_SECRET;
  if (!secret) return null;
  for (const name of COOKIE_NAMES) {
    const token = joinChunks(cookies, name);
    if (!token) continue;
    const session = await decodeSession(token, secret);
    if (session && (!session.exp || session.exp * 1000 > Date.now())) return session.sub;
  }
  return null;
}

/**
 * Decrypting a session token (HKDF + A256GCM) costs about half a millisecond; a browser sends the
 * same token with every image it loads. Tokens that decrypted are remembered (exactly the same
 * string), the least recently used out past DECODED_MAX, all forgotten when the secret changes;
 * expiry is still checked on every use.
 */
const DECODED_MAX = 1000;
const decoded = new LRUCache<string, { sub: string; exp?: number }>({ max: DECODED_MAX });
let decodedWithSecret: string | undefined;

async function decodeSession(token: string, secret: string): Promise<{ sub: string; exp?: number } | null> {
  if (secret !== decodedWithSecret) {
    decoded.clear();
    decodedWithSecret = secret;
  }
  const cacheKey = token;
  const known = decoded.get(cacheKey);
  if (known) return known;
  try {
    const payload = await decode({ token, secret });
    if (!payload?.sub) return null;
    const session = { sub: payload.sub, exp: payload.exp ? Number(payload.exp) : undefined };
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
