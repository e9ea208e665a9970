import sharp from "sharp";
import { builtinAdapter, BUILTIN_IMAGE_MODEL } from "@/lib/providers/builtin/adapter";
import { renderBuiltinImage } from "@/lib/providers/builtin/engine";
import { parseSize } from "@/lib/providers/builtin/render";
import { ProviderError, type ImageRequest, type PortraitSubject } from "@/lib/providers/types";

jest.setTimeout(60_000);

const connection = { kind: "BUILTIN" as const };
const elfWizard: PortraitSubject = {
  name: "Elowen",
  race: "High Elf",
  characterClass: "Wizard",
  gender: "Female",
  backgroundSetting: "grand library",
};

function request(overrides: Partial<ImageRequest> = {}): ImageRequest {
  return {
    prompt: "",
    model: BUILTIN_IMAGE_MODEL,
    n: 1,
    size: "512x512",
    seed: 7,
    subject: elfWizard,
    signal: new AbortController().signal,
    ...overrides,
  };
}

async function pixels(png: Buffer) {
  return sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
}

/** Mean absolute difference per channel, 0..255: how different two same-size pictures look. */
async function meanDifference(a: Buffer, b: Buffer): Promise<number> {
  const [x, y] = await Promise.all([pixels(a), pixels(b)]);
  expect(x.info.width).toBe(y.info.width);
  let total = 0;
  for (let i = 0; i < x.data.length; i++) total += Math.abs(x.data[i] - y.data[i]);
  return total / x.data.length;
}

describe("built-in engine images", () => {
  it("is byte-identical for the same prompt, subject, seed and size", async () => {
    const [first] = await builtinAdapter.generateImages!(connection, request());
    const [second] = await builtinAdapter.generateImages!(connection, request());
    expect(first.bytes.equals(second.bytes)).toBe(true);
    expect(first.mimeType).toBe("image/png");
    expect(first.revisedPrompt).toMatch(/Offline engine portrait \(seed 7\).*High Elf.*Wizard/);
  });

  it("looks visibly different for a different seed", async () => {
    const [a] = await builtinAdapter.generateImages!(connection, request({ seed: 1 }));
    const [b] = await builtinAdapter.generateImages!(connection, request({ seed: 2 }));
    expect(a.bytes.equals(b.bytes)).toBe(false);
    expect(await meanDifference(a.bytes, b.bytes)).toBeGreaterThan(12);
  });

  it.each([
    ["1024x1024", 1024, 1024],
    ["768x1024", 768, 1024],
    ["1536x1024", 1536, 1024],
    [undefined, 1024, 1024],
  ])("makes a valid PNG of the requested size %s", async (size, width, height) => {
    const [image] = await builtinAdapter.generateImages!(connection, request({ size }));
    const meta = await sharp(image.bytes).metadata();
    expect(meta).toMatchObject({ format: "png", width, height });
    const stats = await sharp(image.bytes).stats();
    // A real picture, not a flat placeholder: every channel spans a wide range.
    for (const channel of stats.channels.slice(0, 3)) expect(channel.max - channel.min).toBeGreaterThan(150);
  });

  it("makes n different images from seed, seed+1, ...", async () => {
    const images = await builtinAdapter.generateImages!(connection, request({ n: 3, seed: 40 }));
    expect(images).toHaveLength(3);
    expect(new Set(images.map((image) => image.bytes.toString("base64"))).size).toBe(3);
    const [second] = await builtinAdapter.generateImages!(connection, request({ seed: 41 }));
    expect(images[1].bytes.equals(second.bytes)).toBe(true);
  });

  it("changes the picture when a subject field changes", async () => {
    const [wizard] = await builtinAdapter.generateImages!(connection, request());
    const [fighter] = await builtinAdapter.generateImages!(
      connection,
      request({ subject: { ...elfWizard, characterClass: "Fighter" } }),
    );
    const [tiefling] = await builtinAdapter.generateImages!(
      connection,
      request({ subject: { ...elfWizard, race: "Tiefling" } }),
    );
    expect(await meanDifference(wizard.bytes, fighter.bytes)).toBeGreaterThan(5);
    expect(await meanDifference(wizard.bytes, tiefling.bytes)).toBeGreaterThan(2);
  });

  it("draws scenes for prompts that are not portraits", async () => {
    const scene = await renderBuiltinImage({
      prompt: "a majestic castle in a magical forest",
      seed: 3,
      size: "1024x768",
    });
    expect(scene.kind).toBe("scene");
    expect(scene.description).toMatch(/castle/);
    expect(await sharp(scene.png).metadata()).toMatchObject({ width: 1024, height: 768, format: "png" });
    const portrait = await renderBuiltinImage({ prompt: "portrait of a dwarf cleric", seed: 3, size: "512x512" });
    expect(portrait.kind).toBe("portrait");
    expect(portrait.description).toMatch(/Dwarf, Cleric/);
  });

  it("stops when the request is aborted, checking before each image", async () => {
    const aborted = new AbortController();
    aborted.abort();
    await expect(builtinAdapter.generateImages!(connection, request({ signal: aborted.signal }))).rejects.toMatchObject(
      { kind: "TIMEOUT" },
    );

    let checks = 0;
    const flipsAfterFirstImage = {
      get aborted() {
        return ++checks > 1;
      },
    } as AbortSignal;
    const failure = await builtinAdapter.generateImages!(
      connection,
      request({ n: 4, signal: flipsAfterFirstImage }),
    ).catch((error) => error);
    expect(failure).toBeInstanceOf(ProviderError);
    // One check before each image: the second found it aborted, so images 2–4 were never drawn.
    expect(checks).toBe(2);
  });

  it("refuses sizes and counts outside its capabilities", async () => {
    await expect(builtinAdapter.generateImages!(connection, request({ size: "640x480" }))).rejects.toMatchObject({
      kind: "BAD_REQUEST",
    });
    await expect(builtinAdapter.generateImages!(connection, request({ n: 5 }))).rejects.toMatchObject({
      kind: "BAD_REQUEST",
    });
  });
});

describe("built-in adapter contract", () => {
  it("declares what it is and what it can do", async () => {
    expect(builtinAdapter).toMatchObject({
      kind: "BUILTIN",
      label: "Built-in offline engine",
      requiresKey: false,
      baseUrl: "fixed",
      supportsText: true,
      supportsJson: true,
    });
    expect(builtinAdapter.imageCapabilities(BUILTIN_IMAGE_MODEL)).toEqual({
      sizes: ["1024x1024", "768x1024", "1024x768", "512x512", "1024x1536", "1536x1024"],
      maxN: 4,
      seed: true,
    });
    await expect(builtinAdapter.testConnection(connection, new AbortController().signal)).resolves.toEqual({
      models: ["builtin-illustrated-v1"],
    });
  });

  it("parses sizes and falls back to 1024x1024", () => {
    expect(parseSize("768x1024")).toEqual({ width: 768, height: 1024 });
    expect(parseSize("1536×1024")).toEqual({ width: 1536, height: 1024 });
    expect(parseSize(undefined)).toEqual({ width: 1024, height: 1024 });
    expect(parseSize("auto")).toEqual({ width: 1024, height: 1024 });
    expect(parseSize("99999x2")).toEqual({ width: 1024, height: 1024 });
  });
});
