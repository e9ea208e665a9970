import sharp from "sharp";

/** A round token's look in pixels; lib/tokens turns creature size and disposition into these. */
export type TokenStamp = {
  /** Side of the square output. */
  size: number;
  /** Ring thickness in pixels. */
  ring: number;
  ringColor: string;
  background: string;
  /** Subject scale inside the ring (1 fills it). */
  zoom: number;
  /** Subject shift as fractions of the inner disc, -0.5..0.5. */
  offsetX: number;
  offsetY: number;
  format: "webp" | "png";
};

/**
 * A round token: background disc, the subject scaled by `zoom` and shifted by offset, clipped to
 * a circle, with the ring on top.
 */
export async function stampToken(
  source: Buffer,
  { size, ring, ringColor, background, zoom, offsetX, offsetY, format }: TokenStamp,
): Promise<Buffer> {
  const inner = size - 2 * ring;
  const subjectSize = Math.max(8, Math.round(inner * zoom));
  const resized = await sharp(source)
    .resize(subjectSize, subjectSize, { fit: "cover", position: "attention" })
    .ensureAlpha()
    .raw()
    .toBuffer();
  const left = Math.round(ring + (inner - subjectSize) / 2 + offsetX * inner);
  const top = Math.round(ring + (inner - subjectSize) / 2 + offsetY * inner);
  // Pad the subject on every side, then cut the token-sized window: works for any zoom and offset.
  const pad = size;
  // Two pipelines: within one, sharp extracts before it extends.
  const padded = await sharp(resized, { raw: { width: subjectSize, height: subjectSize, channels: 4 } })
    .extend({ top: pad, bottom: pad, left: pad, right: pad, background: { r: 0, g: 0, b: 0, alpha: 0 } })
    .raw()
    .toBuffer();
  const paddedSize = subjectSize + 2 * pad;
  const window = await sharp(padded, { raw: { width: paddedSize, height: paddedSize, channels: 4 } })
    .extract({
      left: clamp(pad - left, 0, subjectSize + pad),
      top: clamp(pad - top, 0, subjectSize + pad),
      width: size,
      height: size,
    })
    .raw()
    .toBuffer();
  const mask = Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}"><circle cx="${size / 2}" cy="${size / 2}" r="${inner / 2}" fill="#fff"/></svg>`,
  );
  const ringSvg = Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}"><circle cx="${size / 2}" cy="${size / 2}" r="${(size - ring) / 2}" fill="none" stroke="${ringColor}" stroke-width="${ring}"/><circle cx="${size / 2}" cy="${size / 2}" r="${inner / 2}" fill="none" stroke="#000" stroke-opacity="0.45" stroke-width="${Math.max(1, ring / 4)}"/></svg>`,
  );
  // Composites apply in order: subject over the background, clipped to the disc, then the ring.
  const out = sharp({ create: { width: size, height: size, channels: 4, background } }).composite([
    { input: window, raw: { width: size, height: size, channels: 4 } },
    { input: mask, blend: "dest-in" },
    { input: ringSvg },
  ]);
  return format === "png"
    ? out.png({ compressionLevel: 6 }).toBuffer()
    : out.webp({ quality: 88, effort: 2 }).toBuffer();
}

const clamp = (v: number, min: number, max: number) => Math.min(Math.max(v, min), max);
