// The campaign the maps and tokens pages start on when opened from the navigation: the DM's
// most recently changed campaign; never one they only play in, never another user's.
import { createTestUser, resetDatabase } from "../support/db";
import { latestDmCampaignId } from "@/lib/campaigns/latest-dm-campaign";
import { prisma } from "@/lib/db/client";
import { createCampaign } from "./gallery-helpers";

beforeEach(resetDatabase);

const touch = (id: string, at: string) => prisma.campaign.update({ where: { id }, data: { updatedAt: new Date(at) } });

test("a user who runs no campaign starts with none, even as a player in one", async () => {
  const [dm, player] = [await createTestUser(), await createTestUser()];
  await createCampaign(dm, [player]);
  expect(await latestDmCampaignId(player.id)).toBeUndefined();
});

test("the only campaign a DM runs is the one", async () => {
  const dm = await createTestUser();
  const only = await createCampaign(dm);
  expect(await latestDmCampaignId(dm.id)).toBe(only.id);
});

test("of several, the one changed last; a newer campaign the user plays in, or someone else's, does not count", async () => {
  const [dm, other] = [await createTestUser(), await createTestUser()];
  const older = await createCampaign(dm);
  const recent = await createCampaign(dm);
  const played = await createCampaign(other, [dm]);
  const othersOwn = await createCampaign(other);
  await touch(recent.id, "2026-03-01T10:00:00Z");
  await touch(older.id, "2026-01-01T10:00:00Z");
  await touch(played.id, "2026-06-01T10:00:00Z");
  await touch(othersOwn.id, "2026-06-02T10:00:00Z");
  expect(await latestDmCampaignId(dm.id)).toBe(recent.id);
  await touch(older.id, "2026-04-01T10:00:00Z");
  expect(await latestDmCampaignId(dm.id)).toBe(older.id);
});
