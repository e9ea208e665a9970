/**
 * `npx tsx bench/search.ts`: search at scale (issue 16).
 *
 * Seeds BENCH_ROWS assets (default 1,000,000) and as many images, with realistic names
 * ("Thorin Oakenshield 17"), descriptions ("a scarred dwarf fighter") and tags, each table in one
 * INSERT … SELECT generate_series, into a throwaway database. Then for each query shape it prints
 * p50/p95 through the app (searchAssets / listGalleryImages: server time, Prisma included) beside
 * the bare SQL of the index scan that shape needs, with the ratio. Targets: p95 < 50 ms, ≤ 3× bare.
 * BENCH_EXPLAIN=1 also prints the plan of each bare query.
 */
import "../scripts/server-only-shim";
import { withBenchDatabase } from "./support/bench-database";

const ROWS = Number(process.env.BENCH_ROWS ?? 1_000_000);
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 100);

const FIRST = [
  "Thorin",
  "Vexra",
  "Aldric",
  "Brynja",
  "Cedric",
  "Dorna",
  "Elowen",
  "Fenwick",
  "Gorrim",
  "Hestia",
  "Ingrid",
  "Jorund",
  "Kael",
  "Lyra",
  "Morwen",
  "Nyx",
  "Orin",
  "Perrin",
  "Quill",
  "Rowan",
];
const LAST = [
  "Oakenshield",
  "Nightbloom",
  "Stormwind",
  "Ironfoot",
  "Ashgrove",
  "Blackthorn",
  "Duskwalker",
  "Embervale",
  "Frostmane",
  "Goldleaf",
  "Hollowell",
  "Ravenholm",
];
const ADJECTIVE = [
  "scarred",
  "grim",
  "cheerful",
  "ancient",
  "young",
  "hooded",
  "one-eyed",
  "towering",
  "wiry",
  "noble",
  "ragged",
];
const RACE = ["dwarf", "elf", "human", "halfling", "gnome", "orc", "tiefling"];
const ROLE = ["fighter", "wizard", "cleric", "rogue", "ranger", "bard", "paladin", "druid", "merchant"];
const TAGS = ["npc", "villain", "ally", "tavern", "dungeon", "forest", "city", "undead", "noble", "guard"];

const sqlArray = (values: string[]) => `ARRAY[${values.map((value) => `'${value}'`).join(",")}]`;

async function main() {
  await withBenchDatabase({}, run);
}

