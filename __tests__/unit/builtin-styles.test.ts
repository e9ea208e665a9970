import sharp from "sharp";
import { renderBuiltinImage } from "@/lib/providers/builtin/engine";
import { subjectBox } from "@/lib/providers/builtin/frame-svg";
import type { PortraitSubject } from "@/lib/providers/types";

/**
 * The built-in engine's styles differ in how they draw (line weight, shading, background), not
 * only in a colour grade over one drawing. A colour transform keeps every edge where it was, so
 * the test compares edge maps: a graded copy of the illustrated portrait keeps almost all of its
 * edges (the control, showing the measure sees through colour), while each style moves or adds
 * a large share of them.
 */
const SIDE = 384;
const SUBJECT: PortraitSubject = {
  name: "Thorin",
  race: "dwarf",
  characterClass: "fighter",
  attire: "dented plate",
  primaryWeapon: "warhammer",
};
const STYLES = ["ink", "anime", "painterly", "realistic"] as const;

async function render(style: string): Promise<Buffer> {
  return (
    await renderBuiltinImage({ prompt: "portrait", subject: { ...SUBJECT, style }, seed: 7, size: `${SIDE}x${SIDE}` })
  ).png;
}

/** Sobel edges of the subject square (the card around it is the same in every style). */
async function edges(png: Buffer): Promise<Uint8Array> {
  const box = subjectBox(SIDE, SIDE);
  const region = {
    left: Math.round(box.left * SIDE),
    top: Math.round(box.top * SIDE),
    width: Math.round(box.width * SIDE),
    height: Math.round(box.height * SIDE),
  };
  // A light blur first, so film grain and paper texture are not counted as edges.
  const { data, info } = await sharp(png)
    .extract(region)
    .greyscale()
    .blur(1.2)
    .raw()
    .toBuffer({ resolveWithObject: true });
  const { width, height } = info;
  const map = new Uint8Array(width * height);
  const at = (x: number, y: number) => data[y * width + x];
  for (let y = 1; y < height - 1; y++) {
    for (let x = 1; x < width - 1; x++) {
      const gx =
        at(x + 1, y - 1) + 2 * at(x + 1, y) + at(x + 1, y + 1) - at(x - 1, y - 1) - 2 * at(x - 1, y) - at(x - 1, y + 1);
      const gy =
        at(x - 1, y + 1) + 2 * at(x, y + 1) + at(x + 1, y + 1) - at(x - 1, y - 1) - 2 * at(x, y - 1) - at(x + 1, y - 1);
      map[y * width + x] = Math.hypot(gx, gy) > 90 ? 1 : 0;
    }
  }
  return map;
}

/** Share of the edge pixels (of either map) that both maps have, allowing a pixel of slack. */
function sharedEdges(a: Uint8Array, b: Uint8Array, width: number): number {
  const near = (map: Uint8Array, i: number) => map[i] || map[i - 1] || map[i + 1] || map[i - width] || map[i + width];
  let both = 0;
  let either = 0;
  for (let i = width + 1; i < a.length - width - 1; i++) {
    if (!a[i] && !b[i]) continue;
    either++;
    if ((a[i] && near(b, i)) || (b[i] && near(a, i))) both++;
  }
  return both / either;
}

test("every style moves the edges of the drawing; a colour grade of the same drawing does not", async () => {
  const illustrated = await render("illustrated");
  const base = await edges(illustrated);
  const width = Math.round(subjectBox(SIDE, SIDE).width * SIDE);
  // The control: the illustrated picture through a strong colour transform (sepia, contrast).
  const graded = await sharp(illustrated)
    .recomb([
      [0.39, 0.77, 0.19],
      [0.35, 0.69, 0.17],
      [0.27, 0.53, 0.13],
    ])
    .linear(1.2, -10)
    .png()
    .toBuffer();
  const control = sharedEdges(base, await edges(graded), width);
  expect(control).toBeGreaterThan(0.9);

  const shares: Record<string, number> = {};
  for (const style of STYLES) shares[style] = sharedEdges(base, await edges(await render(style)), width);
  // The styles (if any) whose edges stay as close to the drawing as a colour grade's would.
  expect(
    STYLES.filter((style) => shares[style] >= control - 0.15).map((style) => `${style}: ${shares[style].toFixed(2)}`),
  ).toEqual([]);
  // And they differ from one another, not only from the illustrated drawing.
  const maps = await Promise.all(STYLES.map(async (style) => edges(await render(style))));
  for (let i = 0; i < maps.length; i++)
    for (let j = i + 1; j < maps.length; j++) expect(sharedEdges(maps[i], maps[j], width)).toBeLessThan(control - 0.1);
}, 60_000);
