// The characters requirement's fields: portrait_url and portrait_path on every portrait answer and
// character view, the voice (voice_id, voice_settings, voice_archetype) stored and editable, and
// POST /api/characters with campaign_id putting the character straight into that campaign.
import { createTestUser, resetDatabase } from "../support/db";
import { callRoute } from "../support/call-route";
import { prisma } from "@/lib/db/client";
import * as characters from "@/app/api/characters/route";
import * as character from "@/app/api/characters/[id]/route";
import { GET as roster } from "@/app/api/campaigns/[id]/roster/route";
import { POST as generatePortrait } from "@/app/api/characters/[id]/portrait/generate/route";
import { ensureBuiltinProfile } from "@/lib/profiles/ensure-builtin-profile";
import { stopGenerationWorker } from "@/lib/generation/worker";
import { withTempStorageRoot } from "../support/temp-storage-root";

withTempStorageRoot("characters-document-");
afterAll(() => stopGenerationWorker(5_000));
let dm: { id: string };
let player: { id: string };
let outsider: { id: string };
let campaignId: string;

beforeEach(async () => {
  await resetDatabase();
  [dm, player, outsider] = [await createTestUser(), await createTestUser(), await createTestUser()];
  campaignId = (
    await prisma.campaign.create({ data: { ownerId: dm.id, name: "Icewind Dale", inviteCode: `c-${Date.now()}` } })
  ).id;
  await prisma.campaignMember.createMany({
    data: [
      { campaignId, userId: dm.id, role: "DM" },
      { campaignId, userId: player.id, role: "PLAYER" },
    ],
  });
});

const voice = {
  voice_id: "eleven-adam",
  voice_settings: { stability: 0.4, style: "gruff", boost: true },
  voice_archetype: "gravelly old soldier",
};

test("POST /api/characters with campaign_id puts a member's new character into the campaign, voice and all", async () => {
  const made = await callRoute(characters.POST, {
    user: player,
    body: { name: "Bruenor", race: "Dwarf", character_class: "Fighter", campaign_id: campaignId, ...voice },
  });
  expect(made.status).toBe(201);
  expect(made.body).toMatchObject({ ...voice, portrait_url: null, portrait_path: null });
  const party = await callRoute(roster, { user: dm, params: { id: campaignId } });
  expect(party.body.characters).toEqual([
    expect.objectContaining({
      character_id: made.body.character_id,
      campaign_id: campaignId,
      ...voice,
      portrait_path: null,
    }),
  ]);
});

test("campaign_id of a campaign the caller is not in is a 404 and creates nothing", async () => {
  const before = await prisma.characterProfile.count();
  for (const id of [campaignId, "00000000-0000-4000-8000-000000000000"]) {
    const refused = await callRoute(characters.POST, {
      user: outsider,
      body: { name: "Drizzt", race: "dark-elf", character_class: "ranger", campaign_id: id },
    });
    expect(refused.status).toBe(404);
  }
  expect(
    (
      await callRoute(characters.POST, {
        user: null,
        body: { name: "Drizzt", race: "dark-elf", character_class: "ranger", campaign_id: campaignId },
      })
    ).status,
  ).toBe(401);
  expect(await prisma.characterProfile.count()).toBe(before);
  expect(await prisma.characterInfo.count()).toBe(0);
});

test("the voice is editable with PATCH and comes back on the character; a bad voice is a 400 that changes nothing", async () => {
  const made = (
    await callRoute(characters.POST, {
      user: player,
      body: { name: "Regis", race: "halfling", character_class: "rogue" },
    })
  ).body;
  expect(made).toMatchObject({ voice_id: null, voice_settings: {}, voice_archetype: null });
  const patched = await callRoute(character.PATCH, {
    user: player,
    method: "PATCH",
    params: { id: made.character_id },
    body: voice,
  });
  expect(patched.status).toBe(200);
  expect(patched.body).toMatchObject(voice);
  const row = await prisma.characterProfile.findUniqueOrThrow({ where: { id: made.character_id } });
  expect({ voiceId: row.voiceId, voiceSettings: row.voiceSettings, voiceArchetype: row.voiceArchetype }).toEqual({
    voiceId: voice.voice_id,
    voiceSettings: voice.voice_settings,
    voiceArchetype: voice.voice_archetype,
  });
  const bad = await callRoute(character.PATCH, {
    user: player,
    method: "PATCH",
    params: { id: made.character_id },
    body: { voice_settings: { nested: { deep: 1 } } },
  });
  expect(bad.status).toBe(400);
  expect((await callRoute(character.GET, { user: player, params: { id: made.character_id } })).body).toMatchObject(
    voice,
  );
  // Clearing with an empty string reads back as null.
  expect(
    (
      await callRoute(character.PATCH, {
        user: player,
        method: "PATCH",
        params: { id: made.character_id },
        body: { voice_id: "" },
      })
    ).body.voice_id,
  ).toBeNull();
});

test("a started portrait answers portrait_url and portrait_path as null (pending)", async () => {
  await ensureBuiltinProfile(player.id);
  const made = (
    await callRoute(characters.POST, {
      user: player,
      body: { name: "Wulfgar", race: "human", character_class: "barbarian" },
    })
  ).body;
  const started = await callRoute(generatePortrait, {
    user: player,
    method: "POST",
    params: { id: made.character_id },
    body: {},
  });
  expect(started.status).toBe(202);
  expect(started.body).toMatchObject({ generated: true, portrait_url: null, portrait_path: null });
});
