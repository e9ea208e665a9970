import sharp from "sharp";
import { CREATURE_SIZES, PIXELS_PER_SQUARE, RING_COLOR, SQUARES } from "@/lib/schemas/token-vocabulary";
import { renderToken } from "@/lib/tokens/render-token";

const portrait = () =>
  sharp({ create: { width: 400, height: 500, channels: 3, background: "#2255aa" } })
    .png()
    .toBuffer();
const base = {
  disposition: "PC",
  size: "MEDIUM",
  background: "#101010",
  zoom: 1,
  offsetX: 0,
  offsetY: 0,
  ringWidth: 0.06,
  format: "png",
} as const;

describe("round tokens", () => {
  test.each(CREATURE_SIZES)("%s is sized by its squares", async (size) => {
    const token = await renderToken(await portrait(), { ...base, size });
    const meta = await sharp(token.bytes).metadata();
    expect(meta.width).toBe(SQUARES[size] * PIXELS_PER_SQUARE);
    expect(meta.height).toBe(meta.width);
  });

  test("the ring says the disposition, the corners are transparent, the subject is inside", async () => {
    for (const disposition of ["PC", "FRIENDLY", "NEUTRAL", "HOSTILE"] as const) {
      const token = await renderToken(await portrait(), { ...base, disposition });
      const { data, info } = await sharp(token.bytes).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
      const px = (x: number, y: number) =>
        Array.from(data.subarray((y * info.width + x) * 4, (y * info.width + x) * 4 + 4));
      expect(px(0, 0)[3]).toBe(0);
      const ring = px(Math.round(info.width / 2), 3);
      const hex = RING_COLOR[disposition]
        .slice(1)
        .match(/../g)!
        .map((h) => parseInt(h, 16));
      ring.slice(0, 3).forEach((v, i) => expect(Math.abs(v - hex[i])).toBeLessThan(12));
      expect(px(info.width / 2, info.height / 2).slice(0, 3)).toEqual([0x22, 0x55, 0xaa]);
    }
  });

  test("zoom and offsets beyond the edge still make a token", async () => {
    const token = await renderToken(await portrait(), {
      ...base,
      zoom: 3,
      offsetX: 0.5,
      offsetY: -0.5,
      format: "webp",
    });
    expect((await sharp(token.bytes).metadata()).format).toBe("webp");
  });
});
