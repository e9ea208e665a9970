// First: it points DATABASE_URL at this Jest worker's own database.
import { createTestUser, resetDatabase } from "../support/db";
import { withTempStorageRoot } from "../support/temp-storage-root";
import * as projectAssets from "@/app/api/v1/projects/[projectId]/assets/route";
import * as bulk from "@/app/api/v1/projects/[projectId]/assets/bulk/route";
import * as oneAsset from "@/app/api/v1/assets/[assetId]/route";
import * as bulkTags from "@/app/api/v1/assets/bulk/tags/route";
import { prisma } from "@/lib/db/client";
import { call, createAsset, createCampaign, createGenerationWithImage, fileExists } from "./gallery-helpers";

withTempStorageRoot("assets-api-");
beforeEach(resetDatabase);

const list = (who: { id: string } | null, project: string, qs = "") =>
  call(projectAssets.GET, who, `/api/v1/projects/${project}/assets${qs}`, { params: { projectId: project } });

describe("GET /api/v1/projects/{project}/assets", () => {
  it("pages with limit/offset, total and has_more, including the edges", async () => {
    const user = await createTestUser();
    for (let i = 0; i < 5; i++)
      await createAsset(user.id, { name: `Asset ${i}`, createdAt: new Date(Date.UTC(2026, 0, i + 1)) });
    const first = await list(user, "personal", "?limit=2");
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ total: 5, limit: 2, offset: 0, has_more: true });
    expect(first.body.assets.map((a: { name: string }) => a.name)).toEqual(["Asset 4", "Asset 3"]);
    const last = await list(user, "personal", "?limit=2&offset=4");
    expect(last.body).toMatchObject({ total: 5, has_more: false });
    expect(last.body.assets).toHaveLength(1);
    const beyond = await list(user, "personal", "?limit=2&offset=10");
    expect(beyond.body).toMatchObject({ total: 5, assets: [], has_more: false });
    expect((await list(user, "personal", "?limit=0")).status).toBe(400);
    expect((await list(user, "personal", "?limit=201")).status).toBe(400);
    expect((await list(user, "personal", "?offset=-1")).status).toBe(400);
  });

  it("filters by search, tags, has_generations and dates, and sorts", async () => {
    const user = await createTestUser();
    const dragon = await createAsset(user.id, {
      name: "Red Dragon",
      description: "ancient wyrm",
      tags: ["monster", "fire"],
      createdAt: new Date("2026-03-01T00:00:00Z"),
    });
    await createAsset(user.id, {
      name: "Elf Ranger",
      tags: ["character"],
      createdAt: new Date("2026-02-01T00:00:00Z"),
    });
    await createAsset(user.id, { name: "Zombie", tags: ["monster"], createdAt: new Date("2026-01-01T00:00:00Z") });
    await createGenerationWithImage(user.id, dragon.id);
    await createGenerationWithImage(user.id, dragon.id);
    const names = async (qs: string) =>
      (await list(user, "personal", qs)).body.assets.map((a: { name: string }) => a.name);
    expect(await names("?search=WYRM")).toEqual(["Red Dragon"]);
    expect(await names("?tags=monster")).toEqual(["Red Dragon", "Zombie"]);
    expect(await names("?tags=monster,fire")).toEqual(["Red Dragon"]);
    expect(await names("?has_generations=true")).toEqual(["Red Dragon"]);
    expect(await names("?has_generations=false&sort_by=name&sort_order=asc")).toEqual(["Elf Ranger", "Zombie"]);
    expect(await names("?created_after=2026-01-15T00:00:00Z&created_before=2026-02-15T00:00:00Z")).toEqual([
      "Elf Ranger",
    ]);
    expect(await names("?sort_by=generation_count&sort_order=desc&limit=1")).toEqual(["Red Dragon"]);
    const [view] = (await list(user, "personal", "?tags=fire")).body.assets;
    expect(view).toMatchObject({
      project_id: "personal",
      total_generations: 2,
      tags: ["monster", "fire"],
      thumbnail: `/api/v1/assets/${dragon.id}/thumbnail`,
    });
    expect(view.file_size).toBeGreaterThan(0);
  });

  it("lets campaign members list a campaign project; outsiders get 404, anonymous 401", async () => {
    const [dm, player, outsider] = [await createTestUser(), await createTestUser(), await createTestUser()];
    const campaign = await createCampaign(dm, [player]);
    await createAsset(dm.id, { name: "Citadel map", campaignId: campaign.id, kind: "MAP", revealed: true });
    await createAsset(dm.id, { name: "DM private" });
    expect((await list(dm, campaign.id)).body.total).toBe(1);
    expect((await list(player, campaign.id)).body.assets[0]).toMatchObject({
      name: "Citadel map",
      project_id: campaign.id,
      kind: "map",
    });
    expect((await list(outsider, campaign.id)).status).toBe(404);
    expect((await list(player, "personal")).body.total).toBe(0);
    expect((await list(null, campaign.id)).status).toBe(401);
    expect((await list(outsider, "not-a-project")).status).toBe(404);
  });
});

