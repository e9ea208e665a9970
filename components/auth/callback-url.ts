const AUTH_PAGES = ["/sign-in", "/sign-up"];

/**
 * Where to go after signing in. Only same-origin paths are allowed, so a crafted link cannot send
 * a fresh session to another site. A full URL is accepted only when `origin` is given and matches
 * (next-auth passes absolute URLs); "//host" and "/\host" are refused because browsers treat them
 * as other hosts. Anything else, and the auth pages themselves, fall back to "/".
 */
export function safeCallbackUrl(raw: string | string[] | null | undefined, origin?: string): string {
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (!value) return "/";
  let path: string | null = null;
  if (isPlainPath(value)) {
    path = value;
  } else if (origin) {
    try {
      const url = new URL(value);
      if (url.origin === origin) path = `${url.pathname}${url.search}${url.hash}`;
    } catch {
      path = null;
    }
  }
  if (!path || !isPlainPath(path)) return "/";
  const pathname = path.split(/[?#]/)[0];
  return AUTH_PAGES.includes(pathname) ? "/" : path;
}

function isPlainPath(value: string): boolean {
  return value.startsWith("/") && !value.startsWith("//") && !/[\\\u0000-\u001f\u007f]/.test(value);
}

/** `/sign-up?callbackUrl=...`, leaving the parameter off when it is just the home page. */
export function withCallbackUrl(page: string, callbackUrl: string): string {
  return callbackUrl === "/" ? page : `${page}?callbackUrl=${encodeURIComponent(callbackUrl)}`;
}
