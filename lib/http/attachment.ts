/** A download: the bytes (or a stream of them) with a Content-Disposition the browser saves under `filename`. */
export function attachment(
  body: Uint8Array | string | ReadableStream<Uint8Array>,
  options: { filename: string; contentType: string; headers?: Record<string, string> },
): Response {
  const bytes = typeof body === "string" || body instanceof ReadableStream ? body : new Uint8Array(body);
  return new Response(bytes, {
    headers: {
      "content-type": options.contentType,
      "content-disposition": contentDisposition(options.filename),
      "cache-control": "private, no-store",
      ...options.headers,
    },
  });
}

/**
 * `attachment; filename="…"; filename*=UTF-8''…`: an ASCII fallback with quotes, backslashes and
 * control characters replaced (so a name can never break out of the header), and the real name
 * percent-encoded for browsers that read RFC 6266's `filename*`.
 */
export function contentDisposition(filename: string): string {
  const fallback = filename.replace(/[^\x20-\x7e]|["\\]/g, "_").trim() || "download";
  const encoded = encodeURIComponent(filename).replace(
    /['()*]/g,
    (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