describe("asset create, get, update, delete", () => {
  it("creates, reads with generations, updates and enforces access", async () => {
    const [owner, player, outsider] = [await createTestUser(), await createTestUser(), await createTestUser()];
    const campaign = await createCampaign(owner, [player]);
    const created = await call(projectAssets.POST, owner, `/api/v1/projects/${campaign.id}/assets`, {
      method: "POST",
      params: { projectId: campaign.id },
      body: {
        name: "Main Character Portrait",
        description: "Epic",
        tags: ["character", "fantasy"],
        metadata: { a: 1 },
      },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      name: "Main Character Portrait",
      project_id: campaign.id,
      tags: ["character", "fantasy"],
      metadata: { a: 1 },
      total_generations: 0,
      thumbnail: null,
    });
    const id = created.body.id;
    await createGenerationWithImage(owner.id, id, { campaignId: campaign.id });
    expect((await call(oneAsset.GET, player, `/api/v1/assets/${id}`, { params: { assetId: id } })).status).toBe(404); // DM-only until revealed
    await prisma.asset.update({ where: { id }, data: { visibility: "PARTY" } });
    const get = (who: { id: string } | null, qs = "") =>
      call(oneAsset.GET, who, `/api/v1/assets/${id}${qs}`, { params: { assetId: id } });
    expect((await get(owner)).body.generations).toHaveLength(1);
    expect((await get(player)).body.generations[0]).toMatchObject({
      status: "completed",
      format: "png",
      dimensions: { width: 64, height: 48 },
    });
    expect((await get(owner, "?include_generations=false")).body.generations).toBeUndefined();
    expect((await get(outsider)).status).toBe(404);
    expect((await get(null)).status).toBe(401);

    const put = (who: { id: string }, body: unknown) =>
      call(oneAsset.PUT, who, `/api/v1/assets/${id}`, { method: "PUT", params: { assetId: id }, body });
    const updated = await put(owner, { name: "Updated Asset Name", tags: ["updated", "tags"] });
    expect(updated.body).toMatchObject({ name: "Updated Asset Name", description: "Epic", tags: ["updated", "tags"] });
    expect((await put(player, { name: "hijack" })).status).toBe(404);
    expect((await put(outsider, { name: "hijack" })).status).toBe(404);
    expect((await put(owner, { name: "" })).status).toBe(400);
  });

  it("refuses to delete an asset with generations without force, then deletes rows and files with it", async () => {
    const [owner, outsider] = [await createTestUser(), await createTestUser()];
    const asset = await createAsset(owner.id);
    const { image } = await createGenerationWithImage(owner.id, asset.id);
    const del = (who: { id: string } | null, qs = "") =>
      call(oneAsset.DELETE, who, `/api/v1/assets/${asset.id}${qs}`, {
        method: "DELETE",
        params: { assetId: asset.id },
      });
    expect((await del(owner)).status).toBe(409);
    expect((await del(outsider, "?force=true")).status).toBe(404);
    expect((await del(null, "?force=true")).status).toBe(401);
    expect(await fileExists(image.path)).toBe(true);
    expect((await del(owner, "?force=true")).status).toBe(204);
    expect(await prisma.asset.count()).toBe(0);
    expect(await prisma.generation.count()).toBe(0);
    expect(await prisma.image.count()).toBe(0);
    expect(await fileExists(image.path)).toBe(false);
    const empty = await createAsset(owner.id);
    expect(
      (
        await call(oneAsset.DELETE, owner, `/api/v1/assets/${empty.id}`, {
          method: "DELETE",
          params: { assetId: empty.id },
        })
      ).status,
    ).toBe(204);
  });
});

