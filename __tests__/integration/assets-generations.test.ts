// First: it points DATABASE_URL at this Jest worker's own database.
import { createTestUser, resetDatabase } from "../support/db";
import { withTempStorageRoot } from "../support/temp-storage-root";
import * as generations from "@/app/api/v1/assets/[assetId]/generations/route";
import * as oneGeneration from "@/app/api/v1/generations/[generationId]/route";
import * as favorite from "@/app/api/v1/generations/[generationId]/favorite/route";
import * as thumbnail from "@/app/api/v1/assets/[assetId]/thumbnail/route";
import * as assetStats from "@/app/api/v1/assets/[assetId]/stats/route";
import { prisma } from "@/lib/db/client";
import { call, createAsset, createCampaign, createGenerationWithImage, fileExists } from "./gallery-helpers";

withTempStorageRoot("assets-gen-");
beforeEach(resetDatabase);

describe("generations of an asset", () => {
  it("creates, lists with status/favorite filters and pages", async () => {
    const user = await createTestUser();
    const asset = await createAsset(user.id);
    const post = (body: unknown) =>
      call(generations.POST, user, `/api/v1/assets/${asset.id}/generations`, {
        method: "POST",
        params: { assetId: asset.id },
        body,
      });
    const created = await post({
      parameters: { model: "Realistic_Vision_V5.1", positive_prompt: "Epic fantasy artwork", seed: 123456 },
      status: "pending",
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      asset_id: asset.id,
      status: "pending",
      is_favorite: false,
      image_url: null,
      parameters: { model: "Realistic_Vision_V5.1", seed: 123456, prompt: "Epic fantasy artwork" },
    });
    await post({ parameters: {}, status: "failed" });
    const { generation } = await createGenerationWithImage(user.id, asset.id);
    const get = (qs: string) =>
      call(generations.GET, user, `/api/v1/assets/${asset.id}/generations${qs}`, { params: { assetId: asset.id } });
    expect((await get("")).body).toMatchObject({ total: 3, limit: 20, offset: 0 });
    expect((await get("?status=failed")).body.total).toBe(1);
    expect((await get("?limit=1&offset=2")).body.generations).toHaveLength(1);
    expect((await get("?status=bogus")).status).toBe(400);
    await call(favorite.POST, user, "", { method: "POST", params: { generationId: generation.id } });
    expect((await get("?is_favorite=true")).body.generations.map((g: { id: string }) => g.id)).toEqual([generation.id]);
    expect((await get("?is_favorite=false")).body.total).toBe(2);
  });

  it("gets, updates and deletes a generation with its file; outsiders 404, anonymous 401", async () => {
    const [owner, player, outsider] = [await createTestUser(), await createTestUser(), await createTestUser()];
    const campaign = await createCampaign(owner, [player]);
    const asset = await createAsset(owner.id, { campaignId: campaign.id, revealed: true });
    const { generation, image } = await createGenerationWithImage(owner.id, asset.id, { campaignId: campaign.id });
    const params = { generationId: generation.id };
    expect((await call(oneGeneration.GET, player, "", { params })).body).toMatchObject({
      id: generation.id,
      image_url: `/api/v1/files/images/${image.id}`,
      file_size: image.bytes,
    });
    expect((await call(oneGeneration.GET, outsider, "", { params })).status).toBe(404);
    expect((await call(oneGeneration.GET, null, "", { params })).status).toBe(401);
    const updated = await call(oneGeneration.PUT, owner, "", {
      method: "PUT",
      params,
      body: { status: "completed", is_favorite: true, metadata: { note: "best" } },
    });
    expect(updated.body).toMatchObject({ status: "completed", is_favorite: true, metadata: { note: "best" } });
    expect(
      (await call(oneGeneration.PUT, owner, "", { method: "PUT", params, body: { image_path: "/etc/passwd" } })).status,
    ).toBe(400);
    expect(
      (await call(oneGeneration.PUT, player, "", { method: "PUT", params, body: { status: "failed" } })).status,
    ).toBe(404);
    expect((await call(oneGeneration.DELETE, outsider, "", { method: "DELETE", params })).status).toBe(404);
    expect((await call(oneGeneration.DELETE, owner, "", { method: "DELETE", params })).status).toBe(204);
    expect(await prisma.image.count()).toBe(0);
    expect(await fileExists(image.path)).toBe(false);
    expect((await prisma.asset.findUniqueOrThrow({ where: { id: asset.id } })).favoriteGenerationId).toBeNull();
  });
});

describe("favorites and thumbnails", () => {
  it("keeps one favorite per asset and serves it as the thumbnail", async () => {
    const [user, outsider] = [await createTestUser(), await createTestUser()];
    const asset = await createAsset(user.id);
    const first = await createGenerationWithImage(user.id, asset.id);
    const second = await createGenerationWithImage(user.id, asset.id);
    const fav = (id: string, method = "POST") =>
      call(method === "POST" ? favorite.POST : favorite.DELETE, user, "", { method, params: { generationId: id } });
    expect((await fav(first.generation.id)).body.is_favorite).toBe(true);
    expect((await fav(second.generation.id)).body.is_favorite).toBe(true);
    const after = await prisma.asset.findUniqueOrThrow({ where: { id: asset.id } });
    expect(after.favoriteGenerationId).toBe(second.generation.id);
    expect((await prisma.image.findUniqueOrThrow({ where: { id: first.image.id } })).isFavorite).toBe(false);
    expect((await prisma.image.findUniqueOrThrow({ where: { id: second.image.id } })).isFavorite).toBe(true);
    expect(
      (await call(favorite.POST, outsider, "", { method: "POST", params: { generationId: first.generation.id } }))
        .status,
    ).toBe(404);

    const thumb = await call(thumbnail.GET, user, `/api/v1/assets/${asset.id}/thumbnail?size=small`, {
      params: { assetId: asset.id },
    });
    expect(thumb.status).toBe(200);
    expect(thumb.response.headers.get("content-type")).toBe("image/webp");
    expect(thumb.response.headers.get("etag")).toBe(`"${second.image.sha256}-w128-h128-q82-webp"`);
    expect((await fav(second.generation.id, "DELETE")).body.is_favorite).toBe(false);
    expect((await prisma.asset.findUniqueOrThrow({ where: { id: asset.id } })).favoriteGenerationId).toBeNull();
    expect(
      (await call(thumbnail.GET, outsider, `/api/v1/assets/${asset.id}/thumbnail`, { params: { assetId: asset.id } }))
        .status,
    ).toBe(404);
    expect(
      (
        await call(thumbnail.GET, user, `/api/v1/assets/${asset.id}/thumbnail?size=huge`, {
          params: { assetId: asset.id },
        })
      ).status,
    ).toBe(400);
  });

  it("reports asset statistics", async () => {
    const user = await createTestUser();
    const asset = await createAsset(user.id);
    const done = await createGenerationWithImage(user.id, asset.id);
    await prisma.generation.create({
      data: { ownerId: user.id, assetId: asset.id, status: "FAILED", providerKind: "BUILTIN", prompt: "x" },
    });
    await call(favorite.POST, user, "", { method: "POST", params: { generationId: done.generation.id } });
    const stats = await call(assetStats.GET, user, "", { params: { assetId: asset.id } });
    expect(stats.body).toMatchObject({
      total_generations: 2,
      successful_generations: 1,
      failed_generations: 1,
      favorite_generation_id: done.generation.id,
      total_file_size: done.image.bytes,
    });
    expect(stats.body.generation_history).toHaveLength(2);
  });
});
