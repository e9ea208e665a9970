// Search relevance on a fixed corpus of 1,000 assets in real PostgreSQL: a misspelling finds the
// intended name above near-misses, exact matches rank above fuzzy ones, and name above
// description above tags. Also `total`: exact up to the cap, an estimate (flagged) past it.
import { createTestUser, resetDatabase } from "../support/db";
import { withTempStorageRoot } from "../support/temp-storage-root";
import * as search from "@/app/api/v1/projects/[projectId]/assets/search/route";
import { EXACT_TOTAL_CAP } from "@/lib/assets/search-count";
import { prisma } from "@/lib/db/client";
import { call, createAsset } from "./gallery-helpers";

withTempStorageRoot("search-ranking-");

const CORPUS = 1000;
let user: { id: string };

beforeAll(async () => {
  await resetDatabase();
  user = await createTestUser();
  const named = [
    { name: "Thorin Oakenshield", description: "king under the mountain" },
    { name: "Thorn the Ranger", description: "a wary scout" },
    { name: "Thorina Oakes", description: "a baker" },
    { name: "Thrain Oakenshield", description: "the old king" },
    { name: "Thorin Stonehelm", description: "a cousin" },
    { name: "Oaken Shield Inn", description: "a tavern" },
    { name: "Vexra Nightbloom", description: "a witch of the marsh" },
    { name: "Marsh Hag", description: "keeper of the nightbloom garden" },
    { name: "Herb Satchel", description: "dried leaves", tags: ["nightbloom"] },
    { name: "Nightblom Tavern", description: "an inn" },
  ];
  for (const asset of named) await createAsset(user.id, asset);
  // The rest: goblins and crypts that share no words with the queries above.
  await prisma.$executeRawUnsafe(`
    INSERT INTO "Asset" (id, "ownerId", kind, name, description, tags, "updatedAt", "createdAt")
    SELECT gen_random_uuid(), '${user.id}', 'PORTRAIT', (ARRAY['Goblin Scout', 'Crypt Warden', 'Bog Troll'])[1 + n % 3] || ' ' || n,
           (ARRAY['a sneaky goblin', 'an undead guard', 'a hungry troll'])[1 + n % 3], ARRAY['npc'], now(), now() - (n || ' minutes')::interval
    FROM generate_series(1, ${CORPUS - named.length}) n`);
  expect(await prisma.asset.count({ where: { ownerId: user.id } })).toBe(CORPUS);
});

const searchFor = async (qs: string) => {
  const response = await call(search.GET, user, `/api/v1/projects/personal/assets/search${qs}`, {
    params: { projectId: "personal" },
  });
  expect(response.status).toBe(200);
  return response.body as {
    assets: { name: string; score: number }[];
    total: number;
    total_estimated: boolean;
    has_more: boolean;
  };
};
const names = (body: { assets: { name: string }[] }) => body.assets.map((asset) => asset.name);

it("a misspelling finds the intended name first, above its near-misses", async () => {
  const body = await searchFor("?q=Thorin%20Okenshield&fuzzy=true");
  expect(names(body)[0]).toBe("Thorin Oakenshield");
  // The near-misses are found, and rank below.
  expect(names(body).slice(1)).toEqual(expect.arrayContaining(["Thrain Oakenshield"]));
  expect(names(body)).not.toContain("Goblin Scout 1");
  expect(body.assets[0].score).toBeGreaterThan(body.assets[1].score);
  expect(body).toMatchObject({ total: body.assets.length, total_estimated: false, has_more: false });
});

it("ranks exact above fuzzy, and name above description above tags", async () => {
  const body = await searchFor("?q=nightbloom&fuzzy=true");
  // Exact in the name, in a description, in a tag; then the misspelt name (fuzzy only).
  expect(names(body).slice(0, 4)).toEqual(["Vexra Nightbloom", "Marsh Hag", "Herb Satchel", "Nightblom Tavern"]);
  const exact = await searchFor("?q=nightbloom");
  expect(names(exact)).toEqual(["Vexra Nightbloom", "Marsh Hag", "Herb Satchel"]);
});

it("finds every term of an exact query in any order, and pages the same ranking", async () => {
  expect(names(await searchFor("?q=oakenshield%20thorin"))).toEqual(["Thorin Oakenshield"]);
  const all = names(await searchFor("?q=nightbloom&fuzzy=true&limit=4"));
  const second = names(await searchFor("?q=nightbloom&fuzzy=true&limit=2&offset=2"));
  expect(second).toEqual(all.slice(2, 4));
});

it("counts exactly up to the cap and flags an estimate past it", async () => {
  const few = await searchFor("?q=thorin");
  expect(few).toMatchObject({ total: 3, total_estimated: false, has_more: false }); // Thorin ×2, Thorina
  // A third of the filler is a goblin: more than the cap.
  const many = await searchFor("?q=goblin&limit=10");
  expect(many.assets).toHaveLength(10);
  expect(many.total_estimated).toBe(true);
  expect(many.total).toBeGreaterThan(EXACT_TOTAL_CAP);
  expect(many.has_more).toBe(true);
  const underCap = await searchFor("?q=goblin%20scout%201&fields=name");
  expect(underCap.total_estimated).toBe(false);
  // Every term is in the name, in any place: "Goblin Scout 301" counts too.
  const terms = ["goblin", "scout", "1"].map((term) => ({ name: { contains: term, mode: "insensitive" as const } }));
  expect(underCap.total).toBe(await prisma.asset.count({ where: { ownerId: user.id, AND: terms } }));
  expect(underCap.total).toBeLessThanOrEqual(EXACT_TOTAL_CAP);
});
