// The character and campaign routes against a real database and the real generation pipeline.
import { createTestUser, resetDatabase } from "../support/db";
import { callRoute } from "../support/call-route";
import { POST as createChar, GET as listChars } from "@/app/api/characters/route";
import { GET as getChar, PATCH as patchChar, DELETE as deleteChar } from "@/app/api/characters/[id]/route";
import { POST as generate } from "@/app/api/characters/[id]/portrait/generate/route";
import { GET as getPortrait } from "@/app/api/characters/[id]/portrait/route";
import { POST as selectPortrait } from "@/app/api/characters/[id]/portrait/select/route";
import { GET as pregenerated } from "@/app/api/characters/pregenerated/route";
import { POST as createCampaign } from "@/app/api/campaigns/route";
import { POST as join } from "@/app/api/campaigns/join/route";
import { GET as getCampaign } from "@/app/api/campaigns/[id]/route";
import { POST as leave } from "@/app/api/campaigns/[id]/leave/route";
import { PATCH as patchState, DELETE as removeChar } from "@/app/api/campaigns/[id]/characters/[characterId]/route";
import { GET as imageFile } from "@/app/api/images/[id]/file/route";
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
const snapshot = async () =>
  JSON.stringify(
    await Promise.all([
      prisma.characterProfile.findMany({ orderBy: { id: "asc" } }),
      prisma.characterInfo.findMany({ orderBy: { id: "asc" } }),
      prisma.campaign.findMany({ orderBy: { id: "asc" } }),
    ]),
  );

let player: { id: string }, dm: { id: string }, stranger: { id: string };
beforeAll(() => startGenerationWorker({ concurrency: 2 }));
beforeEach(async () => {
  await resetDatabase();
  [player, dm, stranger] = await Promise.all([createTestUser(), createTestUser(), createTestUser()]);
});
const newCharacter = (userId = player.id, extra = {}) =>
  call(createChar, userId, "POST", {}, { name: "Garrick", race: "Human", character_class: "Fighter", ...extra });

test("create applies the seed's defaults and list/get return the profile", async () => {
  const { status, body } = await newCharacter();
  expect(status).toBe(201);
  expect(body).toMatchObject({
    name: "Garrick",
    race: "human",
    character_class: "fighter",
    gender: "non-binary",
    build: "average",
    facial_expression: "determined",
    base_level: 1,
    has_portrait: false,
  });
  expect((await call(listChars, player.id, "GET")).body.characters).toHaveLength(1);
  expect((await call(listChars, stranger.id, "GET")).body.characters).toHaveLength(0);
  expect((await call(getChar, player.id, "GET", { id: body.character_id })).body).toMatchObject({
    is_owner: true,
    campaigns: [],
  });
});

test("anonymous 401, outsider 404 on every character route", async () => {
  const { body } = await newCharacter();
  const id = { id: body.character_id };
  for (const [handler, method, payload] of [
    [getChar, "GET"],
    [patchChar, "PATCH", { attire: "x" }],
    [deleteChar, "DELETE"],
    [generate, "POST", {}],
    [getPortrait, "GET"],
    [selectPortrait, "POST", { generation_id: crypto.randomUUID() }],
  ] as const) {
    expect((await call(handler as Handler, undefined, method, id, payload)).status).toBe(401);
    expect((await call(handler as Handler, stranger.id, method, id, payload)).status).toBe(404);
  }
  expect((await call(getChar, player.id, "GET", { id: "not-a-uuid" })).status).toBe(404);
  expect((await call(listChars, undefined, "GET")).status).toBe(401);
});

test("bad inputs are 400 and change nothing", async () => {
  const { body } = await newCharacter();
  const before = await snapshot();
  for (const bad of [
    { name: "A", race: "Kobold", character_class: "fighter" },
    { name: "x".repeat(81), race: "human", character_class: "fighter" },
    { name: 5, race: "human", character_class: "fighter" },
    { name: "A", race: "human", character_class: "fighter", wings: true },
    "{nope",
  ]) {
    expect((await call(createChar, player.id, "POST", {}, bad)).status).toBe(400);
  }
  for (const bad of [{ race: "Kobold" }, { attire: "x".repeat(301) }, { base_level: "3" }, { build: "huge" }]) {
    expect((await call(patchChar, player.id, "PATCH", { id: body.character_id }, bad)).status).toBe(400);
  }
  expect((await call(generate, player.id, "POST", { id: body.character_id }, { variations: 5 })).status).toBe(400);
  expect(await snapshot()).toBe(before);
});

