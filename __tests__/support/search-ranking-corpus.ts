// The fixed corpus of the search ranking test and the checks run on it, shared by the Jest test
// (a library of 1,000 assets) and `npm run bench:search` (the same library beside a million
// other rows in the same tables, indexes and word dictionary), so relevance is proven at both.
import { EXACT_TOTAL_CAP } from "@/lib/assets/search-count";
import { prisma } from "@/lib/db/client";

export const CORPUS = 1000;

/** The assets the queries are about: the intended names and their near-misses. */
const NAMED = [
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

/** The corpus in `ownerId`'s library: the named assets, then goblins and crypts sharing no word with them. */
export async function seedRankingCorpus(ownerId: string): Promise<void> {
  await prisma.asset.createMany({
    data: NAMED.map((asset) => ({ ownerId, kind: "PORTRAIT" as const, tags: [], ...asset })),
  });
  await prisma.$executeRawUnsafe(`
    INSERT INTO "Asset" (id, "ownerId", kind, name, description, tags, "updatedAt", "createdAt")
    SELECT gen_random_uuid(), '${ownerId}', 'PORTRAIT', (ARRAY['Goblin Scout', 'Crypt Warden', 'Bog Troll'])[1 + n % 3] || ' ' || n,
           (ARRAY['a sneaky goblin', 'an undead guard', 'a hungry troll'])[1 + n % 3], ARRAY['npc'], now(), now() - (n || ' minutes')::interval
    FROM generate_series(1, ${CORPUS - NAMED.length}) n`);
  // Statistics, so the filler's words are the planner's common words and their scans walk the
  // library newest first (search-scans.ts) while the named ones are collected from the index.
  await prisma.$executeRawUnsafe(`ANALYZE "Asset"`);
}

export type SearchBody = {
  assets: { name: string; score: number }[];
  total: number;
  total_estimated: boolean;
  has_more: boolean;
};

/** Every query word is a word of `name` or begins one (the exact mode's rule; a number is a whole word only). */
const beginsWords = (name: string, terms: string[]) => {
  const words = name.toLowerCase().split(/[^\p{L}\p{N}]+/u);
  return terms.every((term) => words.some((word) => (/^\p{N}+$/u.test(term) ? word === term : word.startsWith(term))));
};

type Check = { name: string; run: (search: (qs: string) => Promise<SearchBody>, ownerId: string) => Promise<string[]> };

const same = (label: string, actual: unknown, expected: unknown) =>
  JSON.stringify(actual) === JSON.stringify(expected)
    ? []
    : [`${label}: got ${JSON.stringify(actual)}, expected ${JSON.stringify(expected)}`];
const truthy = (label: string, value: boolean) => (value ? [] : [label]);
const names = (body: SearchBody) => body.assets.map((asset) => asset.name);

/** The ranking checks; each returns what failed (nothing when it holds). */
export const RANKING_CHECKS: Check[] = [
  {
    name: "a misspelling finds the intended name first, above its near-misses",
    run: async (search) => {
      const body = await search("?q=Thorin%20Okenshield&fuzzy=true");
      return [
        ...same("first", names(body)[0], "Thorin Oakenshield"),
        ...truthy("near-miss Thrain Oakenshield found below", names(body).slice(1).includes("Thrain Oakenshield")),
        ...truthy("no unrelated goblin", !names(body).some((name) => name.startsWith("Goblin"))),
        ...truthy("first scores strictly higher", body.assets[0]?.score > body.assets[1]?.score),
        ...same("total exact", [body.total, body.total_estimated, body.has_more], [body.assets.length, false, false]),
      ];
    },
  },
  {
    name: "ranks exact above fuzzy, and name above description above tags",
    run: async (search) => {
      const fuzzy = await search("?q=nightbloom&fuzzy=true");
      const exact = await search("?q=nightbloom");
      // Exact in the name, in a description, in a tag; then the misspelt name (fuzzy only).
      return [
        ...same("fuzzy", names(fuzzy).slice(0, 4), [
          "Vexra Nightbloom",
          "Marsh Hag",
          "Herb Satchel",
          "Nightblom Tavern",
        ]),
        ...same("exact", names(exact), ["Vexra Nightbloom", "Marsh Hag", "Herb Satchel"]),
      ];
    },
  },
  {
    name: "whole words above word beginnings, every query word in any order",
    run: async (search) => {
      const thorin = names(await search("?q=thorin"));
      return [
        ...same("thorin: whole words first", [...thorin.slice(0, 2)].sort(), [
          "Thorin Oakenshield",
          "Thorin Stonehelm",
        ]),
        ...same("thorin: then the longer word", thorin.slice(2), ["Thorina Oakes"]),
        ...same("any order", names(await search("?q=oakenshield%20thorin")), ["Thorin Oakenshield"]),
      ];
    },
  },
  {
    name: "pages the same ranking",
    run: async (search) => {
      const all = names(await search("?q=nightbloom&fuzzy=true&limit=4"));
      const second = names(await search("?q=nightbloom&fuzzy=true&limit=2&offset=2"));
      // A common word (a third of the library): walked newest first, the same order on every page.
      const goblins = names(await search("?q=goblin&fuzzy=true&limit=20"));
      const goblinPage = names(await search("?q=goblin&fuzzy=true&limit=10&offset=10"));
      // Two common words that never meet: the walk finds none and the index lookup confirms it.
      const never = await search("?q=goblin%20troll&fields=name");
      return [
        ...same("second page", second, all.slice(2, 4)),
        ...same("goblin page 2", goblinPage, goblins.slice(10, 20)),
        ...truthy("goblins newest first", goblins[0] === "Goblin Scout 3" && goblins[1] === "Goblin Scout 6"),
        ...same("never together", never.total, 0),
      ];
    },
  },
  {
    name: "counts exactly up to the cap and flags an estimate past it",
    run: async (search, ownerId) => {
      // A third of the filler is a goblin: more than the cap.
      const many = await search("?q=goblin&limit=10");
      const underCap = await search("?q=thor&fields=name");
      // Every query word is or begins a word of the name.
      const library = await prisma.asset.findMany({ where: { ownerId }, select: { name: true } });
      const expected = library.filter((asset) => beginsWords(asset.name, ["thor"])).length;
      return [
        ...same("broad page", [many.assets.length, many.total_estimated, many.has_more], [10, true, true]),
        ...truthy(`broad total ${many.total} past the cap`, many.total > EXACT_TOTAL_CAP),
        ...same("under the cap", [underCap.total, underCap.total_estimated], [expected, false]),
        ...truthy("under the cap is under it", expected > 0 && expected <= EXACT_TOTAL_CAP),
        // A number is a whole number only, not the first digits of longer ones.
        ...same("a number", names(await search("?q=goblin%20scout%2012&fields=name")), ["Goblin Scout 12"]),
      ];
    },
  },
];