async function run() {
  const { prisma } = await import("../lib/db/client");
  const { searchAssets } = await import("../lib/assets/search-assets");
  const { listGalleryImages } = await import("../lib/gallery/list-images");
  const { assetSearchQuerySchema, galleryQuerySchema } = await import("../lib/schemas/gallery");
  const user = await prisma.user.create({ data: { email: `bench-${Date.now()}@example.test`, name: "Bench" } });
  const started = Date.now();
  // n → first name n % 20, surname (n / 20) % 12, so every "First Last" pair repeats ROWS / 240 times.
  await prisma.$executeRawUnsafe(`
    INSERT INTO "Asset" (id, "ownerId", kind, name, description, tags, "updatedAt", "createdAt")
    SELECT gen_random_uuid(), '${user.id}', (ARRAY['PORTRAIT','MAP','TOKEN','IMAGE'])[1 + n % 4]::"AssetKind",
           (${sqlArray(FIRST)})[1 + n % ${FIRST.length}] || ' ' || (${sqlArray(LAST)})[1 + (n / ${FIRST.length}) % ${LAST.length}] || ' ' || n,
           'a ' || (${sqlArray(ADJECTIVE)})[1 + n % ${ADJECTIVE.length}] || ' ' || (${sqlArray(RACE)})[1 + n % ${RACE.length}] || ' ' || (${sqlArray(ROLE)})[1 + n % ${ROLE.length}],
           ARRAY[(${sqlArray(TAGS)})[1 + n % ${TAGS.length}], 'group' || (n % 3)], now(), now() - (n || ' minutes')::interval
    FROM generate_series(1, ${ROWS}) n`);
  await prisma.$executeRawUnsafe(`
    INSERT INTO "Image" (id, "ownerId", "assetId", path, filename, "mimeType", bytes, width, height, format, sha256, source,
                         "generationModel", "generationPrompt", "isFavorite", tags, "createdAt", "updatedAt")
    SELECT gen_random_uuid(), a."ownerId", a.id, a.id || '.png', a.id || '.png', 'image/png', 100000, 1024, 1024, 'png', md5(a.id::text), 'GENERATED',
           'model-' || (length(a.name) % 5), 'portrait of ' || a.description || ', dramatic light', length(a.name) % 7 = 0, a.tags, a."createdAt", now()
    FROM "Asset" a WHERE a."ownerId" = '${user.id}'`);
  await prisma.$executeRawUnsafe(`ANALYZE`);
  console.log(`seeded ${ROWS.toLocaleString()} assets and images in ${((Date.now() - started) / 1000).toFixed(1)} s`);

  const search = (params: Record<string, string>) => () =>
    searchAssets(user.id, "personal", assetSearchQuerySchema.parse(params));
  const gallery = (params: Record<string, string>) => () =>
    listGalleryImages(user.id, galleryQuerySchema.parse({ limit: "60", ...params }));
  const owner = `a."ownerId" = '${user.id}'`;
  const shapes: { name: string; app: () => Promise<unknown>; bare: string }[] = [
    {
      name: 'asset search exact "Thorin"',
      app: search({ q: "Thorin" }),
      bare: `SELECT a.id FROM "Asset" a WHERE ${owner} AND a.name ILIKE '%thorin%' ORDER BY a.name <-> 'Thorin' LIMIT 50`,
    },
    {
      name: 'asset search fuzzy "Thorin Okenshield"',
      app: search({ q: "Thorin Okenshield", fuzzy: "true" }),
      bare: `SELECT a.id FROM "Asset" a WHERE ${owner} AND a.name % 'Thorin Okenshield' ORDER BY a.name <-> 'Thorin Okenshield' LIMIT 50`,
    },
    {
      name: 'asset search fuzzy "vexra nightblom"',
      app: search({ q: "vexra nightblom", fuzzy: "true" }),
      bare: `SELECT a.id FROM "Asset" a WHERE ${owner} AND a.name % 'vexra nightblom' ORDER BY a.name <-> 'vexra nightblom' LIMIT 50`,
    },
    {
      name: 'asset search fuzzy "scared dwarf" (description)',
      app: search({ q: "scared dwarf", fuzzy: "true", fields: "description" }),
      bare: `SELECT a.id FROM "Asset" a WHERE ${owner} AND 'scared dwarf' <% a.description ORDER BY 'scared dwarf' <<-> a.description LIMIT 50`,
    },
    {
      name: 'asset search fuzzy "Thorin Okenshield", page 3 (offset 100)',
      app: search({ q: "Thorin Okenshield", fuzzy: "true", offset: "100" }),
      bare: `SELECT a.id FROM "Asset" a WHERE ${owner} AND a.name % 'Thorin Okenshield' ORDER BY a.name <-> 'Thorin Okenshield' LIMIT 50 OFFSET 100`,
    },
    {
      name: 'gallery search "Thorin Okenshield"',
      app: gallery({ q: "Thorin Okenshield" }),
      bare: `SELECT i.id FROM "Image" i JOIN "Asset" a ON a.id = i."assetId" WHERE i."ownerId" = '${user.id}' AND a.name % 'Thorin Okenshield' ORDER BY a.name <-> 'Thorin Okenshield' LIMIT 61`,
    },
    {
      name: 'gallery search "Thorin Okenshield" + kind, favorites, tag, model',
      app: gallery({ q: "Thorin Okenshield", kind: "portrait", favorites: "true", tags: "group1", model: "model-1" }),
      bare: `SELECT i.id FROM "Image" i JOIN "Asset" a ON a.id = i."assetId" WHERE i."ownerId" = '${user.id}' AND a.kind = 'PORTRAIT' AND i."isFavorite" AND i.tags @> ARRAY['group1'] AND i."generationModel" = 'model-1' AND a.name % 'Thorin Okenshield' ORDER BY a.name <-> 'Thorin Okenshield' LIMIT 61`,
    },
  ];
  for (const shape of shapes) {
    const app = await time(SAMPLES, shape.app);
    const bare = await time(SAMPLES, () => prisma.$queryRawUnsafe(shape.bare));
    console.log(
      `${shape.name}: p50 ${app.p50} ms, p95 ${app.p95} ms | bare SQL p50 ${bare.p50} ms, p95 ${bare.p95} ms | ratio p95 ${(app.p95 / bare.p95).toFixed(2)}×`,
    );
    if (process.env.BENCH_EXPLAIN) {
      const plan = await prisma.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(
        `EXPLAIN (ANALYZE, COSTS OFF) ${shape.bare}`,
      );
      console.log(plan.map((row) => `    ${row["QUERY PLAN"]}`).join("\n"));
    }
  }
}

async function time(samples: number, run: () => Promise<unknown>) {
  for (let i = 0; i < 5; i++) await run();
  const durations: number[] = [];
  for (let i = 0; i < samples; i++) {
    const start = process.hrtime.bigint();
    await run();
    durations.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  durations.sort((a, b) => a - b);
  const pick = (q: number) =>
    Math.round(durations[Math.min(durations.length - 1, Math.floor(q * durations.length))] * 100) / 100;
  return { p50: pick(0.5), p95: pick(0.95) };
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
