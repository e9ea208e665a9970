import sharp from "sharp";

/** A region of a picture as fractions of its width and height (0..1). */
export type FractionBox = { left: number; top: number; width: number; height: number };

/**
 * Cuts a region out of a picture (PNG out), e.g. the built-in portrait's subject without its card.
 * The box may depend on the picture's size, which is read here.
 */
export async function cropToBox(
  source: Buffer,
  boxFor: FractionBox | ((width: number, height: number) => FractionBox),
): Promise<Buffer> {
  const image = sharp(source);
  const { width = 0, height = 0 } = await image.metadata();
  const box = typeof boxFor === "function" ? boxFor(width, height) : boxFor;
  const left = Math.max(0, Math.round(box.left * width));
  const top = Math.max(0, Math.round(box.top * height));
  const region = {
    left,
    top,
    width: Math.max(1, Math.min(width - left, Math.round(box.width * width))),
    height: Math.max(1, Math.min(height - top, Math.round(box.height * height))),
  };
  return image.extract(region).png({ compressionLevel: 6 }).toBuffer();
}
