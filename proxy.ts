import type { NextRequest } from "next/server";
import { NextResponse } from "next/server";
import { notFound } from "@/lib/http/errors";
import { errorResponse } from "@/lib/http/respond";

/**
 * Stored images live under public/uploads but must only be read through the authorizing route
 * (/api/images/<id>/file). Next serves public/ before any route, so this proxy, which runs first,
 * answers every /uploads request with the same 404 a missing file gets: no existence oracle.
 */
export function proxy(request: NextRequest): Response {
  if (isUploadsPath(request.nextUrl.pathname)) return errorResponse(notFound());
  // A page hands its own path and query on, so the signed-in layout can send someone who is not
  // signed in to /sign-in?callbackUrl=<where they were going> (an invite link survives sign-in).
  const headers = new Headers(request.headers);
  headers.set(RETURN_TO_HEADER, `${request.nextUrl.pathname}${request.nextUrl.search}`);
  return NextResponse.next({ request: { headers } });
}

/** The request header carrying a page's path and query (set here, never trusted from the client). */
export const RETURN_TO_HEADER = "x-arcane-return-to";

/**
 * Next also matches the percent-decoded path and serves public files by their decoded name, so
 * `/%75ploads/...` and `/uploads%2F...` must be refused too; the check decodes before comparing.
 */
export function isUploadsPath(pathname: string): boolean {
  let decoded = pathname;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    // Undecodable: compare the raw path; Next cannot map it to a file either.
  }
  return [pathname, decoded].some((candidate) => /^\/+uploads(?:\/|$)/.test(candidate));
}

export const config = {
  // /uploads (refused) and every page; API routes and Next's own files never pass through here.
  matcher: ["/uploads", "/uploads/:path*", "/((?!api/|_next/|favicon\\.ico$).*)"],
};
