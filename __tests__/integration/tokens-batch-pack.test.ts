// Tokens from descriptions (built-in engine through the real pipeline), batches with per-item
// failures, and the pack zip read back with unzip the way a DM would open it.
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { createTestUser, resetDatabase } from "../support/db";
import { prisma } from "@/lib/db/client";
import { startGenerationWorker } from "@/lib/generation/worker";
import { POST as generate } from "@/app/api/generate/token/route";
import { POST as batch } from "@/app/api/generate/token/batch/route";
import { GET as pack } from "@/app/api/tokens/pack/route";
import { setupGenerationEnvironment } from "./generation-helpers";
import { call, characterWithPortrait, tokenSnapshot } from "./tokens-helpers";

setupGenerationEnvironment();
let dm: { id: string };
let player: { id: string };
let outsider: { id: string };
let campaignId: string;

beforeAll(async () => {
  await startGenerationWorker({ concurrency: 2 });
});
beforeEach(async () => {
  await resetDatabase();
  [dm, player, outsider] = [await createTestUser(), await createTestUser(), await createTestUser()];
  campaignId = (
    await prisma.campaign.create({ data: { ownerId: dm.id, name: "Lost Mine", inviteCode: `b-${Date.now()}` } })
  ).id;
  await prisma.campaignMember.create({ data: { campaignId, userId: player.id, role: "PLAYER" } });
});

const postBatch = (userId: string | undefined, body: unknown) =>
  call(batch, { userId, method: "POST", path: "/api/generate/token/batch", body });

test("a token from a description with the built-in engine; the source picture lands in the gallery", async () => {
  const made = await call(generate, {
    userId: dm.id,
    method: "POST",
    path: "/api/generate/token",
    body: {
      source: { kind: "description", description: "a grizzled goblin boss with a rusty scimitar" },
      name: "Klarg",
      size: "SMALL",
      disposition: "HOSTILE",
      campaignId,
    },
  });
  expect(made.status).toBe(201);
  expect(made.body).toMatchObject({
    name: "Klarg",
    creatureSize: "SMALL",
    gridWidth: 1,
    pixels: 256,
    format: "webp",
    campaignId,
  });
  const source = await prisma.image.findUniqueOrThrow({
    where: { id: made.body.sourceImageId },
    include: { generation: true },
  });
  expect(source.generation?.providerKind).toBe("BUILTIN");
});

test("NPC batch: every item made; someone else's profile refuses the whole batch; bad lists store nothing", async () => {
  const result = await postBatch(dm.id, {
    campaignId,
    npcs: [
      { name: "Sildar", description: "a battered human knight", disposition: "FRIENDLY" },
      { name: "Young green dragon", description: "a green dragon wyrmling", size: "HUGE" },
    ],
  });
  expect(result.status).toBe(200);
  expect(result.body).toMatchObject({ created: 2, failed: 0 });
  expect(
    result.body.results.map((r: { token: { gridWidth: number; disposition: string } }) => [
      r.token.gridWidth,
      r.token.disposition,
    ]),
  ).toEqual([
    [1, "FRIENDLY"],
    [3, "HOSTILE"],
  ]);

  const before = await tokenSnapshot();
  const theirProfile = await prisma.connectionProfile.create({
    data: { userId: outsider.id, name: "theirs", kind: "BUILTIN" },
  });
  expect(
    (await postBatch(dm.id, { profileId: theirProfile.id, npcs: [{ name: "x", description: "a thing" }] })).status,
  ).toBe(404);
  for (const body of [
    { npcs: [] },
    { npcs: [{ name: "Ogre", description: "big", size: "ENORMOUS" }] },
    { party: true },
    { campaignId, party: false },
    { campaignId, party: true, npcs: [] },
  ]) {
    expect([body, (await postBatch(dm.id, body)).status]).toEqual([body, 400]);
  }
  expect((await postBatch(undefined, { campaignId, party: true })).status).toBe(401);
  expect(await tokenSnapshot()).toEqual(before);
});

test("party batch: one token per character with a portrait, failures with reasons; outsiders 404", async () => {
  const hero = await characterWithPortrait(player.id, "Tordek");
  const faceless = await characterWithPortrait(player.id, "Mialee", false);
  for (const character of [hero, faceless])
    await prisma.characterInfo.create({ data: { campaignId, characterId: character.id } });
  expect((await postBatch(outsider.id, { campaignId, party: true })).status).toBe(404);

  const result = await postBatch(dm.id, { campaignId, party: true, format: "png" });
  expect(result.status).toBe(200);
  expect(result.body).toMatchObject({ created: 1, failed: 1 });
  expect(result.body.results[0]).toMatchObject({
    name: "Tordek",
    ok: true,
    token: { disposition: "PC", characterId: hero.id, campaignId },
  });
  expect(result.body.results[1]).toMatchObject({
    name: "Mialee",
    ok: false,
    error: { code: "VALIDATION", message: expect.stringContaining("no portrait") },
  });
  // A player of the campaign may run it too.
  expect((await postBatch(player.id, { campaignId, party: true })).body.created).toBe(1);
});

