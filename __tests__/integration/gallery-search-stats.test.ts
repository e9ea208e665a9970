// First: it points DATABASE_URL at this Jest worker's own database.
import { createTestUser, resetDatabase } from "../support/db";
import { withTempStorageRoot } from "../support/temp-storage-root";
import * as search from "@/app/api/v1/projects/[projectId]/assets/search/route";
import * as tags from "@/app/api/v1/projects/[projectId]/tags/route";
import * as stats from "@/app/api/v1/projects/[projectId]/stats/route";
import { prisma } from "@/lib/db/client";
import { call, createAsset, createCampaign, createGenerationWithImage } from "./gallery-helpers";

withTempStorageRoot("gallery-stats-");
beforeEach(resetDatabase);

const searchAs = (who: { id: string } | null, project: string, qs: string) =>
  call(search.GET, who, `/api/v1/projects/${project}/assets/search${qs}`, { params: { projectId: project } });

describe("GET /projects/{id}/assets/search", () => {
  it("fuzzy-matches a misspelled name and ranks the closer match first", async () => {
    const user = await createTestUser();
    await createAsset(user.id, { name: "Thorn the Ranger" });
    await createAsset(user.id, { name: "Thorin Oakenshield" });
    await createAsset(user.id, { name: "Goblin Shaman" });
    const exact = await searchAs(user, "personal", "?q=Thorin%20Okenshield");
    expect(exact.body.total).toBe(0);
    const fuzzy = await searchAs(user, "personal", "?q=Thorin%20Okenshield&fuzzy=true");
    expect(fuzzy.status).toBe(200);
    expect(fuzzy.body.assets[0]).toMatchObject({ name: "Thorin Oakenshield", score: expect.any(Number) });
    expect(fuzzy.body.assets.map((a: { name: string }) => a.name)).not.toContain("Goblin Shaman");
    const scores = fuzzy.body.assets.map((a: { score: number }) => a.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  it("searches the chosen fields with full-text prefix matching, and pages", async () => {
    const user = await createTestUser();
    await createAsset(user.id, {
      name: "Crypt",
      description: "undead catacombs beneath the chapel",
      tags: ["dungeon"],
    });
    await createAsset(user.id, { name: "Undead king", tags: ["boss"] });
    await createAsset(user.id, { name: "Forest", tags: ["dungeon-adjacent"] });
    const names = async (qs: string) =>
      (await searchAs(user, "personal", qs)).body.assets.map((a: { name: string }) => a.name).sort();
    expect(await names("?q=undead")).toEqual(["Crypt", "Undead king"]);
    expect(await names("?q=undead&fields=name")).toEqual(["Undead king"]);
    expect(await names("?q=catacomb&fields=description")).toEqual(["Crypt"]);
    expect(await names("?q=dungeon&fields=tags")).toEqual(["Crypt", "Forest"]);
    const page = await searchAs(user, "personal", "?q=undead&limit=1&offset=1");
    expect(page.body).toMatchObject({ total: 2, limit: 1, offset: 1, has_more: false });
    expect((await searchAs(user, "personal", "?q=")).status).toBe(400);
    expect((await searchAs(user, "personal", "?q=x&fields=color")).status).toBe(400);
  });

  it("scopes search to the project: outsider 404, anonymous 401", async () => {
    const [dm, player, outsider] = [await createTestUser(), await createTestUser(), await createTestUser()];
    const campaign = await createCampaign(dm, [player]);
    await createAsset(dm.id, { name: "Citadel", campaignId: campaign.id, revealed: true });
    await createAsset(dm.id, { name: "Citadel vault (hidden from players)", campaignId: campaign.id });
    await createAsset(outsider.id, { name: "Citadel of outsider" });
    expect(
      (await searchAs(player, campaign.id, "?q=citadel")).body.assets.map((a: { name: string }) => a.name),
    ).toEqual(["Citadel"]);
    expect((await searchAs(outsider, campaign.id, "?q=citadel")).status).toBe(404);
    expect((await searchAs(null, campaign.id, "?q=citadel")).status).toBe(401);
  });
});

describe("project tags and statistics", () => {
  it("counts tags per project", async () => {
    const [user, other] = [await createTestUser(), await createTestUser()];
    await createAsset(user.id, { tags: ["character", "environment"] });
    await createAsset(user.id, { tags: ["character"] });
    await createAsset(other.id, { tags: ["character"] });
    const result = await call(tags.GET, user, "", { params: { projectId: "personal" } });
    expect(result.body).toEqual({
      tags: [
        { name: "character", count: 2 },
        { name: "environment", count: 1 },
      ],
    });
    expect((await call(tags.GET, null, "", { params: { projectId: "personal" } })).status).toBe(401);
  });

  it("reports totals, statuses, storage, tags, 30 daily trends and models", async () => {
    const [dm, player, outsider] = [await createTestUser(), await createTestUser(), await createTestUser()];
    const campaign = await createCampaign(dm, [player]);
    const asset = await createAsset(dm.id, { campaignId: campaign.id, tags: ["character", "item"], revealed: true });
    await createAsset(dm.id, { campaignId: campaign.id, tags: ["character"], revealed: true });
    const done = await createGenerationWithImage(dm.id, asset.id, { model: "DreamShaper_v7", campaignId: campaign.id });
    await createGenerationWithImage(dm.id, asset.id, { model: "DreamShaper_v7", campaignId: campaign.id });
    await prisma.generation.create({
      data: {
        ownerId: dm.id,
        assetId: asset.id,
        status: "FAILED",
        providerKind: "BUILTIN",
        model: "Realistic_Vision_V5.1",
        prompt: "x",
      },
    });
    await prisma.generation.create({
      data: {
        ownerId: dm.id,
        assetId: asset.id,
        status: "COMPLETED",
        providerKind: "BUILTIN",
        prompt: "x",
        createdAt: new Date(Date.now() - 40 * 86_400_000),
      },
    });
    const result = await call(stats.GET, player, "", { params: { projectId: campaign.id } });
    expect(result.status).toBe(200);
    expect(result.body).toMatchObject({
      total_assets: 2,
      total_generations: 4,
      generations_by_status: { completed: 3, failed: 1 },
      storage_used: done.image.bytes * 2,
      most_used_tags: ["character", "item"],
      generation_trends: { models_used: { DreamShaper_v7: 2, "Realistic_Vision_V5.1": 1, BUILTIN: 1 } },
    });
    const daily = result.body.generation_trends.daily;
    expect(daily).toHaveLength(30);
    expect(daily.at(-1)).toMatchObject({
      date: new Date().toISOString().slice(0, 10),
      total: 3,
      completed: 2,
      failed: 1,
    });
    expect(daily.reduce((sum: number, day: { total: number }) => sum + day.total, 0)).toBe(3);
    expect((await call(stats.GET, outsider, "", { params: { projectId: campaign.id } })).status).toBe(404);
  });
});