describe("bulk operations", () => {
  it("creates many with per-item failures", async () => {
    const user = await createTestUser();
    const result = await call(bulk.POST, user, "/api/v1/projects/personal/assets/bulk", {
      method: "POST",
      params: { projectId: "personal" },
      body: {
        assets: [{ name: "Asset 1", tags: ["tag1"] }, { name: "" }, { name: "Asset 2", description: "Description 2" }],
      },
    });
    expect(result.status).toBe(201);
    expect(result.body.created.map((a: { name: string }) => a.name)).toEqual(["Asset 1", "Asset 2"]);
    expect(result.body.failed).toEqual([{ index: 1, error: expect.stringContaining("name") }]);
  });

  it("deletes many with force semantics and reasons per failed item", async () => {
    const [user, other] = [await createTestUser(), await createTestUser()];
    const plain = await createAsset(user.id);
    const withDone = await createAsset(user.id);
    await createGenerationWithImage(user.id, withDone.id);
    const running = await createAsset(user.id);
    await prisma.generation.create({
      data: { ownerId: user.id, assetId: running.id, status: "GENERATING", providerKind: "BUILTIN", prompt: "x" },
    });
    const foreign = await createAsset(other.id);
    const run = (force: boolean, ids: string[]) =>
      call(bulk.DELETE, user, "/api/v1/projects/personal/assets/bulk", {
        method: "DELETE",
        params: { projectId: "personal" },
        body: { asset_ids: ids, force },
      });
    const soft = await run(false, [plain.id, withDone.id, running.id, foreign.id, "nope"]);
    expect(soft.body.deleted).toEqual([plain.id]);
    expect(soft.body.failed).toEqual([
      { asset_id: withDone.id, error: "Asset has generations" },
      { asset_id: running.id, error: "Asset has active generations" },
      { asset_id: foreign.id, error: "Asset not found" },
      { asset_id: "nope", error: "Asset not found" },
    ]);
    const forced = await run(true, [withDone.id, running.id]);
    expect(forced.body).toEqual({ deleted: [withDone.id, running.id], failed: [] });
    expect(await prisma.asset.findUnique({ where: { id: foreign.id } })).not.toBeNull();
  });

  it("adds, removes and replaces tags on many assets", async () => {
    const [user, other] = [await createTestUser(), await createTestUser()];
    const a = await createAsset(user.id, { tags: ["old", "keep"] });
    const b = await createAsset(user.id, { tags: ["keep"] });
    const foreign = await createAsset(other.id, { tags: ["theirs"] });
    const run = (operation: string, tags: string[], ids = [a.id, b.id]) =>
      call(bulkTags.PUT, user, "/api/v1/assets/bulk/tags", {
        method: "PUT",
        body: { asset_ids: ids, operation, tags },
      });
    expect((await run("add", ["new_tag", "another_tag"])).body.updated).toBe(2);
    expect((await prisma.asset.findUniqueOrThrow({ where: { id: a.id } })).tags).toEqual([
      "old",
      "keep",
      "new_tag",
      "another_tag",
    ]);
    await run("remove", ["old", "another_tag"]);
    expect((await prisma.asset.findUniqueOrThrow({ where: { id: a.id } })).tags).toEqual(["keep", "new_tag"]);
    const replaced = await run("replace", ["x"], [a.id, b.id, foreign.id]);
    expect(replaced.body).toMatchObject({ updated: 2, failed: [{ asset_id: foreign.id, error: "Asset not found" }] });
    expect((await prisma.asset.findUniqueOrThrow({ where: { id: b.id } })).tags).toEqual(["x"]);
    expect((await prisma.asset.findUniqueOrThrow({ where: { id: foreign.id } })).tags).toEqual(["theirs"]);
    expect((await run("merge", ["x"])).status).toBe(400);
    expect((await call(bulkTags.PUT, null, "/api/v1/assets/bulk/tags", { method: "PUT", body: {} })).status).toBe(401);
  });
});
