import "server-only";
import { prisma } from "@/lib/db/client";
import { getFileStorage } from "@/lib/storage";
import { streamStoredZip, type StreamedZipEntry } from "@/lib/zip/streaming-zip";
import { checkedZipSize } from "@/lib/http/zip-download-limit";
import { toFoundryToken } from "./foundry-token";
import { requireCampaignMember } from "@/lib/access/require";
import { readableTokens } from "@/lib/access/content";
import { tokenInclude } from "./token-view";

/** Where the images go in the DM's Foundry data folder; texture.src points there. */
export const PACK_FOLDER = "arcane-forge/tokens";

const slug = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 48) || "token";

/** A token image's path inside the pack, i.e. its texture.src once the pack is unzipped into Foundry's data folder. */
export const packTexturePath = (token: { id: string; name: string }, image: { format: string }) =>
  `${PACK_FOLDER}/${slug(token.name)}-${token.id.slice(0, 8)}.${image.format}`;

/**
 * GET /api/tokens/pack: every token of a campaign (or all of the user's visible tokens) as a zip:
 * `arcane-forge/tokens/<name>-<id8>.<ext>` plus `tokens.json`, the Foundry token data whose
 * texture.src matches those paths once the zip is unpacked into the Foundry data folder.
 * Images stream into the zip one at a time as the client reads it; past the byte cap it is a 413.
 */
export async function buildTokenPack(
  userId: string,
  campaignId?: string,
): Promise<{ filename: string; stream: ReadableStream<Uint8Array>; size: number; count: number }> {
  if (campaignId) await requireCampaignMember(userId, campaignId);
  const rows = await prisma.token.findMany({
    where: { AND: [readableTokens(userId), campaignId ? { campaignId } : {}] },
    include: { ...tokenInclude, campaign: { select: { name: true } } },
    orderBy: { createdAt: "asc" },
  });
  const storage = getFileStorage();
  const entries: StreamedZipEntry[] = [];
  const tokens = [];
  const missing: string[] = [];
  for (const row of rows) {
    const image = row.asset.images[0];
    const stat = image ? await storage.stat(image.path) : null;
    if (!image || !stat) {
      missing.push(row.name); // listed in the manifest rather than failing the whole pack
      continue;
    }
    const path = packTexturePath(row, image);
    entries.push({
      name: path,
      size: stat.size,
      modified: row.createdAt,
      open: async () => (await storage.openRead(image.path)).stream,
    });
    tokens.push(toFoundryToken({ ...row, textureSrc: path, id: row.id }));
  }
  const manifest = {
    format: "arcane-forge-token-pack",
    version: 1,
    campaign: rows[0]?.campaign?.name ?? null,
    folder: PACK_FOLDER,
    tokens,
    missing,
  };
  const manifestBytes = Buffer.from(JSON.stringify(manifest, null, 2));
  entries.push({
    name: "tokens.json",
    size: manifestBytes.length,
    modified: new Date(),
    open: async () => [manifestBytes],
  });
  const size = checkedZipSize(entries);
  const label = slug(campaignId ? (rows[0]?.campaign?.name ?? "campaign") : "my");
  return { filename: `${label}-tokens.zip`, stream: streamStoredZip(entries), size, count: tokens.length };
}
