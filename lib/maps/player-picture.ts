import "server-only";
import { randomUUID } from "node:crypto";
import { prisma } from "@/lib/db/client";
import type { Map as MapRow } from "@/lib/generated/prisma/client";
import { storeImageFile } from "@/lib/images/store-image-file";
import { buildGeometry } from "./geometry";
import type { StoredLayout } from "./map-view";
import { playerGeometry, playerLayout } from "./player-version";
import { renderMap } from "./render/render-map";

/**
 * The id of a map version's player picture, made once (on reveal, or on a player's first read of
 * a version made after the reveal) from the players' layout, so it has no trap, secret-door or
 * room-number markers. It is an Image of the map's asset (not dmOnly), recorded as
 * `layout.playerImageId`; the DM's picture (`layout.imageId`) is dmOnly and never reaches a player.
 */
export async function ensurePlayerPicture(map: MapRow): Promise<string> {
  const layout = map.layout as unknown as StoredLayout;
  if (layout.playerImageId) return layout.playerImageId;
  const picture = await renderMap(playerLayout(layout), playerGeometry(buildGeometry(layout)), {
    pps: map.pixelsPerSquare,
    format: "png",
  });
  try {
    return await storeImageFile(
      { ownerId: map.ownerId, index: map.version, nameSalt: randomUUID(), enforceQuota: false },
      { ...picture, format: "png", ext: "png" },
      (file) =>
        prisma.$transaction(async (tx) => {
          const image = await tx.image.create({
            data: {
              ...file,
              ownerId: map.ownerId,
              assetId: map.assetId,
              campaignId: map.campaignId,
              source: "GENERATED",
              generationModel: "arcane-forge-map-generator",
              tags: ["map", map.mapType, "player-version"],
            },
          });
          // Only if no other request recorded one meanwhile; otherwise this one is undone (and its file removed).
          const recorded = await tx.$executeRaw`
          UPDATE "Map" SET layout = jsonb_set(layout::jsonb, '{playerImageId}', to_jsonb(${image.id}::text))
          WHERE id = ${map.id}::uuid AND NOT (layout::jsonb ? 'playerImageId')`;
          if (recorded === 0) throw new PlayerPictureRace();
          return image.id;
        }),
    );
  } catch (error) {
    if (!(error instanceof PlayerPictureRace)) throw error;
    const again = await prisma.map.findUniqueOrThrow({ where: { id: map.id }, select: { layout: true } });
    return (again.layout as unknown as StoredLayout).playerImageId!;
  }
}

class PlayerPictureRace extends Error {}

/** Every version of a map's asset gets its player picture (called when the DM reveals it). */
export async function ensurePlayerPictures(assetIds: string[]): Promise<void> {
  const versions = await prisma.map.findMany({ where: { assetId: { in: assetIds } } });
  for (const map of versions) await ensurePlayerPicture(map);
}
