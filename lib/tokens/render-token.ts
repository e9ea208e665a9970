import sharp from "sharp";
import { PIXELS_PER_SQUARE, RING_COLOR, SQUARES, type TokenStyle } from "./token-constants";

export * from "./token-constants";

/**
 * A round token: background disc, the subject scaled by `zoom` and shifted by offset (fractions
 * of the token, -0.5..0.5), clipped to a circle, with a disposition-coloured ring on top.
 */
export async function renderToken(source: Buffer, style: TokenStyle): Promise<{ bytes: Buffer; size: number; mimeType: string }> {
  const size = Math.round(SQUARES[style.size] * PIXELS_PER_SQUARE);
  const ring = Math.max(2, Math.round(size * style.ringWidth));
  const inner = size - 2 * ring;
  const subjectSize = Math.max(8, Math.round(inner * style.zoom));
  const resized = await sharp(source).resize(subjectSize, subjectSize, { fit: "cover", position: "attention" }).ensureAlpha().raw().toBuffer();
  const left = Math.round(ring + (inner - subjectSize) / 2 + style.offsetX * inner);
  const top = Math.round(ring + (inner - subjectSize) / 2 + style.offsetY * inner);
  // Pad the subject on every side, then cut the token-sized window: works for any zoom and offset.
  const pad = size;
  // Two pipelines: within one, sharp extracts before it extends.
  const padded = await sharp(resized, { raw: { width: subjectSize, height: subjectSize, channels: 4 } })
    .extend({ top: pad, bottom: pad, left: pad, right: pad, background: { r: 0, g: 0, b: 0, alpha: 0 } })
    .raw()
    .toBuffer();
  const paddedSize = subjectSize + 2 * pad;
  const window = await sharp(padded, { raw: { width: paddedSize, height: paddedSize, channels: 4 } })
    .extract({ left: clamp(pad - left, 0, subjectSize + pad), top: clamp(pad - top, 0, subjectSize + pad), width: size, height: size })
    .raw()
    .toBuffer();
  const mask = Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}"><circle cx="${size / 2}" cy="${size / 2}" r="${inner / 2}" fill="#fff"/></svg>`);
  const ringSvg = Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}"><circle cx="${size / 2}" cy="${size / 2}" r="${(size - ring) / 2}" fill="none" stroke="${RING_COLOR[style.disposition]}" stroke-width="${ring}"/><circle cx="${size / 2}" cy="${size / 2}" r="${inner / 2}" fill="none" stroke="#000" stroke-opacity="0.45" stroke-width="${Math.max(1, ring / 4)}"/></svg>`);
  // Composites apply in order: subject over the background, clipped to the disc, then the ring.
  const out = sharp({ create: { width: size, height: size, channels: 4, background: style.background } }).composite([
    { input: window, raw: { width: size, height: size, channels: 4 } },
    { input: mask, blend: "dest-in" },
    { input: ringSvg },
  ]);
  const bytes = style.format === "png" ? await out.png({ compressionLevel: 6 }).toBuffer() : await out.webp({ quality: 88, effort: 2 }).toBuffer();
  return { bytes, size, mimeType: style.format === "png" ? "image/png" : "image/webp" };
}

const clamp = (v: number, min: number, max: number) => Math.min(Math.max(v, min), max);