test("pack: a zip of the campaign's token images plus Foundry token data; members only", async () => {
  const hero = await characterWithPortrait(dm.id, "Gundren");
  await prisma.characterInfo.create({ data: { campaignId, characterId: hero.id } }); // so the player may stamp it too
  await call(generate, {
    userId: dm.id,
    method: "POST",
    path: "/api/generate/token",
    body: { source: { kind: "character", characterId: hero.id }, campaignId, disposition: "PC", format: "png" },
  });
  await call(generate, {
    userId: player.id,
    method: "POST",
    path: "/api/generate/token",
    body: {
      source: { kind: "character", characterId: hero.id },
      name: "Ogre",
      campaignId,
      disposition: "HOSTILE",
      size: "LARGE",
    },
  });
  await call(generate, {
    userId: dm.id,
    method: "POST",
    path: "/api/generate/token",
    body: {
      source: { kind: "character", characterId: hero.id },
      name: "Elsewhere",
      size: "TINY",
      disposition: "NEUTRAL",
    },
  });

  expect((await call(pack, { userId: outsider.id, path: `/api/tokens/pack?campaignId=${campaignId}` })).status).toBe(
    404,
  );
  expect((await call(pack, { path: `/api/tokens/pack?campaignId=${campaignId}` })).status).toBe(401);
  // A player's pack holds what the party sees: their own token, not the DM's hidden one.
  const playerPack = path.join(process.env.STORAGE_ROOT!, "player-pack.zip");
  writeFileSync(
    playerPack,
    (await call(pack, { userId: player.id, path: `/api/tokens/pack?campaignId=${campaignId}` })).buffer,
  );
  expect(
    JSON.parse(execFileSync("unzip", ["-p", playerPack, "tokens.json"]).toString()).tokens.map(
      (t: { name: string }) => t.name,
    ),
  ).toEqual(["Ogre"]);
  const response = await call(pack, { userId: dm.id, path: `/api/tokens/pack?campaignId=${campaignId}` });
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toBe("application/zip");
  expect(response.headers.get("content-disposition")).toBe(
    "attachment; filename=\"lost-mine-tokens.zip\"; filename*=UTF-8''lost-mine-tokens.zip",
  );
  const zip = path.join(process.env.STORAGE_ROOT!, "pack.zip");
  writeFileSync(zip, response.buffer);
  execFileSync("unzip", ["-tq", zip]); // CRCs and structure as unzip checks them
  const names = execFileSync("zipinfo", ["-1", zip]).toString().trim().split("\n");
  expect(names).toHaveLength(3);
  const manifest = JSON.parse(execFileSync("unzip", ["-p", zip, "tokens.json"]).toString());
  expect(manifest.tokens.map((t: { name: string }) => t.name)).toEqual(["Gundren", "Ogre"]);
  const [pc, ogre] = manifest.tokens;
  expect(pc).toMatchObject({
    width: 1,
    height: 1,
    disposition: 1,
    actorLink: false,
    sight: { enabled: true },
    lockRotation: true,
  });
  expect(ogre).toMatchObject({ width: 2, height: 2, disposition: -1, sight: { enabled: false } });
  for (const token of manifest.tokens) expect(names).toContain(token.texture.src);
  expect(pc.texture.src).toMatch(/^arcane-forge\/tokens\/gundren-[0-9a-f]{8}\.png$/);
  const image = execFileSync("unzip", ["-p", zip, ogre.texture.src]);
  expect(image.subarray(8, 12).toString()).toBe("WEBP");

  // Without a campaign: every token the user may see (the DM's own Tiny one included, 0.5 squares).
  const all = await call(pack, { userId: dm.id, path: "/api/tokens/pack" });
  writeFileSync(zip, all.buffer);
  const tiny = JSON.parse(execFileSync("unzip", ["-p", zip, "tokens.json"]).toString()).tokens.find(
    (t: { name: string }) => t.name === "Elsewhere",
  );
  expect(tiny).toMatchObject({ width: 0.5, height: 0.5, disposition: 0 });
});
