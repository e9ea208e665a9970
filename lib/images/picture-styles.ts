/**
 * Style treatments on raw pixels. They run in libvips rather than as SVG filters because
 * librsvg's feTurbulence alone costs about a second at 1024², while everything here together
 * stays in the tens of milliseconds. Textures are small tiles made from the seeded RNG, so a
 * treated picture is as deterministic as an untreated one.
 */
import sharp, { type Matrix3x3, type OutputInfo, type Sharp } from "sharp";
import { createRng } from "@/lib/rng";

/** The built-in engine's art styles (its lexicon maps prompt words onto these). */
export type PictureStyle = "illustrated" | "painterly" | "ink" | "anime" | "realistic";

export type Raw = { data: Buffer; info: OutputInfo };
type Grain = { tile: Buffer; blend: "soft-light" | "overlay" };

export const fromRaw = (raw: Raw) =>
  sharp(raw.data, { raw: { width: raw.info.width, height: raw.info.height, channels: raw.info.channels } });
const pass = (image: Sharp): Promise<Raw> => image.raw().toBuffer({ resolveWithObject: true });

const TILE = 128;

/** Grey noise from the seeded RNG; `streak` smears it diagonally into brush-stroke texture. */
async function textureTile(seed: number, contrast: number, blur: number, streak = false): Promise<Buffer> {
  const rng = createRng(seed);
  const pixels = Buffer.alloc(TILE * TILE);
  for (let i = 0; i < pixels.length; i++) pixels[i] = Math.round(128 + (rng.next() - 0.5) * 2 * contrast);
  let tile = sharp(pixels, { raw: { width: TILE, height: TILE, channels: 1 } });
  if (streak) {
    const size = 7;
    const kernel = Array.from({ length: size * size }, (_, i) =>
      Math.floor(i / size) === size - 1 - (i % size) ? 1 : 0,
    );
    tile = sharp(
      await tile.convolve({ width: size, height: size, kernel, scale: size }).linear(2.2, -140).raw().toBuffer(),
      { raw: { width: TILE, height: TILE, channels: 1 } },
    );
  }
  return (blur > 0 ? tile.blur(blur) : tile).toColourspace("srgb").png().toBuffer();
}

/** Saturation as a 3×3 colour matrix: libvips applies it in a few ms, unlike modulate(). */
function saturation(amount: number): Matrix3x3 {
  const [r, g, b] = [0.2126, 0.7152, 0.0722].map((w) => w * (1 - amount));
  return [
    [r + amount, g, b],
    [r, g + amount, b],
    [r, g, b + amount],
  ];
}

/** Luminance tinted to warm paper: white maps to parchment, black stays ink. */
const INK_ON_PAPER: Matrix3x3 = [0.94, 0.89, 0.76].map((k) => [0.299 * k, 0.587 * k, 0.114 * k]) as Matrix3x3;

/** A soft glow: a blurred, darkened copy screened over the picture (blurred at quarter size,
 * which looks the same for a glow and costs a fraction of a full-size wide blur). */
async function bloom(raw: Raw, strength: number): Promise<Raw> {
  const { width, height, channels } = raw.info;
  const glow = await fromRaw(raw)
    .resize(Math.round(width / 4), Math.round(height / 4))
    .blur(3.5)
    .resize(width, height)
    .linear(strength, 0)
    .raw()
    .toBuffer();
  return pass(fromRaw(raw).composite([{ input: glow, raw: { width, height, channels }, blend: "screen" }]));
}

/** How much the backdrop is softened behind the figure: a cheap depth of field. */
export const BACKDROP_BLUR: Record<PictureStyle, number> = {
  illustrated: 1.2,
  painterly: 1.5,
  ink: 0,
  anime: 2.4,
  realistic: 3.4,
};

/** Colour work in one libvips pass per style, plus the texture to blend in at the end. */
export async function applyStyle(raw: Raw, style: PictureStyle, seed: number): Promise<{ raw: Raw; grain?: Grain }> {
  switch (style) {
    case "painterly":
      // A median merges small shapes into dabs of colour; the streaked tile adds brushwork.
      return {
        raw: await pass(fromRaw(raw).median(3).recomb(saturation(1.18))),
        grain: { tile: await textureTile(seed, 80, 0.4, true), blend: "soft-light" },
      };
    case "ink":
      return {
        raw: await pass(fromRaw(raw).linear(1.25, -30).recomb(INK_ON_PAPER)),
        grain: { tile: await textureTile(seed, 60, 0.7), blend: "soft-light" },
      };
    case "anime":
      return { raw: await bloom(await pass(fromRaw(raw).recomb(saturation(1.4))), 0.35) };
    case "realistic":
      // Depth of field (the strongest backdrop blur), a warm contrasty grade and film grain.
      return {
        raw: await pass(
          fromRaw(raw)
            .linear(1.14, -14)
            .recomb([
              [1.05, 0.02, 0],
              [0, 1, 0],
              [0, 0.03, 0.9],
            ]),
        ),
        grain: { tile: await textureTile(seed, 26, 0), blend: "overlay" },
      };
    default:
      return { raw };
  }
}
