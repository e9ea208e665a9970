// Search relevance on a fixed corpus of 1,000 assets in real PostgreSQL: a misspelling finds the
// intended name above near-misses, exact matches rank above fuzzy ones, and name above
// description above tags. Also `total`: exact up to the cap, an estimate (flagged) past it.
// `npm run bench:search` runs the same checks with the corpus beside a million other rows.
import { createTestUser, resetDatabase } from "../support/db";
import { withTempStorageRoot } from "../support/temp-storage-root";
import { CORPUS, RANKING_CHECKS, type SearchBody, seedRankingCorpus } from "../support/search-ranking-corpus";
import * as search from "@/app/api/v1/projects/[projectId]/assets/search/route";
import { prisma } from "@/lib/db/client";
import { assetViewSelect, toAssetView } from "@/lib/assets/view";
import { call, createAsset, createGenerationWithImage } from "./gallery-helpers";

withTempStorageRoot("search-ranking-");

let user: { id: string };

beforeAll(async () => {
  await resetDatabase();
  user = await createTestUser();
  await seedRankingCorpus(user.id);
  expect(await prisma.asset.count({ where: { ownerId: user.id } })).toBe(CORPUS);
});

const searchFor = async (qs: string) => {
  const response = await call(search.GET, user, `/api/v1/projects/personal/assets/search${qs}`, {
    params: { projectId: "personal" },
  });
  expect(response.status).toBe(200);
  return response.body as SearchBody;
};

it.each(RANKING_CHECKS.map((check) => [check.name, check]))("%s", async (_name, check) => {
  expect(await check.run(searchFor, user.id)).toEqual([]);
});

it("a word added by an update is in the dictionary at once, so fuzzy search finds it", async () => {
  const asset = await prisma.asset.findFirstOrThrow({ where: { ownerId: user.id, name: "Bog Troll 2" } });
  await prisma.asset.update({ where: { id: asset.id }, data: { name: "Quillsworth the Bog Troll" } });
  expect((await searchFor("?q=quilsworth&fuzzy=true")).assets.map((a) => a.name)).toEqual([
    "Quillsworth the Bog Troll",
  ]);
  // Without fuzzy the misspelling finds nothing: it is the dictionary that bridges it.
  expect((await searchFor("?q=quilsworth")).total).toBe(0);
});

it("a query searched before a word was added finds it the next time (nothing of the first lookup is kept)", async () => {
  // "Bramblewick" is in no name yet: the query stands for nothing (nor any close word).
  expect((await searchFor("?q=bramblewik&fuzzy=true")).assets.map((a) => a.name)).not.toContain(
    "Bramblewick the Bog Troll",
  );
  const asset = await prisma.asset.findFirstOrThrow({ where: { ownerId: user.id, name: "Bog Troll 5" } });
  await prisma.asset.update({ where: { id: asset.id }, data: { name: "Bramblewick the Bog Troll" } });
  // The same query again: a ranking built on the words found the first time would miss it.
  expect((await searchFor("?q=bramblewik&fuzzy=true")).assets.map((a) => a.name)[0]).toBe("Bramblewick the Bog Troll");
  expect((await searchFor("?q=bramblewik&fuzzy=true")).assets.map((a) => a.name)[0]).toBe("Bramblewick the Bog Troll");
});

it("a search's asset is the same view the asset API gives, though the ranking statement reads it in SQL", async () => {
  const asset = await createAsset(user.id, {
    name: "Zephyrine Glimmerwing",
    description: "A sky mage",
    tags: ["mage"],
  });
  const { generation } = await createGenerationWithImage(user.id, asset.id);
  await createGenerationWithImage(user.id, asset.id);
  await prisma.generation.create({
    data: { ownerId: user.id, assetId: asset.id, status: "FAILED", providerKind: "BUILTIN", prompt: "x" },
  });
  await prisma.asset.update({
    where: { id: asset.id },
    data: { favoriteGenerationId: generation.id, metadata: { source: "test", level: 3 } },
  });
  const expected = toAssetView(
    await prisma.asset.findUniqueOrThrow({ where: { id: asset.id }, select: assetViewSelect }),
  );
  expect(expected.total_generations).toBe(3);
  expect(expected.file_size).toBeGreaterThan(0);
  const [found] = (await searchFor("?q=zephyrine")).assets as unknown as Record<string, unknown>[];
  const { score, ...view } = found;
  expect(view).toEqual(expected);
  expect(score).toEqual(expect.any(Number));
});
