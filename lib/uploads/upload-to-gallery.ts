import "server-only";
import { prisma } from "@/lib/db/client";
import { visibleCampaigns } from "@/lib/access/campaigns";
import { notFound } from "@/lib/http/errors";
import { nameFromFilename, readUploadedImage } from "./read-upload";
import { storeUploadedImage } from "./store-upload";

/**
 * POST /api/gallery/images: a dropped file becomes an asset (kind IMAGE, named after the file)
 * with one UPLOAD image. Optional form fields: `campaign` (one the user belongs to), `tags`.
 */
export async function uploadToGallery(userId: string, request: Request) {
  const { image, originalName, fields } = await readUploadedImage(request);
  const campaignId = await campaignFromField(userId, fields.get("campaign"));
  const tags = String(fields.get("tags") ?? "").split(",").map((tag) => tag.trim()).filter(Boolean).slice(0, 50);
  return storeUploadedImage(image, { ownerId: userId, assetId: "", campaignId, tags }, async (tx, data) => {
    const asset = await tx.asset.create({ data: { ownerId: userId, campaignId, kind: "IMAGE", name: nameFromFilename(originalName), tags } });
    const created = await tx.image.create({ data: { ...data, assetId: asset.id }, select: { id: true, width: true, height: true, bytes: true } });
    return { id: created.id, asset_id: asset.id, width: created.width, height: created.height, bytes: created.bytes };
  });
}

async function campaignFromField(userId: string, value: FormDataEntryValue | null): Promise<string | null> {
  if (typeof value !== "string" || value === "" || value === "personal") return null;
  const campaign = /^[0-9a-f-]{36}$/i.test(value)
    ? await prisma.campaign.findFirst({ where: { id: value, ...visibleCampaigns(userId) }, select: { id: true } })
    : null;
  if (!campaign) throw notFound("Campaign");
  return campaign.id;
}
