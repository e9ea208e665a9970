// Factories and a request helper for the gallery/assets integration tests. Import after ../support/db.
import { createHash, randomUUID } from "node:crypto";
import sharp from "sharp";
import { prisma } from "@/lib/db/client";
import type { AssetKind, GenerationStatus, ImageSource } from "@/lib/generated/prisma/client";
import { buildImageFilename, getFileStorage, storageKeyFor } from "@/lib/storage";
import { callRoute, type CallOptions } from "../support/call-route";

type Handler = Parameters<typeof callRoute>[0];
type Who = { id: string } | null;

/** Calls a route handler as `who` (null: anonymous) at `url`, with a JSON or multipart body. */
export const call = (handler: Handler, who: Who, url: string, options: Omit<CallOptions, "user" | "path"> = {}) =>
  callRoute(handler, { method: "GET", ...options, user: who, path: url });

export async function createCampaign(owner: { id: string }, players: { id: string }[] = []) {
  return prisma.campaign.create({
    data: {
      ownerId: owner.id,
      name: "The Sunless Citadel",
      inviteCode: `inv-${randomUUID().slice(0, 12)}`,
      members: {
        create: [
          { userId: owner.id, role: "DM" },
          ...players.map((player) => ({ userId: player.id, role: "PLAYER" as const })),
        ],
      },
    },
  });
}

/**
 * An asset row. What a campaign's DM puts in the campaign starts DM-only (the insert trigger);
 * `revealed: true` reveals it to the party, as the DM would.
 */
export async function createAsset(
  ownerId: string,
  data: {
    name?: string;
    description?: string;
    tags?: string[];
    campaignId?: string | null;
    kind?: AssetKind;
    createdAt?: Date;
    revealed?: boolean;
  } = {},
) {
  const asset = await prisma.asset.create({
    data: {
      ownerId,
      name: data.name ?? "Asset",
      description: data.description ?? "",
      tags: data.tags ?? [],
      campaignId: data.campaignId ?? null,
      kind: data.kind ?? "IMAGE",
      createdAt: data.createdAt,
    },
  });
  return data.revealed ? prisma.asset.update({ where: { id: asset.id }, data: { visibility: "PARTY" } }) : asset;
}

let pngCache: Buffer | undefined;
export async function smallPng(): Promise<Buffer> {
  pngCache ??= await sharp({ create: { width: 64, height: 48, channels: 3, background: { r: 120, g: 30, b: 200 } } })
    .png()
    .toBuffer();
  return pngCache;
}

/** A generation with a real stored image file. */
export async function createGenerationWithImage(
  ownerId: string,
  assetId: string,
  options: {
    status?: GenerationStatus;
    model?: string;
    campaignId?: string | null;
    tags?: string[];
    source?: ImageSource;
    prompt?: string;
    createdAt?: Date;
  } = {},
) {
  const generation = await prisma.generation.create({
    data: {
      ownerId,
      assetId,
      status: options.status ?? "COMPLETED",
      providerKind: "BUILTIN",
      model: options.model ?? "builtin-v1",
      prompt: options.prompt ?? "a brave knight",
      createdAt: options.createdAt,
    },
  });
  const image = await storeImage(ownerId, { assetId, generationId: generation.id, ...options });
  return { generation, image };
}

export async function storeImage(
  ownerId: string,
  options: {
    assetId?: string;
    generationId?: string;
    campaignId?: string | null;
    tags?: string[];
    source?: ImageSource;
    model?: string;
    prompt?: string;
    createdAt?: Date;
  } = {},
) {
  const png = await smallPng();
  const filename = buildImageFilename(ownerId, 0, Buffer.concat([png, Buffer.from(randomUUID())]), "png");
  const key = storageKeyFor(ownerId, filename);
  await getFileStorage().write(key, png);
  return prisma.image.create({
    data: {
      ownerId,
      assetId: options.assetId,
      generationId: options.generationId,
      campaignId: options.campaignId ?? null,
      path: key,
      filename,
      mimeType: "image/png",
      bytes: png.length,
      width: 64,
      height: 48,
      format: "png",
      sha256: createHash("sha256").update(png).digest("hex"),
      source: options.source ?? "GENERATED",
      generationModel: options.model ?? "builtin-v1",
      generationPrompt: options.prompt ?? "a brave knight",
      tags: options.tags ?? [],
      createdAt: options.createdAt,
    },
  });
}

export async function fileExists(key: string): Promise<boolean> {
  return (await getFileStorage().stat(key)) !== null;
}
