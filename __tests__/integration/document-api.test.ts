// The map and token requirement's own API through the real route handlers: its request bodies,
// its `success` envelopes beside the app's fields, its asset paths, and campaign NPCs (DM-only
// until revealed) that tokens point at. Every new route: 401 anonymous, 404 for a stranger.
import sharp from "sharp";
import { createTestUser, resetDatabase } from "../support/db";
import { prisma } from "@/lib/db/client";
import { startGenerationWorker } from "@/lib/generation/worker";
import { POST as generateMap } from "@/app/api/generate/map/route";
import { POST as generateToken } from "@/app/api/generate/token/route";
import { POST as batch } from "@/app/api/generate/token/batch/route";
import { GET as dungeon } from "@/app/api/generate/random/dungeon/route";
import { GET as randomNpc } from "@/app/api/generate/random/npc/route";
import { GET as encounter } from "@/app/api/generate/random/encounter/[partyLevel]/route";
import { GET as mapPng } from "@/app/api/assets/maps/[campaignId]/[mapId]/map.png/route";
import { GET as mapJson } from "@/app/api/assets/maps/[campaignId]/[mapId]/map.json/route";
import { GET as mapMetadata } from "@/app/api/assets/maps/[campaignId]/[mapId]/metadata.json/route";
import { GET as tokenFile } from "@/app/api/assets/tokens/[campaignId]/[file]/route";
import { GET as listNpcs, POST as createNpc } from "@/app/api/campaigns/[id]/npcs/route";
import { DELETE as deleteNpc, GET as getNpc, PATCH as patchNpc } from "@/app/api/campaigns/[id]/npcs/[npcId]/route";
import { PUT as setVisibility } from "@/app/api/visibility/route";
import { setupGenerationEnvironment } from "./generation-helpers";
import { call, tokenSnapshot } from "./tokens-helpers";

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
    await prisma.campaign.create({ data: { ownerId: dm.id, name: "Lost Mine", inviteCode: `d-${Date.now()}` } })
  ).id;
  await prisma.campaignMember.create({ data: { campaignId, userId: player.id, role: "PLAYER" } });
});

const post = (
  handler: Parameters<typeof call>[0],
  userId: string | undefined,
  body: unknown,
  params: Record<string, string> = {},
) => call(handler, { userId, method: "POST", path: "/api/test", body, params });
const get = (
  handler: Parameters<typeof call>[0],
  userId: string | undefined,
  params: Record<string, string> = {},
  path = "/api/test",
) => call(handler, { userId, path, params });

async function documentMap() {
  const made = await post(generateMap, dm.id, {
    campaign_id: campaignId,
    location_description: "a flooded crypt beneath the chapel",
    map_type: "dungeon",
  });
  expect(made.status).toBe(201);
  return made.body;
}

test("POST /api/generate/map takes the requirement's body and answers its envelope beside the app's fields", async () => {
  const body = await documentMap();
  expect(body.success).toBe(true);
  expect(body.map).toEqual(
    expect.objectContaining({
      id: body.id,
      name: expect.any(String),
      type: "dungeon",
      width: 20,
      height: 20,
      difficulty: "medium",
      image_url: `/api/assets/maps/${campaignId}/${body.id}/map.png`,
    }),
  );
  expect(body.map.scene_data).toEqual(
    expect.objectContaining({ walls: expect.any(Array), lights: expect.any(Array), grid: expect.anything() }),
  );
  expect(body.map.scene_data.walls.length).toBeGreaterThan(0);
  // The app's own page still reads its fields from the top level.
  expect(body).toMatchObject({
    campaignId,
    mapType: "dungeon",
    widthSquares: 20,
    heightSquares: 20,
    description: "a flooded crypt beneath the chapel",
    timings: expect.any(Object),
  });
  const missingType = await post(generateMap, dm.id, { campaign_id: campaignId, location_description: "somewhere" });
  expect(missingType.status).toBe(400);
  expect(JSON.stringify(missingType.body)).toContain("map type");
}, 30_000); // a map is laid out, drawn twice (DM and player pictures) and exported

