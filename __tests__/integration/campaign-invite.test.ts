// Membership: the DM rotates the invite code; the old code stops working, so a player the DM
// removed cannot rejoin with it, while the new code lets players in.
import { createTestUser, resetDatabase } from "../support/db";
import { callRoute } from "../support/call-route";
import { POST as createCampaign } from "@/app/api/campaigns/route";
import { POST as join } from "@/app/api/campaigns/join/route";
import { POST as rotate } from "@/app/api/campaigns/[id]/invite/route";
import { DELETE as removeCharacter } from "@/app/api/campaigns/[id]/characters/[characterId]/route";
import { prisma } from "@/lib/db/client";

beforeEach(resetDatabase);

const character = (ownerId: string, name: string) =>
  prisma.characterProfile.create({ data: { ownerId, name, race: "Human", characterClass: "Fighter" } });

test("rotating the invite code locks out the old code; a removed player cannot rejoin with it", async () => {
  const [dm, player, newcomer] = [await createTestUser(), await createTestUser(), await createTestUser()];
  const made = await callRoute(createCampaign, { user: dm, body: { name: "Curse of Strahd" } });
  const { campaign_id: id, invite_code: oldCode } = made.body;
  const hero = await character(player.id, "Ireena");
  expect((await callRoute(join, { user: player, body: { invite_code: oldCode, character_id: hero.id } })).status).toBe(
    201,
  );

  // Only the DM rotates; a player and a stranger get 404, and the code stays.
  for (const who of [player, newcomer])
    expect((await callRoute(rotate, { user: who, method: "POST", params: { id } })).status).toBe(404);
  expect((await callRoute(rotate, { method: "POST", params: { id } })).status).toBe(401);
  expect((await prisma.campaign.findUniqueOrThrow({ where: { id } })).inviteCode).toBe(oldCode);

  expect(
    (await callRoute(removeCharacter, { user: dm, method: "DELETE", params: { id, characterId: hero.id } })).status,
  ).toBe(204);
  const rotated = await callRoute(rotate, { user: dm, method: "POST", params: { id } });
  expect(rotated.status).toBe(200);
  const newCode = rotated.body.invite_code;
  expect(newCode).toMatch(/^[A-Z2-9]{8}$/);
  expect(newCode).not.toBe(oldCode);

  const rejoin = await callRoute(join, { user: player, body: { invite_code: oldCode, character_id: hero.id } });
  expect(rejoin.status).toBe(404);
  expect(await prisma.campaignMember.count({ where: { campaignId: id, userId: player.id } })).toBe(0);
  const other = await character(newcomer.id, "Ismark");
  expect(
    (await callRoute(join, { user: newcomer, body: { invite_code: newCode, character_id: other.id } })).status,
  ).toBe(201);
});