test("portrait: generate, history, regenerate variations, select, prompt stored", async () => {
  const { body } = await newCharacter(player.id, { attire: "steel breastplate", portrait_style: "ink" });
  const id = { id: body.character_id };
  const first = await call(generate, player.id, "POST", id, {});
  expect(first.status).toBe(202);
  expect(first.body.raw_prompt).toMatch(/^Garrick, determined, non-binary, Human, Fighter/);
  expect(first.body.prompt_used).toMatch(/^Ink and wash/);
  const done = await waitFor(
    () => call(getPortrait, player.id, "GET", id),
    (r) => r.body.has_portrait && !r.body.in_progress,
    20_000,
  );
  expect(done.body.current.prompt_used).toBe(first.body.prompt_used);
  // Without regenerate the existing portrait is returned as it is.
  expect((await call(generate, player.id, "POST", id, {})).body.generated).toBe(false);
  await call(patchChar, player.id, "PATCH", id, { attire: "fur cloak" });
  const again = await call(generate, player.id, "POST", id, {
    regenerate: true,
    variations: 2,
    custom_prompt_additions: "snowy",
  });
  expect(again.body.generations).toHaveLength(2);
  expect(again.body.raw_prompt).toContain("wearing fur cloak");
  const after = await waitFor(
    () => call(getPortrait, player.id, "GET", id),
    (r) => r.body.history.length === 3 && !r.body.in_progress,
    20_000,
  );
  const pick = after.body.history.find(
    (h: { generation_id: string }) => h.generation_id === again.body.generations[1].id,
  );
  expect(pick.enhanced_prompt).toBeTruthy();
  const selected = await call(selectPortrait, player.id, "POST", id, { generation_id: pick.generation_id });
  expect(selected.body.current.generation_id).toBe(pick.generation_id);
  // The party sees the portrait through the image route once the character joins; strangers do not.
  const imageId = { id: selected.body.current.image_id };
  expect((await call(imageFile, dm.id, "GET", imageId)).status).toBe(404);
  const campaign = (await call(createCampaign, dm.id, "POST", {}, { name: "Party" })).body;
  await call(join, player.id, "POST", {}, { invite_code: campaign.invite_code, character_id: body.character_id });
  const seen = await call(imageFile, dm.id, "GET", imageId);
  expect(seen.status).toBe(200);
  expect((await call(imageFile, stranger.id, "GET", imageId)).status).toBe(404);
}, 60_000);

test("campaigns: create, join, roster, DM edits state, member reads, player cannot edit, leave and remove", async () => {
  const { body: character } = await newCharacter();
  const campaign = (await call(createCampaign, dm.id, "POST", {}, { name: "Curse of Strahd" })).body;
  expect(campaign.invite_code).toMatch(/^[A-Z0-9]{8}$/);
  const cid = { id: campaign.campaign_id };
  expect((await call(getCampaign, player.id, "GET", cid)).status).toBe(404);
  expect(
    (
      await call(
        join,
        player.id,
        "POST",
        {},
        { invite_code: campaign.invite_code, character_id: character.character_id },
      )
    ).status,
  ).toBe(201);
  expect(
    (
      await call(
        join,
        player.id,
        "POST",
        {},
        { invite_code: campaign.invite_code, character_id: character.character_id },
      )
    ).status,
  ).toBe(409);
  expect(
    (
      await call(
        join,
        stranger.id,
        "POST",
        {},
        { invite_code: campaign.invite_code, character_id: character.character_id },
      )
    ).status,
  ).toBe(404);
  const roster = (await call(getCampaign, dm.id, "GET", cid)).body.roster;
  expect(roster[0]).toMatchObject({ name: "Garrick", hit_points_current: 10, level: 1 });
  const both = { id: campaign.campaign_id, characterId: character.character_id };
  expect((await call(patchState, player.id, "PATCH", both, { hit_points_current: 99 })).status).toBe(404);
  expect((await call(patchState, stranger.id, "PATCH", both, { hit_points_current: 99 })).status).toBe(404);
  expect((await call(patchState, undefined, "PATCH", both, { hit_points_current: 99 })).status).toBe(401);
  expect((await call(patchState, dm.id, "PATCH", both, { hit_points_current: "lots" })).status).toBe(400);
  expect(
    (
      await call(patchState, dm.id, "PATCH", both, {
        hit_points_current: 4,
        status: "wounded",
        inventory: [{ name: "rope", quantity: 1 }],
      })
    ).body,
  ).toMatchObject({ hit_points_current: 4, status: "wounded" });
  const sheet = (await call(getChar, player.id, "GET", { id: character.character_id })).body;
  expect(sheet.campaigns[0]).toMatchObject({ campaign_name: "Curse of Strahd", hit_points_current: 4 });
  // The DM sees the character (campaign member view), a stranger does not.
  expect((await call(getChar, dm.id, "GET", { id: character.character_id })).body.is_owner).toBe(false);
  await call(patchChar, player.id, "PATCH", { id: character.character_id }, { attire: "red cloak" });
  expect((await call(getCampaign, dm.id, "GET", cid)).body.roster[0].attire).toBe("red cloak");
  expect((await call(leave, dm.id, "POST", cid)).status).toBe(409);
  expect((await call(leave, player.id, "POST", cid)).status).toBe(204);
  expect((await call(getCampaign, player.id, "GET", cid)).status).toBe(404);
  await call(
    join,
    player.id,
    "POST",
    {},
    { invite_code: campaign.invite_code.toLowerCase(), character_id: character.character_id },
  );
  expect((await call(removeChar, player.id, "DELETE", both)).status).toBe(404);
  expect((await call(removeChar, dm.id, "DELETE", both)).status).toBe(204);
  expect(await prisma.characterInfo.count()).toBe(0);
});

test("pregenerated characters: at least eight, complete, and a character can start from one", async () => {
  const { body } = await call(pregenerated, player.id, "GET");
  expect(body.characters.length).toBeGreaterThanOrEqual(8);
  for (const template of body.characters)
    for (const field of [
      "race",
      "character_class",
      "gender",
      "age_category",
      "build",
      "facial_expression",
      "attire",
      "pose",
      "backstory",
    ])
      expect(template[field]).toBeTruthy();
  const created = await call(
    createChar,
    player.id,
    "POST",
    {},
    { name: "My Pip", race: "halfling", character_class: "rogue", template_slug: "pip-tumbleweed" },
  );
  expect(created.body).toMatchObject({
    name: "My Pip",
    attire: "patched leather jerkin with many pockets",
    template_slug: "pip-tumbleweed",
  });
});
