import "server-only";
import { prisma } from "@/lib/db/client";
import { getFileStorage, StoredFileNotFoundError } from "@/lib/storage";
import { buildStoredZip } from "@/lib/zip/stored-zip";
import { toFoundryToken } from "./foundry-token";
import { requireCampaignMember } from "@/lib/access/require";
import { readableTokens } from "@/lib/access/content";
import { tokenInclude } from "./token-view";

/** Where the images go in the DM's Foundry data folder; texture.src points there. */
export const PACK_FOLDER = "arcane-forge/tokens";

const slug = (name: string) => name.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 48) || "token";

/** A token image's path inside the pack, i.e. its texture.src once the pack is unzipped into Foundry's data folder. */
export const packTexturePath = (token: { id: string; name: string }, image: { format: string }) => `${PACK_FOLDER}/${slug(token.name)}-${token.id.slice(0, 8)}.${image.format}`;

/**
 * GET /api/tokens/pack: every token of a campaign (or all of the user's visible tokens) as a zip:
 * `arcane-forge/tokens/<name>-<id8>.<ext>` plus `tokens.json`, the Foundry token data whose
 * texture.src matches those paths once the zip is unpacked into the Foundry data folder.
 */
export async function buildTokenPack(userId: string, campaignId?: string): Promise<{ filename: string; bytes: Buffer; count: number }> {
  if (campaignId) await requireCampaignMember(userId, campaignId);
  const rows = await prisma.token.findMany({
    where: { AND: [readableTokens(userId), campaignId ? { campaignId } : {}] },
    include: { ...tokenInclude, campaign: { select: { name: true } } },
    orderBy: { createdAt: "asc" },
  });
  const storage = getFileStorage();
  const entries = [];
  const tokens = [];
  const missing: string[] = [];
  for (const row of rows) {
    const image = row.asset.images[0];
    const bytes = image ? await storage.read(image.path).catch((error: unknown) => (error instanceof StoredFileNotFoundError ? null : Promise.reject(error))) : null;
    if (!image || !bytes) {
      missing.push(row.name); // listed in the manifest rather than failing the whole pack
      continue;
    }
    const path = packTexturePath(row, image);
    entries.push({ name: path, data: bytes, modified: row.createdAt });
    tokens.push(toFoundryToken({ ...row, textureSrc: path, id: row.id }));
  }
  const manifest = { format: "arcane-forge-token-pack", version: 1, campaign: rows[0]?.campaign?.name ?? null, folder: PACK_FOLDER, tokens, missing };
  entries.push({ name: "tokens.json", data: Buffer.from(JSON.stringify(manifest, null, 2)), modified: new Date() });
  const label = slug(campaignId ? (rows[0]?.campaign?.name ?? "campaign") : "my");
  return { filename: `${label}-tokens.zip`, bytes: buildStoredZip(entries), count: tokens.length };
}
