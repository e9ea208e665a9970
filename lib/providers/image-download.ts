import "server-only";
import { assertPublicBaseUrl } from "./base-url-guard";
import { providerErrorFromStatus } from "./error-status-table";
import type { ErrorContext } from "./safe-provider-message";
import { toProviderError } from "./to-provider-error";
import { guardedFetch } from "./guarded-fetch";
import { ProviderError } from "./types";

/**
 * Fetches an image a provider pointed at (a `url` instead of `b64_json`, or a data: URL from a chat
 * reply). The URL came from outside, so every hop goes through the private-address guard (an operator's
 * allowance is for one host and port, never for whatever host an image URL names), the body
 * is capped while it streams, and the caller's AbortSignal stops it like any provider call.
 */

export const MAX_IMAGE_BYTES = 25 * 1024 * 1024;
const MAX_REDIRECTS = 3;

export type DownloadedImage = { bytes: Buffer; mimeType?: string };

function tooLarge(context: ErrorContext, maxBytes: number): ProviderError {
  return new ProviderError(
    "INVALID_RESPONSE",
    `${context.provider} returned an image larger than ${Math.round(maxBytes / 1048576)} MB`,
  );
}

export function decodeDataUrl(url: string, context: ErrorContext, maxBytes = MAX_IMAGE_BYTES): DownloadedImage {
  const match = /^data:([^;,]+)?((?:;[^;,]+)*?);base64,(.*)$/s.exec(url);
  if (!match) throw new ProviderError("INVALID_RESPONSE", `${context.provider} returned a data URL that is not base64`);
  if (match[3].length * 0.75 > maxBytes) throw tooLarge(context, maxBytes);
  const bytes = Buffer.from(match[3], "base64");
  if (bytes.length === 0) throw new ProviderError("INVALID_RESPONSE", `${context.provider} returned an empty image`);
  return { bytes, mimeType: match[1] || undefined };
}

async function readCapped(response: Response, maxBytes: number, context: ErrorContext): Promise<Buffer> {
  const declared = Number(response.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel();
    throw tooLarge(context, maxBytes);
  }
  if (!response.body) return Buffer.alloc(0);
  const chunks: Buffer[] = [];
  let total = 0;
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw tooLarge(context, maxBytes);
    }
    chunks.push(Buffer.from(value));
  }
  return Buffer.concat(chunks);
}

export async function downloadImage(
  url: string,
  signal: AbortSignal,
  context: ErrorContext,
  maxBytes = MAX_IMAGE_BYTES,
): Promise<DownloadedImage> {
  if (url.startsWith("data:")) return decodeDataUrl(url, context, maxBytes);
  try {
    let current = url;
    for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
      // Checked up front for a clear message, and again at connect time by guardedFetch.
      await assertPublicBaseUrl(current);
      const response = await guardedFetch(current, { signal, redirect: "manual" });
      const location = response.headers.get("location");
      if (response.status >= 300 && response.status < 400 && location) {
        await response.body?.cancel();
        current = new URL(location, current).href;
        continue;
      }
      if (!response.ok) {
        await response.body?.cancel();
        throw providerErrorFromStatus(response.status, "downloading the generated image failed", context);
      }
      const mimeType = response.headers.get("content-type")?.split(";")[0].trim().toLowerCase();
      if (mimeType && !mimeType.startsWith("image/") && mimeType !== "application/octet-stream") {
        await response.body?.cancel();
        throw new ProviderError("INVALID_RESPONSE", `${context.provider} image URL served ${mimeType}, not an image`);
      }
      const bytes = await readCapped(response, maxBytes, context);
      if (bytes.length === 0)
        throw new ProviderError("INVALID_RESPONSE", `${context.provider} image URL served no bytes`);
      return { bytes, mimeType: mimeType?.startsWith("image/") ? mimeType : undefined };
    }
    throw new ProviderError("INVALID_RESPONSE", `${context.provider} image URL redirected too many times`);
  } catch (error) {
    throw toProviderError(error, context, signal);
  }
}
