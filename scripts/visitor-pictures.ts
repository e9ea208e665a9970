/**
 * `npx tsx scripts/visitor-pictures.ts`: draws the visitor page's pictures with the built-in
 * offline engine (the same one a new user gets with no provider key) and the map generator, and
 * writes them to public/visitor/ as WebP; also the pregenerated characters' preview portraits and
 * the home-screen icon from public/icon.svg. Run once and commit the files; the engine is
 * deterministic, so running it again writes the same pictures unless the engine changed.
 */
import "./server-only-shim";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { rasterizeSvg } from "../lib/images/rasterize-svg";
import { stampToken } from "../lib/images/stamp-token";
import { generateLayout } from "../lib/maps/generate-layout";
import { renderMap } from "../lib/maps/render/render-map";
import { PREGENERATED_CHARACTERS } from "../lib/characters/pregenerated-data";
import { renderBuiltinImage } from "../lib/providers/builtin/engine";

const out = path.resolve(__dirname, "..", "public", "visitor");

const PORTRAITS = [
  {
    file: "portrait-elf-wizard.webp",
    seed: 7,
    subject: { name: "Ilyra", race: "elf", characterClass: "wizard", gender: "female", backgroundSetting: "library" },
  },
  {
    file: "portrait-dwarf-fighter.webp",
    seed: 11,
    subject: {
      name: "Borin",
      race: "dwarf",
      characterClass: "fighter",
      gender: "male",
      backgroundSetting: "mountains",
    },
  },
  {
    file: "portrait-tiefling-warlock.webp",
    seed: 23,
    subject: {
      name: "Vex",
      race: "tiefling",
      characterClass: "warlock",
      gender: "neutral",
      backgroundSetting: "ruins",
    },
  },
];

/** The engine returns PNG; WebP is a fraction of the size for a page that should load fast. */
async function pngToWebp(png: Buffer, width: number, height: number): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><image href="data:image/png;base64,${png.toString("base64")}" width="${width}" height="${height}"/></svg>`;
  return rasterizeSvg(svg, "webp");
}

async function main() {
  mkdirSync(out, { recursive: true });
  for (const { file, seed, subject } of PORTRAITS) {
    const image = await renderBuiltinImage({
      prompt: `${subject.race} ${subject.characterClass} portrait`,
      subject,
      seed,
      size: "512x512",
    });
    writeFileSync(path.join(out, file), await pngToWebp(image.png, image.width, image.height));
    console.log(`${file}: ${image.description}`);
    if (file === "portrait-dwarf-fighter.webp") {
      const token = await stampToken(image.png, {
        size: 256,
        ring: 14,
        ringColor: "#2f9e6a",
        background: "#1b1f2e",
        zoom: 1.15,
        offsetX: 0,
        offsetY: 0.08,
        format: "webp",
      });
      writeFileSync(path.join(out, "token-dwarf-fighter.webp"), token);
    }
  }
  const layout = generateLayout({
    mapType: "dungeon",
    difficulty: "medium",
    width: 24,
    height: 16,
    seed: "visitor-page",
  });
  const map = await renderMap(layout, null, { pps: 40, format: "webp", style: "painted" });
  writeFileSync(path.join(out, "map-dungeon.webp"), map.bytes);
  console.log(`map-dungeon.webp: ${map.width}×${map.height}`);
  await pregeneratedPreviews();
  // Phones want a square PNG for the home screen; the mark is drawn once, in public/icon.svg.
  const icon = readFileSync(path.resolve(out, "..", "icon.svg"), "utf8").replace(
    "<svg ",
    '<svg width="180" height="180" ',
  );
  writeFileSync(path.resolve(out, "..", "apple-touch-icon.png"), await rasterizeSvg(icon, "png", { truecolour: true }));
}

/**
 * One preview portrait per pregenerated character (public/pregenerated/<slug>.webp, the address
 * the character list shows), drawn from the template's own visual fields.
 */
async function pregeneratedPreviews() {
  const folder = path.resolve(out, "..", "pregenerated");
  mkdirSync(folder, { recursive: true });
  for (const template of PREGENERATED_CHARACTERS) {
    const subject = {
      name: template.name,
      race: template.race,
      characterClass: template.character_class,
      gender: template.gender,
      ageCategory: template.age_category ?? undefined,
      build: template.build,
      facialExpression: template.facial_expression,
      attire: template.attire ?? undefined,
      primaryWeapon: template.primary_weapon ?? undefined,
      distinguishingFeature: template.distinguishing_feature ?? undefined,
      backgroundSetting: template.background_setting ?? undefined,
      pose: template.pose ?? undefined,
      style: template.portrait_style,
    };
    const image = await renderBuiltinImage({
      prompt: `${template.appearance} ${template.description}`,
      subject,
      seed: 1,
      size: "320x320",
    });
    writeFileSync(path.join(folder, `${template.slug}.webp`), await pngToWebp(image.png, image.width, image.height));
    console.log(`pregenerated/${template.slug}.webp: ${image.description}`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
