import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AssetView, GenerationView } from "@/lib/schemas/assets-response";

/** What every asset query selects to build the asset API's ImageAsset. */
export const assetViewSelect = {
  id: true,
  ownerId: true,
  campaignId: true,
  kind: true,
  name: true,
  description: true,
  tags: true,
  metadata: true,
  favoriteGenerationId: true,
  createdAt: true,
  updatedAt: true,
  _count: { select: { generations: true } },
  images: { select: { id: true, bytes: true } },
} satisfies Prisma.AssetSelect;

export type AssetRow = Prisma.AssetGetPayload<{ select: typeof assetViewSelect }>;

export type { AssetView, GenerationView };

export function toAssetView(asset: AssetRow): AssetView {
  const fileSize = asset.images.reduce((sum, image) => sum + image.bytes, 0);
  return {
    id: asset.id,
    project_id: asset.campaignId ?? "personal",
    kind: asset.kind.toLowerCase(),
    name: asset.name,
    description: asset.description,
    created_at: asset.createdAt.toISOString(),
    updated_at: asset.updatedAt.toISOString(),
    // The thumbnail route picks the favorite generation's image, else the first one.
    thumbnail: asset.images.length > 0 ? `/api/v1/assets/${asset.id}/thumbnail` : null,
    favorite_generation_id: asset.favoriteGenerationId,
    tags: asset.tags,
    metadata: (asset.metadata ?? {}) as Record<string, unknown>,
    file_size: asset.images.length > 0 ? fileSize : null,
    total_generations: asset._count.generations,
  };
}

export const generationViewSelect = {
  id: true,
  assetId: true,
  status: true,
  providerKind: true,
  model: true,
  prompt: true,
  enhancedPrompt: true,
  parameters: true,
  metadata: true,
  error: true,
  createdAt: true,
  completedAt: true,
  asset: { select: { favoriteGenerationId: true } },
  image: { select: { id: true, path: true, bytes: true, width: true, height: true, format: true } },
} satisfies Prisma.GenerationSelect;

export type GenerationRow = Prisma.GenerationGetPayload<{ select: typeof generationViewSelect }>;

export function toGenerationView(generation: GenerationRow): GenerationView {
  const image = generation.image;
  return {
    id: generation.id,
    asset_id: generation.assetId,
    image_path: image?.path ?? null,
    image_url: image ? `/api/v1/files/images/${image.id}` : null,
    image_id: image?.id ?? null,
    parameters: {
      ...((generation.parameters ?? {}) as Record<string, unknown>),
      prompt: generation.prompt,
      enhanced_prompt: generation.enhancedPrompt,
      provider: generation.providerKind.toLowerCase(),
      model: generation.model,
    },
    created_at: generation.createdAt.toISOString(),
    completed_at: generation.completedAt?.toISOString() ?? null,
    status: generation.status.toLowerCase(),
    error: generation.error,
    is_favorite: generation.asset.favoriteGenerationId === generation.id,
    file_size: image?.bytes ?? 0,
    dimensions: { width: image?.width ?? 0, height: image?.height ?? 0 },
    format: image ? normalFormat(image.format) : null,
    metadata: (generation.metadata ?? {}) as Record<string, unknown>,
  };
}

/** sharp says "jpeg"; the asset API speaks png | jpg | webp. */
export const normalFormat = (format: string) => (format === "jpeg" ? "jpg" : format);
