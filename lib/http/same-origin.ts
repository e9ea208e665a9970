import { AppError } from "./errors";

/**
 * The boundary's cross-site request forgery guard for state-changing requests.
 *
 * 1. A body must be JSON or multipart. A cross-site page can send `text/plain`,
 *    `application/x-www-form-urlencoded` (and a type-less blob) without a CORS preflight; JSON
 *    cannot be sent cross-site without one. A body without a type counts as not JSON.
 * 2. A request the session cookie authenticates must come from this site: its `Origin` names
 *    this app, or, when a browser sends no Origin, `Sec-Fetch-Site` is `same-origin` or `none`
 *    (typed in the address bar). Neither header: refused, since every browser in use sends one.
 *    A personal API token (`Authorization: Bearer`) is not sent by a browser on its own, so it
 *    skips this step (its body still needs a proper type).
 *
 * "This app" is, behind a proxy or not, the origin of NEXTAUTH_URL (the public address the
 * operator configured) or the host the request was addressed to: the `Host` header, and with
 * TRUST_PROXY=true each `X-Forwarded-Host` entry as well. A cross-site page cannot set either
 * header, so accepting the request's own host cannot be used against a signed-in browser.
 */

const STATE_CHANGING = new Set(["POST", "PUT", "PATCH", "DELETE"]);

export type WriteGuard = { cookieBorne: boolean };

/** Throws 415 or 403 (the one error shape) for a state-changing request that may be forged. */
export function assertSafeWrite(request: Request, { cookieBorne }: WriteGuard): void {
  if (!STATE_CHANGING.has(request.method.toUpperCase())) return;
  assertWriteContentType(request);
  if (cookieBorne) assertSameOrigin(request);
}

function assertWriteContentType(request: Request): void {
  const type = mediaType(request.headers.get("content-type"));
  if (type === null) {
    if (hasDeclaredBody(request))
      throw new AppError("UNSUPPORTED_MEDIA_TYPE", "Send the request body as application/json or multipart/form-data");
    return;
  }
  if (type === "application/json" || type.endsWith("+json") || type === "multipart/form-data") return;
  throw new AppError("UNSUPPORTED_MEDIA_TYPE", "Send the request body as application/json or multipart/form-data");
}

function assertSameOrigin(request: Request): void {
  const origin = request.headers.get("origin");
  if (origin !== null) {
    if (isOwnOrigin(origin, request)) return;
    throw crossSite();
  }
  const site = request.headers.get("sec-fetch-site");
  if (site === "same-origin" || site === "none") return;
  throw crossSite();
}

const crossSite = () =>
  new AppError("FORBIDDEN", "This request did not come from Arcane Forge itself, so it was refused");

function mediaType(header: string | null): string | null {
  const type = header?.split(";")[0].trim().toLowerCase();
  return type ? type : null;
}

/** HTTP/1.1 announces a request body by one of these two headers. */
function hasDeclaredBody(request: Request): boolean {
  if (request.headers.has("transfer-encoding")) return true;
  const length = Number(request.headers.get("content-length") ?? "0");
  return !Number.isFinite(length) || length > 0;
}

function isOwnOrigin(origin: string, request: Request): boolean {
  let parsed: URL;
  try {
    parsed = new URL(origin); // "null" (a sandboxed or privacy-redirected page) does not parse
  } catch {
    return false;
  }
  if (parsed.origin === "null" || parsed.origin !== origin.replace(/\/$/, "")) return false;
  const configured = configuredOrigin();
  if (configured && parsed.origin === configured) return true;
  return requestHosts(request).includes(parsed.host.toLowerCase());
}

function configuredOrigin(): string | null {
  const url = process.env.NEXTAUTH_URL;
  if (!url) return null;
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}

function requestHosts(request: Request): string[] {
  const hosts: string[] = [];
  const host = request.headers.get("host") ?? safeHost(request.url);
  if (host) hosts.push(host.trim().toLowerCase());
  if (process.env.TRUST_PROXY === "true")
    for (const entry of (request.headers.get("x-forwarded-host") ?? "").split(","))
      if (entry.trim()) hosts.push(entry.trim().toLowerCase());
  return hosts;
}

function safeHost(url: string): string | null {
  try {
    return new URL(url).host;
  } catch {
    return null;
  }
}
