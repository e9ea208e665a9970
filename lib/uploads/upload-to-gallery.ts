import "server-only";
import { prisma } from "@/lib/db/client";
import { visibleCampaigns } from "@/lib/access/campaigns";
import { z } from "zod";
import { notFound } from "@/lib/http/errors";
import { form } from "@/lib/http/form";
import { isId } from "@/lib/http/id";
import { decodeUploadedImage, nameFromFilename, UPLOAD_FORM_LIMIT_BYTES, uploadedImageFile } from "./read-upload";
import { storeUploadedImage } from "./store-upload";
import type { GalleryUploadResponse } from "@/lib/schemas/gallery-response";
import { commaSeparatedTags } from "@/lib/schemas/gallery";

/** The drop zone's form: the file, optionally a `campaign` (or `personal`) and comma-separated `tags`. */
export const galleryUploadForm = form(
  z.object({
    file: uploadedImageFile(),
    campaign: z.string().optional(),
    tags: commaSeparatedTags,
  }),
  { limitBytes: UPLOAD_FORM_LIMIT_BYTES },
);

/**
 * POST /api/gallery/images: a dropped file becomes an asset (kind IMAGE, named after the file)
 * with one UPLOAD image, in `campaign` when given (one the user belongs to).
 */
export async function uploadToGallery(
  userId: string,
  upload: z.output<typeof galleryUploadForm.schema>,
): Promise<GalleryUploadResponse> {
  const { tags } = upload;
  const campaignId = await campaignFromField(userId, upload.campaign);
  const { image, originalName } = await decodeUploadedImage(upload.file);
  return storeUploadedImage(image, { ownerId: userId, assetId: "", campaignId, tags }, async (tx, data) => {
    const asset = await tx.asset.create({
      data: { ownerId: userId, campaignId, kind: "IMAGE", name: nameFromFilename(originalName), tags },
    });
    const created = await tx.image.create({
      data: { ...data, assetId: asset.id },
      select: { id: true, width: true, height: true, bytes: true },
    });
    return { id: created.id, asset_id: asset.id, width: created.width, height: created.height, bytes: created.bytes };
  });
}

async function campaignFromField(userId: string, value: string | undefined): Promise<string | null> {
  if (value === undefined || value === "" || value === "personal") return null;
  const campaign = isId(value)
    ? await prisma.campaign.findFirst({ where: { id: value, ...visibleCampaigns(userId) }, select: { id: true } })
    : null;
  if (!campaign) throw notFound("Campaign");
  return campaign.id;
}
