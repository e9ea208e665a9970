import "server-only";
import type { ViewableImage } from "./get-viewable-image";

/**
 * Images are immutable by id, so a day of private caching is safe; `private` because the answer
 * depends on who asks, and `Vary: Cookie` so no cache hands one user's answer to another.
 */
export const IMAGE_CACHE_CONTROL = "private, max-age=86400";

/** The HTTP answer for an image: 304 when the client's copy is current, else the streamed bytes. */
export async function imageFileResponse(request: Request, image: ViewableImage): Promise<Response> {
  // A derivative is a different representation: its validator must differ from the original's.
  const etag = image.variant ? `"${image.sha256}-${image.variant}"` : `"${image.sha256}"`;
  const validators = { etag, "cache-control": IMAGE_CACHE_CONTROL, vary: "Cookie" };
  // A matching validator needs no storage access at all (no disk read, no S3 request).
  if (ifNoneMatchMatches(request.headers.get("if-none-match"), etag)) {
    return new Response(null, { status: 304, headers: validators });
  }
  const file = await image.open();
  // Next answers HEAD with this GET handler and never reads the body: release the file now rather
  // than leaving the handle to the garbage collector.
  if (request.method === "HEAD" && !file.bytes) await file.stream.cancel();
  // Small files come read already: a byte body is sent in one write, without a stream pipe.
  const body = request.method === "HEAD" ? null : file.bytes ? new Uint8Array(file.bytes) : file.stream;
  return new Response(body, {
    status: 200,
    headers: {
      ...validators,
      "content-type": image.mimeType,
      // Next 16's server drops Content-Length from route-handler responses and sends them chunked
      // (send-response.js); it is kept for every other consumer of this Response.
      "content-length": String(file.size),
      // Never let a browser reinterpret an image as HTML or script, nor run anything inside it.
      "x-content-type-options": "nosniff",
      "content-security-policy": "default-src 'none'; sandbox",
    },
  });
}

/** RFC 9110 §13.1.2: If-None-Match uses weak comparison, so `W/"x"` matches `"x"`; `*` matches any. */
export function ifNoneMatchMatches(header: string | null, etag: string): boolean {
  if (!header) return false;
  return header
    .split(",")
    .map((candidate) => candidate.trim())
    .some((candidate) => candidate === "*" || candidate.replace(/^W\//, "") === etag);
}
