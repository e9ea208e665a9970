import sharp from "sharp";

export type RasterFormat = "png" | "webp";

/**
 * Rasterises a drawing with few colours (a battle map). PNG uses a palette, which keeps files
 * small and is faster to compress than truecolour; WebP uses its own lossy encoder.
 */
export async function rasterizeSvg(
  svg: string,
  format: RasterFormat,
  options: { truecolour?: boolean } = {},
): Promise<Buffer> {
  const image = sharp(Buffer.from(svg), { limitInputPixels: 10_000 * 10_000 });
  // Textured pictures (painted maps) quantise slowly and badly: truecolour, lightly compressed.
  if (format === "png" && options.truecolour)
    return image.removeAlpha().png({ compressionLevel: 3, adaptiveFiltering: false }).toBuffer();
  return format === "png"
    ? image.png({ palette: true, compressionLevel: 6, effort: 1 }).toBuffer()
    : image.webp({ quality: 82, effort: 2 }).toBuffer();
}
