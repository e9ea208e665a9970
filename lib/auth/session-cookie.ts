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
    try {
      const payload = await decode({ token, secret });
      if (payload?.sub && (!payload.exp || Number(payload.exp) * 1000 > Date.now())) return payload.sub;
    } catch {
      // A cookie we cannot decrypt (old secret, tampering) is the same as no cookie.
    }
  }
  return null;
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
