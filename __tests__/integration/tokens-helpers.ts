// Shared by the tokens-*.test.ts files: a character with a stored portrait, route calls, snapshots.
import { readdir } from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";
import { prisma } from "@/lib/db/client";
import { getFileStorage } from "@/lib/storage";
import { callRoute, type CallOptions } from "../support/call-route";

export { ORIGIN } from "../support/call-route";
type Handler = Parameters<typeof callRoute>[0];

/** Calls a route handler as the browser would; `userId` undefined is an anonymous request. */
export const call = (handler: Handler, { userId, ...options }: CallOptions & { userId?: string; path: string }) =>
  callRoute(handler, { method: "GET", ...options, user: userId });

/** A stored image (a real PNG on disk) owned by `ownerId`, optionally attached to a campaign. */
export async function storedImage(
  ownerId: string,
  options: { campaignId?: string; assetId?: string; generationId?: string; colour?: string } = {},
) {
  const bytes = await sharp({ create: { width: 96, height: 96, channels: 3, background: options.colour ?? "#a0522d" } })
    .png()
    .toBuffer();
  const filename = `${ownerId}_${Date.now()}_${Math.floor(Math.random() * 1e6)}_abc.png`;
  const key = `${ownerId}/${filename}`;
  await getFileStorage().write(key, bytes);
  return prisma.image.create({
    data: {
      ownerId,
      campaignId: options.campaignId,
      assetId: options.assetId,
      generationId: options.generationId,
      path: key,
      filename,
      mimeType: "image/png",
      bytes: bytes.length,
      width: 96,
      height: 96,
      format: "png",
      sha256: "0".repeat(64),
      source: "UPLOAD",
    },
  });
}

/** A character with a finished portrait generation (the current portrait), or none. */
export async function characterWithPortrait(ownerId: string, name: string, withPortrait = true) {
  if (!withPortrait)
    return prisma.characterProfile.create({ data: { ownerId, name, race: "elf", characterClass: "wizard" } });
  const asset = await prisma.asset.create({ data: { ownerId, kind: "PORTRAIT", name } });
  const generation = await prisma.generation.create({
    data: { ownerId, assetId: asset.id, status: "COMPLETED", providerKind: "BUILTIN", prompt: name },
  });
  await storedImage(ownerId, { assetId: asset.id, generationId: generation.id, colour: "#2e8b57" });
  return prisma.characterProfile.create({
    data: { ownerId, name, race: "dwarf", characterClass: "fighter", portraitAssetId: asset.id },
  });
}

/** Rows and files as one comparable value: "a refused request stores nothing". */
export async function tokenSnapshot() {
  const root = process.env.STORAGE_ROOT!;
  const entries = await readdir(root, { recursive: true, withFileTypes: true }).catch(() => []);
  const files = entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)))
    .sort();
  return {
    tokens: await prisma.token.count(),
    assets: await prisma.asset.count(),
    images: await prisma.image.count(),
    generations: await prisma.generation.count(),
    files,
  };
}
