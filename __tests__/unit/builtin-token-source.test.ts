import sharp from "sharp";
import { rasterizeSvg } from "@/lib/images/rasterize-svg";
import { frameSvg } from "@/lib/providers/builtin/frame-svg";
import { cleanSubject } from "@/lib/tokens/clean-subject";

/** The built-in card's plate and label stay on the portrait and off every token cut from it. */
describe.each([
  [1024, 1024],
  [768, 1024],
  [1024, 768],
  [512, 512],
])("a %i×%i built-in picture", (W, H) => {
  it("has nothing of its card (border, corners, name plate, label) inside the subject box", async () => {
    const overlay = await rasterizeSvg(
      frameSvg({ width: W, height: H, name: "Bugbear chief", characterClass: "fighter" }),
      "png",
    );
    const cropped = await cleanSubject(overlay, true);
    const { data, info } = await sharp(cropped).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
    let opaque = 0;
    for (let i = 3; i < data.length; i += info.channels) if (data[i] > 0) opaque++;
    expect(opaque).toBe(0);
    // The box is a real part of the picture, not a sliver.
    expect(info.width).toBeGreaterThan(Math.min(W, H) * 0.75);
    expect(Math.abs(info.width - info.height)).toBeLessThanOrEqual(1);
  });
});

describe("token sources from other providers", () => {
  it("leaves other providers' pictures whole", async () => {
    const picture = await sharp({ create: { width: 64, height: 64, channels: 3, background: "#336699" } })
      .png()
      .toBuffer();
    expect((await cleanSubject(picture, false)).equals(picture)).toBe(true);
  });
});
