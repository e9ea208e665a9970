import "server-only";
import { prisma } from "@/lib/db/client";
import type { AssetKind, Prisma } from "@/lib/generated/prisma/client";
import { assetCreateSchema, type AssetCreate } from "@/lib/schemas/gallery";
import { resolveProject } from "./access";
import { assetViewSelect, toAssetView } from "./view";
import type { AssetView, BulkCreateResponse } from "@/lib/schemas/assets-response";

/** POST /projects/{id}/assets. A campaign project puts the asset in that campaign. */
export async function createAsset(userId: string, projectId: string, input: AssetCreate): Promise<AssetView> {
  const project = await resolveProject(userId, projectId);
  const asset = await prisma.asset.create({
    data: assetData(userId, project.campaignId, input),
    select: assetViewSelect,
  });
  return toAssetView(asset);
}

/**
 * POST /projects/{id}/assets/bulk: each item is validated on its own, so one bad item is reported
 * in `failed` with its index and reason while the good ones are created.
 */
export async function bulkCreateAssets(
  userId: string,
  projectId: string,
  items: unknown[],
): Promise<BulkCreateResponse> {
  const project = await resolveProject(userId, projectId);
  const created: AssetView[] = [];
  const failed: { index: number; error: string }[] = [];
  for (const [index, item] of items.entries()) {
    const parsed = assetCreateSchema.safeParse(item);
    if (!parsed.success) {
      failed.push({
        index,
        error: parsed.error.issues.map((issue) => `${issue.path.join(".") || "asset"}: ${issue.message}`).join("; "),
      });
      continue;
    }
    const asset = await prisma.asset.create({
      data: assetData(userId, project.campaignId, parsed.data),
      select: assetViewSelect,
    });
    created.push(toAssetView(asset));
  }
  return { created, failed };
}

function assetData(userId: string, campaignId: string | null, input: AssetCreate): Prisma.AssetUncheckedCreateInput {
  return {
    ownerId: userId,
    campaignId,
    kind: input.kind.toUpperCase() as AssetKind,
    name: input.name,
    description: input.description,
    tags: input.tags,
    metadata: input.metadata as Prisma.InputJsonObject,
  };
}
