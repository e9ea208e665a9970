import "server-only";
import { prisma } from "@/lib/db/client";
import { notFound } from "@/lib/http/errors";
import { getFileStorage } from "@/lib/storage";
import { requireCampaignMember } from "@/lib/access/require";
import { readableTokens } from "@/lib/access/content";
import { tokenInclude, toTokenView, type TokenView } from "./token-view";

/** Newest first; with a campaign, that campaign's tokens (members only), else every visible token. */
export async function listTokens(userId: string, campaignId?: string): Promise<TokenView[]> {
  if (campaignId) await requireCampaignMember(userId, campaignId);
  const rows = await prisma.token.findMany({
    where: { AND: [readableTokens(userId), campaignId ? { campaignId } : {}] },
    include: tokenInclude,
    orderBy: { createdAt: "desc" },
    take: 200,
  });
  return rows.map(toTokenView);
}

export async function getToken(userId: string, tokenId: string): Promise<TokenView> {
  const row = await prisma.token.findFirst({
    where: { id: tokenId, ...readableTokens(userId) },
    include: tokenInclude,
  });
  if (!row) throw notFound("Token");
  return toTokenView(row);
}

/**
 * Only the token's maker deletes it (a campaign member sees it but gets the same 404 as a stranger).
 * The asset goes (the token row cascades), its images go, then their files.
 */
export async function deleteToken(userId: string, tokenId: string): Promise<void> {
  const token = await prisma.token.findFirst({ where: { id: tokenId, ownerId: userId }, select: { assetId: true } });
  if (!token) throw notFound("Token");
  const images = await prisma.image.findMany({
    where: { assetId: token.assetId, ownerId: userId },
    select: { path: true },
  });
  await prisma.$transaction([
    prisma.image.deleteMany({ where: { assetId: token.assetId, ownerId: userId } }),
    prisma.asset.deleteMany({ where: { id: token.assetId, ownerId: userId } }),
  ]);
  const storage = getFileStorage();
  await Promise.all(images.map((image) => storage.remove(image.path)));
}
