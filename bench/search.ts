/**
 * `npm run bench:search -- --rows 1000000`: search at scale (issue 16).
 *
 * Seeds `--rows` assets (or BENCH_ROWS, default 1,000,000) and as many images, with realistic
 * names ("Thorin Oakenshield 17"), descriptions ("a scarred dwarf fighter") and tags, each table
 * in one INSERT … SELECT generate_series with its secondary indexes built afterwards, into a
 * throwaway database. Then for each query shape it prints p50/p95 (BENCH_SAMPLES rounds, default
 * 300, app and bare SQL taking turns so both meet the same machine) through the app (searchAssets /
 * listGalleryImages: server time, Prisma included) beside the bare SQL that shape needs (the
 * dictionary lookup of its words, then one page of the rows of its best match class by the access
 * path that class needs: the library walked newest first for common words, the full-text GIN
 * index for rare ones or under selective filters), with the ratio. Targets: p95 < 50 ms, ≤ 3× bare. Last, the
 * ranking test's fixed corpus is seeded as a second user's library in the same tables and its
 * checks run there: PASS/FAIL. BENCH_EXPLAIN=1 also prints the plan of each bare query.
 */
import "../scripts/server-only-shim";
import { withBenchDatabase } from "./support/bench-database";
import { timeAlternating } from "./support/time-samples";

const rowsFlag = process.argv.indexOf("--rows");
const ROWS = Number(rowsFlag > 0 ? process.argv[rowsFlag + 1] : (process.env.BENCH_ROWS ?? 1_000_000));
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 300);
const TARGET_P95_MS = 50;
const TARGET_RATIO = 3;
const TARGET_ROWS = 1_000_000;

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

/** Filters that keep about 3,750 of the million images' "Thorin Oakenshield" class. */
const THORIN_FILTERED = { q: "Thorin Okenshield", kind: "portrait", tags: "group0", model: "model-0" };

const sqlArray = (values: string[]) => `ARRAY[${values.map((value) => `'${value}'`).join(",")}]`;

async function main() {
  await withBenchDatabase({}, run);
}