test("the map's asset paths: PNG, scene JSON and metadata; the scene is the DM's, a stranger and another campaign get 404", async () => {
  const { id: mapId } = await documentMap();
  const params = { campaignId, mapId };
  const png = await get(mapPng, dm.id, params);
  expect(png.status).toBe(200);
  expect(png.headers.get("content-type")).toBe("image/png");
  expect((await sharp(png.buffer).metadata()).format).toBe("png");
  const scene = await get(mapJson, dm.id, params);
  expect(scene.status).toBe(200);
  expect(scene.body).toEqual(expect.objectContaining({ walls: expect.any(Array), width: expect.any(Number) }));
  const metadata = await get(mapMetadata, dm.id, params);
  expect(metadata.body).toMatchObject({
    id: mapId,
    type: "dungeon",
    width: 20,
    height: 20,
    campaign_id: campaignId,
    json_url: `/api/assets/maps/${campaignId}/${mapId}/map.json`,
  });
  expect(metadata.body.scene_data).toBeUndefined();

  for (const handler of [mapPng, mapJson, mapMetadata]) {
    expect((await get(handler, undefined, params)).status).toBe(401);
    expect((await get(handler, outsider.id, params)).status).toBe(404);
    // The DM-only map is hidden from the player until revealed.
    expect((await get(handler, player.id, params)).status).toBe(404);
    const elsewhere = (
      await prisma.campaign.create({
        data: { ownerId: dm.id, name: "Other", inviteCode: `o-${Date.now()}-${Math.random()}` },
      })
    ).id;
    expect((await get(handler, dm.id, { campaignId: elsewhere, mapId })).status).toBe(404);
    expect((await get(handler, dm.id, { campaignId, mapId: "not-an-id" })).status).toBe(404);
  }
  const map = await prisma.map.findUniqueOrThrow({ where: { id: mapId } });
  expect(
    (
      await call(setVisibility, {
        userId: dm.id,
        method: "PUT",
        path: "/api/visibility",
        body: { visibility: "party", items: [{ type: "map", id: mapId }] },
      })
    ).status,
  ).toBe(200);
  expect((await get(mapPng, player.id, params)).status).toBe(200);
  expect((await get(mapMetadata, player.id, params)).status).toBe(200);
  // Revealed or not, the scene holds the secret doors: players never get it.
  expect((await get(mapJson, player.id, params)).status).toBe(404);
  expect(map.campaignId).toBe(campaignId);
}, 30_000);

test("POST /api/generate/token takes {campaign_id, name, description}; the token's PNG and JSON paths", async () => {
  const made = await post(generateToken, dm.id, {
    campaign_id: campaignId,
    name: "Klarg",
    description: "a grizzled bugbear chief with a morningstar",
  });
  expect(made.status).toBe(201);
  expect(made.body.success).toBe(true);
  const { token } = made.body;
  expect(token).toEqual({
    id: made.body.id,
    name: "Klarg",
    image_url: `/api/assets/tokens/${campaignId}/${made.body.id}.png`,
    type: "character",
    npc_id: null,
    json_url: `/api/assets/tokens/${campaignId}/${made.body.id}.json`,
  });
  const png = await get(tokenFile, dm.id, { campaignId, file: `${token.id}.png` });
  expect(png.status).toBe(200);
  expect((await sharp(png.buffer).metadata()).format).toBe("png");
  const json = await get(tokenFile, dm.id, { campaignId, file: `${token.id}.json` });
  expect(json.body).toMatchObject({
    id: token.id,
    name: "Klarg",
    campaign_id: campaignId,
    npc_id: null,
    size: "MEDIUM",
  });
  for (const file of [`${token.id}.png`, `${token.id}.json`]) {
    expect((await get(tokenFile, undefined, { campaignId, file })).status).toBe(401);
    expect((await get(tokenFile, outsider.id, { campaignId, file })).status).toBe(404);
    expect((await get(tokenFile, player.id, { campaignId, file })).status).toBe(404);
  }
  for (const file of [`${token.id}.gif`, "nothing.png", `${token.id}`])
    expect((await get(tokenFile, dm.id, { campaignId, file })).status).toBe(404);
  const before = await tokenSnapshot();
  expect(
    (await post(generateToken, outsider.id, { campaign_id: campaignId, name: "x", description: "a sneaky thief" }))
      .status,
  ).toBe(404);
  expect((await post(generateToken, dm.id, { campaign_id: campaignId, name: "x" })).status).toBe(400);
  expect(await tokenSnapshot()).toEqual(before);
});

