import "server-only";
import { randomUUID } from "node:crypto";
import { prisma } from "@/lib/db/client";
import { notFound } from "@/lib/http/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { randomSeed } from "@/lib/rng";
import type { GenerateMapInput } from "@/lib/schemas/maps";
import { storeImageFile } from "@/lib/images/store-image-file";
import { toFoundryScene } from "./export/foundry-scene";
import { vttFloors } from "./export/vtt-geometry";
import { buildGeometry } from "./geometry";
import { requireCampaignDm } from "@/lib/access/require";
import { toMapView, type StoredLayout } from "./map-view";
import { ensurePlayerPicture } from "./player-picture";
import { layoutFor } from "./propose-layout";
import { renderMap } from "./render/render-map";
import type { GeneratedMapResponse } from "@/lib/schemas/maps-response";

/** Where the DM puts the picture in their Foundry data folder; the scene's background.src. */
export const foundryBackgroundPath = (name: string, version: number) =>
  `arcane-forge/maps/${
    name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "") || "map"
  }-v${version}.png`;

/**
 * POST /api/generate/map: layout → picture → Foundry scene, stored as an Asset (kind MAP), an
 * Image and a Map row. `regenerateOf` adds version n+1 to that map's asset and keeps the others.
 */
export async function createMap(userId: string, input: GenerateMapInput): Promise<GeneratedMapResponse> {
  let campaignId = input.campaignId ?? null;
  let asset: { id: string; name: string } | null = null;
  let version = 1;
  if (input.regenerateOf) {
    const previous = await prisma.map.findFirst({
      where: { id: input.regenerateOf, ownerId: userId },
      select: { assetId: true, campaignId: true, asset: { select: { name: true } } },
    });
    if (!previous) throw notFound("Map");
    const latest = await prisma.map.aggregate({ where: { assetId: previous.assetId }, _max: { version: true } });
    version = (latest._max.version ?? 0) + 1;
    asset = { id: previous.assetId, name: previous.asset.name };
    campaignId = previous.campaignId;
  } else if (campaignId) await requireCampaignDm(userId, campaignId);

  const seed = input.seed ?? randomSeed();
  const generatorInput = {
    mapType: input.mapType,
    difficulty: input.difficulty,
    width: input.width,
    height: input.height,
    seed,
    description: input.description,
  };
  // Stage timings go back to the page's layout → render → export progress.
  const started = performance.now();
  const proposed = await layoutFor(userId, generatorInput, input.description, input.profileId);
  const layout = { ...proposed.layout, style: input.style };
  const source = proposed.source;
  // Named from its content ("The Drowned Crypt") unless the DM named it.
  const name =
    input.name ??
    asset?.name ??
    layout.title ??
    `${input.mapType[0].toUpperCase()}${input.mapType.slice(1)} (${input.width}×${input.height})`;
  const laidOut = performance.now();
  const geometry = buildGeometry(layout);
  const picture = await renderMap(layout, geometry, {
    pps: input.pixelsPerSquare,
    grid: input.grid,
    format: "png",
    version: "dm",
  });
  const rendered = performance.now();
  const scene = toFoundryScene(vttFloors(layout, input.pixelsPerSquare)[0], {
    name: `${name} v${version}`,
    pixelsPerSquare: input.pixelsPerSquare,
    backgroundSrc: foundryBackgroundPath(name, version),
    description: input.description,
  });

  // A fresh salt per stored version: regenerating with the same seed draws the same bytes, and two
  // records must never share one file (deleting one would take the other's picture).
  const image = { ...picture, format: "png", ext: "png" };
  const map = await storeImageFile({ ownerId: userId, index: version, nameSalt: randomUUID() }, image, (file) =>
    prisma.$transaction(async (tx) => {
      const assetId =
        asset?.id ??
        (
          await tx.asset.create({
            data: {
              ownerId: userId,
              campaignId,
              kind: "MAP",
              name,
              description: input.description,
              tags: [input.mapType],
            },
          })
        ).id;
      const stored = await tx.image.create({
        data: {
          // The stored picture is the DM version (markers drawn in): never shown to players.
          ...file,
          ownerId: userId,
          assetId,
          campaignId,
          dmOnly: true,
          source: "GENERATED",
          generationPrompt: input.description || null,
          generationModel: source.kind === "ai" ? "ai-layout" : "arcane-forge-map-generator",
          tags: ["map", input.mapType],
        },
      });
      const storedLayout: StoredLayout = { ...layout, imageId: stored.id, source };
      return tx.map.create({
        data: {
          ownerId: userId,
          campaignId,
          assetId,
          version,
          name,
          description: input.description,
          mapType: input.mapType,
          difficulty: input.difficulty,
          seed,
          widthSquares: input.width,
          heightSquares: input.height,
          pixelsPerSquare: input.pixelsPerSquare,
          layout: storedLayout as unknown as Prisma.InputJsonValue,
          foundryScene: scene as unknown as Prisma.InputJsonValue,
        },
      });
    }),
  );
  // The players' picture is made now too, so the DM sees both versions from the start (who may
  // see which is the access policy's business; the player Image is only visible once revealed).
  const playerImageId = await ensurePlayerPicture(map);
  const withPlayer = { ...map, layout: { ...(map.layout as object), playerImageId } as unknown as Prisma.JsonValue };
  const timings = {
    layoutMs: Math.round(laidOut - started),
    renderMs: Math.round(rendered - laidOut),
    exportMs: Math.round(performance.now() - rendered),
  };
  return { ...toMapView(withPlayer), timings };
}
