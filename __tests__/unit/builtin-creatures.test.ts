import sharp from "sharp";
import { builtinAdapter, BUILTIN_IMAGE_MODEL } from "@/lib/providers/builtin/adapter";
import { creatureFigure, findCreature, type CreatureKey } from "@/lib/providers/builtin/creatures";
import { renderBuiltinImage } from "@/lib/providers/builtin/engine";
import type { ImageRequest, ProviderConnection } from "@/lib/providers/types";
import { createRng } from "@/lib/rng";

const connection: ProviderConnection = { kind: "BUILTIN" };
const request = (overrides: Partial<ImageRequest>): ImageRequest => ({
  prompt: "a hooded goblin archer",
  model: BUILTIN_IMAGE_MODEL,
  n: 1,
  size: "512x512",
  signal: new AbortController().signal,
  ...overrides,
});

describe("which creature a request names", () => {
  it.each<[string, CreatureKey | undefined]>([
    ["young red dragon", "dragon"],
    ["Token portrait, head and shoulders: hooded goblin archer", "goblin"],
    ["bugbear chief with a morningstar", "bugbear"],
    ["hobgoblin captain", "hobgoblin"],
    ["orc warchief", "orc"],
    ["skeleton warrior", "skeleton"],
    ["a shambling zombie", "zombie"],
    ["ghost of a drowned sailor", "ghost"],
    ["dire wolf", "wolf"],
    ["brown bear", "bear"],
    ["giant spider", "spider"],
    ["giant rat", "rat"],
    ["hill giant", "giant"],
    ["fire elemental", "elemental"],
    ["black pudding", "ooze"],
    ["a demon from the abyss", "fiend"],
    ["beholder", "aberration"],
    ["mind flayer", "aberration"],
    ["an undead creature", "zombie"],
    ["a beast", "wolf"],
    ["half-orc ranger", undefined],
    ["elf ranger with a wolf companion", undefined],
    ["dragonborn paladin", undefined],
    ["a castle in a magical forest", undefined],
  ])("%s → %s", (text, key) => {
    expect(findCreature(text)).toBe(key);
  });
});

/** A creature's silhouette as a 64×64 mask, drawn without any backdrop. */
async function silhouette(key: CreatureKey, text: string): Promise<boolean[]> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64" viewBox="0 0 1000 1000">${creatureFigure(key, text, createRng(1))}</svg>`;
  const { data } = await sharp(Buffer.from(svg)).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  const mask: boolean[] = [];
  for (let i = 3; i < data.length; i += 4) mask.push(data[i] > 128);
  return mask;
}

function overlap(a: boolean[], b: boolean[]): number {
  let both = 0;
  let either = 0;
  for (let i = 0; i < a.length; i++) {
    if (a[i] && b[i]) both++;
    if (a[i] || b[i]) either++;
  }
  return both / either;
}

describe("creature silhouettes", () => {
  const set: Array<[CreatureKey, string]> = [
    ["dragon", "red dragon"],
    ["goblin", "goblin"],
    ["bugbear", "bugbear"],
    ["orc", "orc"],
    ["skeleton", "skeleton"],
    ["zombie", "zombie"],
    ["ghost", "ghost"],
    ["wolf", "wolf"],
    ["bear", "bear"],
    ["spider", "giant spider"],
    ["rat", "giant rat"],
    ["giant", "hill giant"],
    ["elemental", "fire elemental"],
    ["elemental", "earth elemental"],
    ["ooze", "ooze"],
    ["fiend", "demon"],
    ["aberration", "beholder"],
    ["aberration", "mind flayer"],
  ];

  it("are clearly different shapes, pair by pair", async () => {
    const masks = await Promise.all(set.map(([key, text]) => silhouette(key, text)));
    for (let i = 0; i < masks.length; i++) {
      for (let j = i + 1; j < masks.length; j++) {
        // Same-outline pairs would score near 1; distinct silhouettes stay well below.
        expect({ pair: `${set[i][1]} / ${set[j][1]}`, overlap: overlap(masks[i], masks[j]) < 0.8 }).toEqual({
          pair: `${set[i][1]} / ${set[j][1]}`,
          overlap: true,
        });
      }
    }
  });

  it("are deterministic per seed and vary with it", () => {
    expect(creatureFigure("wolf", "wolf", createRng(3))).toBe(creatureFigure("wolf", "wolf", createRng(3)));
    expect(creatureFigure("wolf", "wolf", createRng(3))).not.toBe(creatureFigure("wolf", "wolf", createRng(4)));
  });
});

describe("the engine draws creatures for tokens and scenes", () => {
  it("draws a named creature instead of a person, and says so", async () => {
    const image = await renderBuiltinImage({
      prompt: "Token portrait, head and shoulders, centred, plain background: bugbear chief with a morningstar",
      seed: 2,
      size: "256x256",
    });
    expect(image.kind).toBe("creature");
    expect(image.description).toMatch(/Bugbear/);
  });

  it("puts a creature into a scene of its place", async () => {
    const image = await renderBuiltinImage({ prompt: "a goblin camp in the woods at dusk", seed: 2, size: "256x256" });
    expect(image.kind).toBe("scene");
    expect(image.description).toMatch(/goblin/);
  });
});

describe("variation", () => {
  it("Regenerate without a seed gives a new picture each time", async () => {
    const [a] = await builtinAdapter.generateImages!(connection, request({}));
    const [b] = await builtinAdapter.generateImages!(connection, request({}));
    expect(a.bytes.equals(b.bytes)).toBe(false);
  });

  it("N variations are all different, and a seed reproduces each exactly", async () => {
    const images = await builtinAdapter.generateImages!(connection, request({ n: 4 }));
    const distinct = new Set(images.map((image) => image.bytes.toString("base64")));
    expect(distinct.size).toBe(4);
    const seed = Number(/seed (\d+)/.exec(images[2].revisedPrompt ?? "")?.[1]);
    const [again] = await builtinAdapter.generateImages!(connection, request({ seed }));
    expect(again.bytes.equals(images[2].bytes)).toBe(true);
  });
});
