// Per-user waiting limit: past it every route that starts generations answers 429 with
// Retry-After in the one error shape and creates nothing; concurrent requests at the limit cannot
// both pass. No worker runs here, so accepted generations stay PENDING.
import { createTestUser, resetDatabase } from "../support/db";
import { callRoute, type CallResult } from "../support/call-route";
import { POST as createCharacter } from "@/app/api/characters/route";
import { POST as generatePortrait } from "@/app/api/characters/[id]/portrait/generate/route";
import { POST as createCampaign } from "@/app/api/campaigns/route";
import { POST as joinCampaign } from "@/app/api/campaigns/join/route";
import { POST as generateMissing } from "@/app/api/campaigns/[id]/portraits/generate-missing/route";
import { POST as generateToken } from "@/app/api/generate/token/route";
import { POST as tokenBatch } from "@/app/api/generate/token/batch/route";
import { POST as recordGeneration } from "@/app/api/v1/assets/[assetId]/generations/route";
import { ROUTE_MODULES } from "@/app/api/openapi.json/route-modules";
import { prisma } from "@/lib/db/client";
import { buildOpenApiDocument } from "@/lib/openapi/document";
import { stopGenerationWorker } from "@/lib/generation/worker";
import { ensureBuiltinProfile } from "@/lib/profiles/ensure-builtin-profile";
import { pipelineSnapshot, postGenerate, setupGenerationEnvironment } from "./generation-helpers";

setupGenerationEnvironment();
const LIMIT = 3;
const saved = process.env.GENERATION_MAX_PENDING_PER_USER;
beforeAll(async () => {
  await stopGenerationWorker(1_000);
  process.env.GENERATION_MAX_PENDING_PER_USER = String(LIMIT);
});
afterAll(() => {
  if (saved === undefined) delete process.env.GENERATION_MAX_PENDING_PER_USER;
  else process.env.GENERATION_MAX_PENDING_PER_USER = saved;
});
beforeEach(resetDatabase);

const waiting = (userId: string) => prisma.generation.count({ where: { ownerId: userId, status: "PENDING" } });
/** Everything a started generation could leave behind, pg-boss's jobs included. */
const everything = async () =>
  JSON.stringify({
    pipeline: await pipelineSnapshot(),
    tokens: await prisma.token.findMany({ orderBy: { id: "asc" } }),
    jobs: await prisma.$queryRaw`SELECT id::text FROM pgboss.job WHERE name = 'image-generation' ORDER BY id`,
  });

function expectRateLimited(result: CallResult) {
  expect(result.status).toBe(429);
  expect(result.body.error).toMatchObject({ code: "RATE_LIMITED", message: expect.stringMatching(/at most 3/) });
  expect(Number(result.headers.get("retry-after"))).toBeGreaterThanOrEqual(5);
}

test("past the waiting limit every generating route is a 429 with Retry-After, and nothing is created", async () => {
  const [dm, player] = [await createTestUser(), await createTestUser()];
  const profileId = (await ensureBuiltinProfile(dm.id)).id;
  const campaign = (await callRoute(createCampaign, { user: dm, body: { name: "Tomb" } })).body;
  const characterOf = async (user: { id: string }, name: string) =>
    (await callRoute(createCharacter, { user, body: { name, race: "dwarf", character_class: "cleric" } })).body
      .character_id as string;
  const own = await characterOf(dm, "Borin");
  const players = await characterOf(player, "Vex");
  await callRoute(joinCampaign, {
    user: player,
    body: { invite_code: campaign.invite_code, character_id: players },
  });
  for (let i = 0; i < LIMIT; i++)
    expect((await postGenerate(dm.id, { prompt: `a keep ${i}`, profileId, wait: false })).status).toBe(202);
  expect(await waiting(dm.id)).toBe(LIMIT);
  const before = await everything();

  const refused = [
    await postGenerate(dm.id, { prompt: "one more", profileId, wait: false }),
    await postGenerate(dm.id, { prompt: "one more, waiting", profileId }),
    await callRoute(generatePortrait, { user: dm, params: { id: own }, body: { regenerate: true } }),
    await callRoute(generateMissing, { user: dm, method: "POST", params: { id: campaign.campaign_id } }),
    await callRoute(generateToken, { user: dm, body: { source: { kind: "description", description: "a goblin" } } }),
    await callRoute(tokenBatch, { user: dm, body: { npcs: [{ name: "Klarg", description: "a bugbear chief" }] } }),
  ];
  for (const result of refused) expectRateLimited(result);
  expect(await everything()).toBe(before);

  // The limit is the user's own: someone else still starts at once.
  const other = await createTestUser();
  const otherProfile = (await ensureBuiltinProfile(other.id)).id;
  expect((await postGenerate(other.id, { prompt: "a tower", profileId: otherProfile, wait: false })).status).toBe(202);
});

test("a batch counts every image it adds, and rows recorded through the asset API do not count", async () => {
  const user = await createTestUser();
  const profileId = (await ensureBuiltinProfile(user.id)).id;
  const asset = await prisma.asset.create({ data: { ownerId: user.id, kind: "IMAGE", name: "recorded" } });
  for (let i = 0; i < 5; i++) {
    const recorded = await callRoute(recordGeneration, {
      user,
      params: { assetId: asset.id },
      body: { status: "pending", parameters: { prompt: "made elsewhere" } },
    });
    expect(recorded.status).toBe(201);
  }
  expect((await postGenerate(user.id, { prompt: "a pair", profileId, options: { n: 2 }, wait: false })).status).toBe(
    202,
  );
  const before = await everything();
  expectRateLimited(await postGenerate(user.id, { prompt: "another pair", profileId, options: { n: 2 }, wait: false }));
  expect(await everything()).toBe(before);
  expect((await postGenerate(user.id, { prompt: "the last one", profileId, wait: false })).status).toBe(202);
});

test("concurrent requests at the limit: exactly as many pass as fit", async () => {
  const user = await createTestUser();
  const profileId = (await ensureBuiltinProfile(user.id)).id;
  const results = await Promise.all(
    Array.from({ length: 8 }, (_, i) => postGenerate(user.id, { prompt: `rush ${i}`, profileId, wait: false })),
  );
  expect(results.map((result) => result.status).sort()).toEqual([202, 202, 202, 429, 429, 429, 429, 429]);
  expect(await waiting(user.id)).toBe(LIMIT);
  expect(await prisma.asset.count({ where: { ownerId: user.id } })).toBe(LIMIT);
});

test("the API reference lists the 429 on every route that starts generations", async () => {
  const { paths } = await buildOpenApiDocument(ROUTE_MODULES);
  for (const path of [
    "/api/images/generate",
    "/api/characters/{id}/portrait/generate",
    "/api/campaigns/{id}/portraits/generate-missing",
    "/api/generate/token",
    "/api/generate/token/batch",
  ])
    expect(paths[path]?.post?.responses["429"]).toBeDefined();
  expect(paths["/api/gallery/images"]?.get?.responses["429"]).toBeUndefined();
});
