// Campaign routes: who may do what (owner/DM, member, outsider 404, anonymous 401), bad input,
// "generate missing portraits", and a custom portrait upload.
import { createTestUser, resetDatabase } from "../support/db";
import { callRoute } from "../support/call-route";
import sharp from "sharp";
import { POST as createChar } from "@/app/api/characters/route";
import { GET as getPortrait } from "@/app/api/characters/[id]/portrait/route";
import { POST as upload } from "@/app/api/characters/[id]/portrait/upload/route";
import { GET as listCampaigns, POST as createCampaign } from "@/app/api/campaigns/route";
import { POST as join } from "@/app/api/campaigns/join/route";
import { GET as getCampaign } from "@/app/api/campaigns/[id]/route";
import { GET as roster } from "@/app/api/campaigns/[id]/roster/route";
import { POST as leave } from "@/app/api/campaigns/[id]/leave/route";
import { POST as generateMissing } from "@/app/api/campaigns/[id]/portraits/generate-missing/route";
import { prisma } from "@/lib/db/client";
import { startGenerationWorker } from "@/lib/generation/worker";
import { setupGenerationEnvironment, waitFor } from "./generation-helpers";

setupGenerationEnvironment();
type Handler = Parameters<typeof callRoute>[0];
const call = (
  handler: Handler,
  userId: string | undefined,
  method: string,
  params: Record<string, string> = {},
  body?: unknown,
) => callRoute(handler, { user: userId, method, params, body });

let player: { id: string }, dm: { id: string }, stranger: { id: string };
let campaign: { campaign_id: string; invite_code: string };
let characterId: string;
beforeAll(() => startGenerationWorker({ concurrency: 2 }));
beforeEach(async () => {
  await resetDatabase();
  [player, dm, stranger] = await Promise.all([createTestUser(), createTestUser(), createTestUser()]);
  campaign = (await call(createCampaign, dm.id, "POST", {}, { name: "Tomb" })).body;
  characterId = (
    await call(createChar, player.id, "POST", {}, { name: "Vex", race: "tiefling", character_class: "rogue" })
  ).body.character_id;
  await call(join, player.id, "POST", {}, { invite_code: campaign.invite_code, character_id: characterId });
});

test("list, get and roster: DM and member see it, outsider 404, anonymous 401", async () => {
  const id = { id: campaign.campaign_id };
  for (const handler of [getCampaign, roster]) {
    expect((await call(handler, dm.id, "GET", id)).status).toBe(200);
    expect((await call(handler, player.id, "GET", id)).status).toBe(200);
    expect((await call(handler, stranger.id, "GET", id)).status).toBe(404);
    expect((await call(handler, undefined, "GET", id)).status).toBe(401);
  }
  expect((await call(getCampaign, player.id, "GET", id)).body.invite_code).toBeNull(); // only the DM sees the code
  expect((await call(listCampaigns, stranger.id, "GET")).body.campaigns).toEqual([]);
  expect((await call(listCampaigns, player.id, "GET")).body.campaigns).toHaveLength(1);
  expect((await call(roster, dm.id, "GET", id)).body.characters[0]).toMatchObject({
    character_id: characterId,
    name: "Vex",
    hit_points_max: 10,
    armor_class: 10,
  });
  expect((await call(leave, stranger.id, "POST", id)).status).toBe(404);
  expect((await call(leave, undefined, "POST", id)).status).toBe(401);
});

test("bad input is 400 and changes nothing", async () => {
  const before = await prisma.campaign.count();
  for (const body of [{ name: "" }, { name: "x".repeat(101) }, { name: 7 }, { name: "ok", secret: true }]) {
    expect((await call(createCampaign, dm.id, "POST", {}, body)).status).toBe(400);
  }
  expect((await call(join, player.id, "POST", {}, { invite_code: "!!", character_id: characterId })).status).toBe(400);
  expect((await call(join, player.id, "POST", {}, { invite_code: "ZZZZZZZZ", character_id: characterId })).status).toBe(
    404,
  );
  expect(await prisma.campaign.count()).toBe(before);
  expect(await prisma.characterInfo.count()).toBe(1);
});

test("generate missing portraits: DM only, one batch per character without a portrait", async () => {
  const id = { id: campaign.campaign_id };
  expect((await call(generateMissing, player.id, "POST", id)).status).toBe(404);
  expect((await call(generateMissing, stranger.id, "POST", id)).status).toBe(404);
  expect((await call(generateMissing, undefined, "POST", id)).status).toBe(401);
  const started = await call(generateMissing, dm.id, "POST", id);
  expect(started.status).toBe(202);
  expect(started.body.started.map((s: { character_id: string }) => s.character_id)).toEqual([characterId]);
  const done = await waitFor(
    () => call(roster, dm.id, "GET", id),
    (r) => r.body.characters[0].has_portrait,
    20_000,
  );
  expect(done.body.characters[0].portrait_url).toMatch(/^\/api\/images\//);
  // The player sees it on their character too, and nothing is left to generate.
  expect((await call(getPortrait, player.id, "GET", { id: characterId })).body.has_portrait).toBe(true);
  expect((await call(generateMissing, dm.id, "POST", id)).body.started).toEqual([]);
}, 30_000);

test("a custom upload becomes the current portrait (owner only)", async () => {
  const png = await sharp({ create: { width: 64, height: 80, channels: 3, background: "#884422" } })
    .png()
    .toBuffer();
  const send = async (userId: string) => {
    const form = new FormData();
    form.set("file", new Blob([new Uint8Array(png)], { type: "image/png" }), "me.png");
    return callRoute(upload, { user: userId, method: "POST", form, params: { id: characterId } });
  };
  expect((await send(stranger.id)).status).toBe(404);
  expect((await send(dm.id)).status).toBe(404);
  const { status, body } = await send(player.id);
  expect(status).toBe(201);
  expect(body).toMatchObject({ has_portrait: true, history: [{ status: "COMPLETED", is_current: true }] });
});
