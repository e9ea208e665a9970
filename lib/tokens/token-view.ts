import type { Prisma } from "@/lib/generated/prisma/client";
import { imageFileUrl } from "@/lib/images/urls";
import type { TokenView } from "@/lib/schemas/tokens-response";
import { visibilityName } from "@/lib/schemas/visibility";

/** Every token read includes its picture (the asset's one image). */
export const tokenInclude = {
  asset: {
    select: {
      visibility: true,
      images: {
        select: { id: true, path: true, mimeType: true, format: true, width: true },
        orderBy: { createdAt: "desc" },
        take: 1,
      },
    },
  },
} satisfies Prisma.TokenInclude;

export type TokenRow = Prisma.TokenGetPayload<{ include: typeof tokenInclude }>;

export type { TokenView };

export function toTokenView(row: TokenRow): TokenView {
  const image = row.asset.images[0];
  return {
    id: row.id,
    name: row.name,
    disposition: row.disposition,
    creatureSize: row.creatureSize,
    gridWidth: row.gridWidth,
    gridHeight: row.gridHeight,
    campaignId: row.campaignId,
    characterId: row.characterId,
    npcId: row.npcId,
    sourceImageId: row.sourceImageId,
    assetId: row.assetId,
    imageId: image?.id ?? null,
    imageUrl: image ? imageFileUrl(image.id) : null,
    sourceImageUrl: row.sourceImageId ? imageFileUrl(row.sourceImageId) : null,
    pixels: image?.width ?? null,
    format: image?.format ?? null,
    style: (row.style ?? {}) as Record<string, unknown>,
    ownerId: row.ownerId,
    visibility: visibilityName(row.asset.visibility),
    createdAt: row.createdAt.toISOString(),
  };
}