async function run() {
  const { prisma } = await import("../lib/db/client");
  const { searchAssets } = await import("../lib/assets/search-assets");
  const { listGalleryImages } = await import("../lib/gallery/list-images");
  const { assetSearchQuerySchema, galleryQuerySchema } = await import("../lib/schemas/gallery");
  const { RANKING_CHECKS, seedRankingCorpus } = await import("../__tests__/support/search-ranking-corpus");
  const user = await prisma.user.create({ data: { email: `bench-${Date.now()}@example.test`, name: "Bench" } });
  const started = Date.now();
  await seed(prisma, user.id);
  console.log(`seeded ${ROWS.toLocaleString()} assets and images in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  const dictionary = await prisma.$queryRawUnsafe<{ count: number }[]>(
    `SELECT count(*)::int AS count FROM "SearchWord"`,
  );
  console.log(`dictionary: ${dictionary[0].count} distinct words`);

  const search = (params: Record<string, string>) => () =>
    searchAssets(user.id, "personal", assetSearchQuerySchema.parse(params));
  const gallery = (params: Record<string, string>) => () =>
    listGalleryImages(user.id, galleryQuerySchema.parse({ limit: "60", ...params }));
  const owner = `a."ownerId" = '${user.id}'`;
  const imageOwner = `i."ownerId" = '${user.id}'`;
  // The dictionary lookup a fuzzy query needs: the closest words to each of its words.
  const near = (...terms: string[]) =>
    terms.map((term) => `SELECT word FROM "SearchWord" ORDER BY word <-> '${term}' LIMIT 3`);
  const assetRows = (where: string, limit = 50, offset = 0) =>
    `SELECT a.id FROM "Asset" a WHERE ${owner} AND ${where} ORDER BY a."createdAt" DESC LIMIT ${limit} OFFSET ${offset}`;
  // The gallery's candidates and filters read the image row alone (its `assetName` and
  // `assetKind` copies of the asset's name and kind).
  const imageRows = (where: string) =>
    `SELECT i.id FROM "Image" i WHERE ${imageOwner} AND ${where} ORDER BY i."createdAt" DESC LIMIT 61`;
  const imageName = (query: string) => matches(`i."assetName"`, query);
  // A tsquery of quoted lexemes (`'thorin' & 'oakenshield'`, `'thor':*`).
  const matches = (column: string, query: string) =>
    `search_vector(${column}) @@ '${query.replaceAll("'", "''")}'::tsquery`;
  const name = (query: string) => matches("a.name", query);
  // The access path a common class needs: the library newest first, a substring check, then the
  // full-text test (CASE: not an index condition), stopping at the page's rows.
  const walked = (column: string, words: string[]) =>
    `CASE WHEN ${words.map((word) => `strpos(lower(${column}), '${word}') > 0`).join(" AND ")} THEN ${matches(column, words.map((word) => `'${word}'`).join(" & "))} ELSE false END`;
  const shapes: { name: string; app: () => Promise<unknown>; bare: string[] }[] = [
    {
      name: 'asset search exact "Thorin"',
      app: search({ q: "Thorin" }),
      bare: [...near("thorin"), assetRows(walked("a.name", ["thorin"]))],
    },
    {
      name: 'asset search exact "ironfoot 117"',
      app: search({ q: "ironfoot 117" }),
      bare: [...near("ironfoot"), assetRows(name("'ironfoot' & '117'"))],
    },
    {
      name: 'asset search fuzzy "Thorin Okenshield"',
      app: search({ q: "Thorin Okenshield", fuzzy: "true" }),
      bare: [...near("thorin", "okenshield"), assetRows(walked("a.name", ["thorin", "oakenshield"]))],
    },
    {
      name: 'asset search fuzzy "vexra nightblom"',
      app: search({ q: "vexra nightblom", fuzzy: "true" }),
      bare: [...near("vexra", "nightblom"), assetRows(walked("a.name", ["vexra", "nightbloom"]))],
    },
    {
      name: 'asset search fuzzy "scared dwarf" (description)',
      app: search({ q: "scared dwarf", fuzzy: "true", fields: "description" }),
      bare: [...near("scared", "dwarf"), assetRows(walked("a.description", ["scarred", "dwarf"]))],
    },
    {
      name: 'asset search fuzzy "Thorin Okenshield", page 3 (offset 100)',
      app: search({ q: "Thorin Okenshield", fuzzy: "true", offset: "100" }),
      bare: [...near("thorin", "okenshield"), assetRows(walked("a.name", ["thorin", "oakenshield"]), 50, 100)],
    },
    {
      name: 'gallery search "Thorin Okenshield"',
      app: gallery({ q: "Thorin Okenshield" }),
      bare: [...near("thorin", "okenshield"), imageRows(walked(`i."assetName"`, ["thorin", "oakenshield"]))],
    },
    {
      name: 'gallery search "dwarf"',
      app: gallery({ q: "dwarf" }),
      bare: [...near("dwarf"), imageRows(walked(`i."generationPrompt"`, ["dwarf"]))],
    },
    {
      name: 'gallery search "Thorin Okenshield" + kind, favorites, tag, model',
      app: gallery({ q: "Thorin Okenshield", kind: "portrait", favorites: "true", tags: "group1", model: "model-1" }),
      bare: [
        ...near("thorin", "okenshield"),
        imageRows(
          `i."assetKind" = 'PORTRAIT' AND i."isFavorite" AND i.tags @> ARRAY['group1'] AND i."generationModel" = 'model-1' AND ${imageName("'thorin' & 'oakenshield'")}`,
        ),
      ],
    },
    {
      name: 'gallery search "Thorin Okenshield" + kind, tag, model (a full page)',
      app: gallery(THORIN_FILTERED),
      bare: [
        ...near("thorin", "okenshield"),
        imageRows(
          `i."assetKind" = 'PORTRAIT' AND i.tags @> ARRAY['group0'] AND i."generationModel" = 'model-0' AND ${imageName("'thorin' & 'oakenshield'")}`,
        ),
      ],
    },
    {
      name: 'gallery search "Thorin Okenshield" + favorites, tag, model',
      app: gallery({ q: "Thorin Okenshield", favorites: "true", tags: "group1", model: "model-1" }),
      bare: [
        ...near("thorin", "okenshield"),
        imageRows(
          `i."isFavorite" AND i.tags @> ARRAY['group1'] AND i."generationModel" = 'model-1' AND ${imageName("'thorin' & 'oakenshield'")}`,
        ),
      ],
    },
  ];
  let missed = 0;
  for (const shape of shapes) {
    const [app, bare] = await timeAlternating(SAMPLES, [
      shape.app,
      async () => {
        for (const sql of shape.bare) await prisma.$queryRawUnsafe(sql);
      },
    ]);
    const ratio = app.p95 / bare.p95;
    const met = app.p95 < TARGET_P95_MS && Math.round(ratio * 100) / 100 <= TARGET_RATIO;
    missed += met ? 0 : 1;
    // The targets are set at a million rows; on a small library the floor is a millisecond or
    // two and the ratio mostly the app's fixed costs.
    const verdict =
      ROWS >= TARGET_ROWS ? (met ? "met" : "MISSED") : `targets are for ${TARGET_ROWS.toLocaleString()} rows`;
    console.log(
      `${shape.name}: p50 ${app.p50} ms, p95 ${app.p95} ms | bare SQL p50 ${bare.p50} ms, p95 ${bare.p95} ms | ratio p95 ${ratio.toFixed(2)}× | ${verdict}`,
    );
    if (process.env.BENCH_EXPLAIN) {
      const plan = await prisma.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(
        `EXPLAIN (ANALYZE, COSTS OFF) ${shape.bare.at(-1)}`,
      );
      console.log(plan.map((row) => `    ${row["QUERY PLAN"]}`).join("\n"));
    }
  }

  // Read, not enforced: timings here move by half between runs, a ranking FAIL does not.
  if (ROWS >= TARGET_ROWS)
    console.log(
      `targets (p95 < ${TARGET_P95_MS} ms and ≤ ${TARGET_RATIO}× the bare SQL): ${shapes.length - missed} of ${shapes.length} shapes met`,
    );

  // The gallery's ranking over the million images: its first page is the closest match class.
  type Page = {
    images: {
      asset: { name: string; kind: string } | null;
      prompt: string | null;
      is_favorite: boolean;
      tags: string[];
      model: string | null;
    }[];
  };
  const galleryChecks: {
    name: string;
    params: Record<string, string>;
    ok: (image: Page["images"][number]) => boolean;
  }[] = [
    {
      name: 'gallery "Thorin Okenshield": a full page of Thorin Oakenshield',
      params: { q: "Thorin Okenshield" },
      ok: (image) => /^Thorin Oakenshield \d+$/.test(image.asset?.name ?? ""),
    },
    {
      name: 'gallery "dwarf": a full page of dwarf prompts',
      params: { q: "dwarf" },
      ok: (image) => /\bdwarf\b/.test(image.prompt ?? ""),
    },
    {
      // The favorites shapes above match no image at all (no "Thorin Oakenshield" of the seeded
      // names is a favorite): this is the filtered page with a full class behind it.
      name: 'gallery "Thorin Okenshield" + kind, tag, model: a full page of Thorin Oakenshield passing every filter',
      params: THORIN_FILTERED,
      ok: (image) =>
        /^Thorin Oakenshield \d+$/.test(image.asset?.name ?? "") &&
        image.asset?.kind === "portrait" &&
        image.tags.includes("group0") &&
        image.model === "model-0",
    },
  ];
  let failed = 0;
  for (const check of galleryChecks) {
    const page = (await gallery(check.params)()) as Page;
    // A small run has fewer images of a class than a page: only its first image is checked.
    const checked = ROWS >= 100_000 ? page.images : page.images.slice(0, 1);
    const wrong = checked.filter((image) => !check.ok(image));
    const pass = (ROWS < 100_000 || page.images.length === 60) && wrong.length === 0;
    failed += pass ? 0 : 1;
    console.log(`ranking at ${ROWS.toLocaleString()} rows: ${pass ? "PASS" : "FAIL"} ${check.name}`);
    if (!pass) console.log(`    ${page.images.length} images, ${wrong.length} not matching`);
  }

  // The ranking test's corpus as a second library, beside the million rows.
  const ranked = await prisma.user.create({ data: { email: `ranking-${Date.now()}@example.test`, name: "Ranking" } });
  await seedRankingCorpus(ranked.id);
  await prisma.$executeRawUnsafe(`ANALYZE "Asset"`);
  const rankedSearch = (qs: string) =>
    searchAssets(ranked.id, "personal", assetSearchQuerySchema.parse(Object.fromEntries(new URLSearchParams(qs))));
  for (const check of RANKING_CHECKS) {
    const problems = await check.run(rankedSearch, ranked.id);
    failed += problems.length ? 1 : 0;
    console.log(`ranking at ${ROWS.toLocaleString()} rows: ${problems.length ? "FAIL" : "PASS"} ${check.name}`);
    for (const problem of problems) console.log(`    ${problem}`);
  }
  if (failed) process.exitCode = 1;
}

type Prisma = Awaited<typeof import("../lib/db/client")>["prisma"];

/**
 * n → first name n % 20, surname (n / 20) % 12, so every "First Last" pair repeats ROWS / 240
 * times. The two tables' secondary indexes are dropped first and built once the rows are in (as
 * a bulk load does); the search-word triggers run once per statement.
 */
async function seed(prisma: Prisma, ownerId: string) {
  const indexes = await prisma.$queryRawUnsafe<{ name: string; definition: string }[]>(`
    SELECT indexname AS name, indexdef AS definition FROM pg_indexes
    WHERE schemaname = current_schema() AND tablename IN ('Asset', 'Image')
      AND indexname NOT IN (SELECT conname FROM pg_constraint)`);
  for (const index of indexes) await prisma.$executeRawUnsafe(`DROP INDEX "${index.name}"`);
  await prisma.$executeRawUnsafe(`
    INSERT INTO "Asset" (id, "ownerId", kind, name, description, tags, "updatedAt", "createdAt")
    SELECT gen_random_uuid(), '${ownerId}', (ARRAY['PORTRAIT','MAP','TOKEN','IMAGE'])[1 + n % 4]::"AssetKind",
           (${sqlArray(FIRST)})[1 + n % ${FIRST.length}] || ' ' || (${sqlArray(LAST)})[1 + (n / ${FIRST.length}) % ${LAST.length}] || ' ' || n,
           'a ' || (${sqlArray(ADJECTIVE)})[1 + n % ${ADJECTIVE.length}] || ' ' || (${sqlArray(RACE)})[1 + n % ${RACE.length}] || ' ' || (${sqlArray(ROLE)})[1 + n % ${ROLE.length}],
           ARRAY[(${sqlArray(TAGS)})[1 + n % ${TAGS.length}], 'group' || (n % 3)], now(), now() - (n || ' minutes')::interval
    FROM generate_series(1, ${ROWS}) n`);
  // The images carry their asset's name and kind as the trigger would set them, written here in the same
  // statement (as a bulk load would) instead of a lookup per row.
  await prisma.$executeRawUnsafe(`ALTER TABLE "Image" DISABLE TRIGGER "Image_asset_name"`);
  await prisma.$executeRawUnsafe(`
    INSERT INTO "Image" (id, "ownerId", "assetId", "assetName", "assetKind", path, filename, "mimeType", bytes, width, height, format, sha256, source,
                         "generationModel", "generationPrompt", "isFavorite", tags, "createdAt", "updatedAt")
    SELECT gen_random_uuid(), a."ownerId", a.id, a.name, a.kind, a.id || '.png', a.id || '.png', 'image/png', 100000, 1024, 1024, 'png', md5(a.id::text), 'GENERATED',
           'model-' || (length(a.name) % 5), 'portrait of ' || a.description || ', dramatic light', length(a.name) % 7 = 0, a.tags, a."createdAt", now()
    FROM "Asset" a WHERE a."ownerId" = '${ownerId}'`);
  await prisma.$executeRawUnsafe(`ALTER TABLE "Image" ENABLE TRIGGER "Image_asset_name"`);
  await prisma.$executeRawUnsafe(`SET maintenance_work_mem = '256MB'`);
  for (const index of indexes) await prisma.$executeRawUnsafe(index.definition);
  await prisma.$executeRawUnsafe(`VACUUM (ANALYZE) "Asset"`);
  await prisma.$executeRawUnsafe(`VACUUM (ANALYZE) "Image"`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
