/**
 * SVG layers to one PNG: the backdrop (softened behind a figure for depth), the figure over it,
 * the style treatment (picture-styles.ts), then the overlay composited last so no style ever
 * blurs or tints it (the built-in engine's frame and "Offline engine" label).
 */
import sharp, { type OverlayOptions } from "sharp";
import { applyStyle, BACKDROP_BLUR, fromRaw, type PictureStyle, type Raw } from "./picture-styles";

export type PictureLayers = {
  /** Full-canvas background; blurred a little behind a figure for depth. */
  backdrop: string;
  /** Transparent layer drawn sharp over the backdrop (portraits only). */
  figure?: string;
  /** The style's shading, laid only over the figure's own pixels ("atop" it). */
  shade?: string;
  /** Drawn untouched over the treated picture. */
  overlay: string;
  style: PictureStyle;
  /** Seeds the style's texture, so the same layers always give the same bytes. */
  seed: number;
};

export async function composePicture({
  backdrop,
  figure,
  shade,
  overlay,
  style,
  seed,
}: PictureLayers): Promise<Buffer> {
  let base = sharp(Buffer.from(backdrop)).removeAlpha();
  const blur = figure ? BACKDROP_BLUR[style] : 0;
  if (blur > 0) base = base.blur(blur);
  let raw: Raw = await base.raw().toBuffer({ resolveWithObject: true });
  if (figure) {
    const shaded = shade
      ? await sharp(Buffer.from(figure))
          .composite([{ input: Buffer.from(shade), blend: "atop" }])
          .png()
          .toBuffer()
      : Buffer.from(figure);
    raw = await fromRaw(raw)
      .composite([{ input: shaded, top: 0, left: 0 }])
      .raw()
      .toBuffer({ resolveWithObject: true });
  }
  const treated = await applyStyle(raw, style, seed);
  const layers: OverlayOptions[] = [];
  if (treated.grain) layers.push({ input: treated.grain.tile, tile: true, blend: treated.grain.blend });
  layers.push({ input: Buffer.from(overlay), top: 0, left: 0 });
  return fromRaw(treated.raw).composite(layers).png({ compressionLevel: 6 }).toBuffer();
}