test("random generators answer the requirement's envelopes", async () => {
  const d = await get(dungeon, dm.id, {}, "/api/generate/random/dungeon?seed=crypt");
  expect(d.status).toBe(200);
  expect(d.body).toMatchObject({ success: true, width: 20, height: 20 });
  expect(d.body.layout).toMatchObject({ name: expect.any(String), width: 20, height: 20 });
  expect(d.body.layout.rooms.length).toBeGreaterThan(0);
  for (const room of d.body.layout.rooms)
    expect(room).toEqual(
      expect.objectContaining({ width: expect.any(Number), height: expect.any(Number), purpose: expect.any(String) }),
    );
  expect(d.body.layout.lights).toHaveLength(d.body.layout.rooms.length);
  d.body.layout.lights.forEach(
    (light: { x: number; y: number; radius: number; color: string; room: number }, index: number) => {
      const room = d.body.layout.rooms[index];
      expect(light).toEqual(
        expect.objectContaining({
          radius: expect.any(Number),
          color: expect.stringMatching(/^#[0-9a-f]{6}$/i),
          room: room.id,
        }),
      );
      expect(light.x).toBeGreaterThanOrEqual(room.x);
      expect(light.x).toBeLessThan(room.x + room.width);
      expect(light.y).toBeGreaterThanOrEqual(room.y);
      expect(light.y).toBeLessThan(room.y + room.height);
    },
  );

  const n = await get(randomNpc, dm.id, {}, "/api/generate/random/npc?seed=brother&alignment=LG");
  expect(n.body).toMatchObject({
    success: true,
    npc: {
      name: n.body.name,
      race: n.body.race,
      class: n.body.class,
      personality_trait: n.body.personality,
      alignment: "LG",
    },
  });

  const e = await get(encounter, dm.id, { partyLevel: "5" }, "/api/generate/random/encounter/5?seed=bog");
  expect(e.body.success).toBe(true);
  expect(e.body.encounter).toEqual({
    type: "combat",
    difficulty: "medium",
    creatures: e.body.monsterCount,
    estimated_cr: expect.any(Number),
    treasure: expect.any(String),
  });
  expect(e.body.encounter.creatures).toBe(
    e.body.monsters.reduce((sum: number, group: { count: number }) => sum + group.count, 0),
  );
  expect(e.body.encounter.estimated_cr).toBeGreaterThan(0);
  for (const [handler, params] of [
    [dungeon, {}],
    [randomNpc, {}],
    [encounter, { partyLevel: "5" }],
  ] as const)
    expect((await get(handler, undefined, params)).status).toBe(401);
});

test("NPCs: the DM saves the random NPC to the campaign, DM-only until revealed; tokens point at it; a batch by NPC ids", async () => {
  const rolled = (await get(randomNpc, dm.id, {}, "/api/generate/random/npc?seed=innkeeper")).body;
  const saved = await post(
    createNpc,
    dm.id,
    { ...rolled.npc, description: rolled.appearance, notes: "secretly a Zhentarim spy" },
    { id: campaignId },
  );
  expect(saved.status).toBe(201);
  const npc = saved.body;
  expect(npc).toMatchObject({
    name: rolled.name,
    race: rolled.race,
    class: rolled.class,
    personality: rolled.personality,
    alignment: rolled.alignment.code,
    visibility: "dm_only",
    notes: "secretly a Zhentarim spy",
    tokens: [],
  });

  expect((await get(listNpcs, player.id, { id: campaignId })).body.npcs).toEqual([]);
  expect((await get(getNpc, player.id, { id: campaignId, npcId: npc.id })).status).toBe(404);

  const tokenOfNpc = await post(generateToken, dm.id, { campaign_id: campaignId, npc_id: npc.id });
  expect(tokenOfNpc.status).toBe(201);
  expect(tokenOfNpc.body.token).toMatchObject({ name: rolled.name, npc_id: npc.id });
  const second = await post(
    createNpc,
    dm.id,
    { name: "Sildar Hallwinter", race: "human", class: "fighter", alignment: "NN", description: "a battered knight" },
    { id: campaignId },
  );
  expect(second.body.alignment).toBe("N");
  const batched = await post(batch, dm.id, { campaign_id: campaignId, npc_ids: [npc.id, second.body.id] });
  expect(batched.status).toBe(200);
  expect(batched.body).toMatchObject({ success: true, created: 2, failed: 0 });
  expect(batched.body.tokens.map((t: { npc_id: string }) => t.npc_id)).toEqual([npc.id, second.body.id]);

  const listed = (await get(listNpcs, dm.id, { id: campaignId })).body.npcs;
  expect(listed.map((row: { name: string; tokens: unknown[] }) => [row.name, row.tokens.length])).toEqual(
    [
      [rolled.name, 2],
      ["Sildar Hallwinter", 1],
    ].sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
  );

  // Revealed: the player sees it, without the DM's notes.
  await call(setVisibility, {
    userId: dm.id,
    method: "PUT",
    path: "/api/visibility",
    body: { visibility: "party", items: [{ type: "asset", id: npc.assetId }] },
  });
  const seen = await get(getNpc, player.id, { id: campaignId, npcId: npc.id });
  expect(seen.status).toBe(200);
  expect(seen.body.notes).toBe("");

  // Refused requests change nothing.
  const before = { npcs: await prisma.npc.findMany({ orderBy: { id: "asc" } }), ...(await tokenSnapshot()) };
  expect((await post(createNpc, undefined, { name: "x" }, { id: campaignId })).status).toBe(401);
  expect((await post(createNpc, outsider.id, { name: "x" }, { id: campaignId })).status).toBe(404);
  expect((await post(createNpc, player.id, { name: "x" }, { id: campaignId })).status).toBe(404);
  expect((await post(createNpc, dm.id, { name: "" }, { id: campaignId })).status).toBe(400);
  const patchAs = (userId: string | undefined) =>
    call(patchNpc, {
      userId,
      method: "PATCH",
      path: "/api/test",
      params: { id: campaignId, npcId: npc.id },
      body: { name: "Renamed" },
    });
  const deleteAs = (userId: string | undefined) =>
    call(deleteNpc, { userId, method: "DELETE", path: "/api/test", params: { id: campaignId, npcId: npc.id } });
  for (const [who, status] of [
    [undefined, 401],
    [outsider.id, 404],
    [player.id, 404],
  ] as const) {
    expect((await patchAs(who)).status).toBe(status);
    expect((await deleteAs(who)).status).toBe(status);
    expect((await get(listNpcs, who, { id: campaignId })).status).toBe(who === player.id ? 200 : status);
  }
  expect((await get(getNpc, outsider.id, { id: campaignId, npcId: npc.id })).status).toBe(404);
  expect((await post(generateToken, outsider.id, { campaign_id: campaignId, npc_id: npc.id })).status).toBe(404);
  const strangerBatch = await post(batch, outsider.id, { campaign_id: campaignId, npc_ids: [npc.id] });
  expect(strangerBatch.status).toBe(404);
  expect({ npcs: await prisma.npc.findMany({ orderBy: { id: "asc" } }), ...(await tokenSnapshot()) }).toEqual(before);

  expect((await patchAs(dm.id)).body.name).toBe("Renamed");
  expect((await deleteAs(dm.id)).status).toBe(204);
  // Its tokens stay, unlinked.
  expect(await prisma.token.count({ where: { name: rolled.name, npcId: null } })).toBe(2);
}, 30_000);
