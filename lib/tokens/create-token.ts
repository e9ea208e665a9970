import "server-only";
import { randomUUID } from "node:crypto";
import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { GenerateTokenInput, TokenStyleInput } from "@/lib/schemas/tokens";
import { storeImageFile } from "@/lib/images/store-image-file";
import { SQUARES } from "@/lib/schemas/token-vocabulary";
import { renderToken } from "./render-token";
import { requireCampaignMember } from "@/lib/access/require";
import { resolveTokenSource, type ResolvedSource } from "./token-source";
import { tokenInclude, toTokenView, type TokenView } from "./token-view";
import { notFound } from "@/lib/http/errors";
import { npcTokenDescription, readableNpcForToken } from "@/lib/npcs/npcs";

/**
 * POST /api/generate/token: resolve the source picture (access-checked), cut the round token,
 * then store Asset(kind TOKEN) + Image + Token. Checks come before the first write, and a failed
 * insert removes the file again, so a refused request leaves neither rows nor files behind.
 */
export async function createToken(userId: string, input: GenerateTokenInput): Promise<TokenView> {
  // A token of an NPC belongs to the NPC's campaign and, without other words, is drawn from its record.
  const npc = input.npcId ? await readableNpcForToken(userId, input.npcId) : null;
  if (npc && input.campaignId && input.campaignId !== npc.campaignId) throw notFound("NPC");
  const campaignId = input.campaignId ?? npc?.campaignId;
  if (campaignId) await requireCampaignMember(userId, campaignId);
  const wanted = input.source ?? { kind: "description" as const, description: npcTokenDescription(npc!) };
  const source = await resolveTokenSource(userId, wanted, campaignId);
  return stampToken(userId, source, input, { name: input.name ?? npc?.name, campaignId, npcId: npc?.id });
}

/**
 * A picture generated only to cut this token from belongs to the token: its generation and image
 * move into the token's asset, and the asset the pipeline made for it (now empty) goes.
 */
async function adoptSourcePicture(
  tx: Prisma.TransactionClient,
  userId: string,
  source: ResolvedSource,
  assetId: string,
): Promise<void> {
  const generation = await tx.generation.findFirst({
    where: { id: source.generationId, ownerId: userId },
    select: { assetId: true },
  });
  if (!generation) return;
  await tx.generation.update({ where: { id: source.generationId }, data: { assetId } });
  await tx.image.updateMany({ where: { id: source.imageId, ownerId: userId }, data: { assetId } });
  await tx.asset.deleteMany({
    where: { id: generation.assetId, ownerId: userId, generations: { none: {} }, images: { none: {} } },
  });
}

/** Renders and stores one token from an already resolved (and authorised) source picture. */
export async function stampToken(
  userId: string,
  source: ResolvedSource,
  style: TokenStyleInput,
  meta: { name?: string; campaignId?: string; npcId?: string },
): Promise<TokenView> {
  const name = meta.name ?? source.suggestedName;
  const rendered = await renderToken(source.bytes, { ...style });
  const squares = SQUARES[style.size];
  const campaignId = meta.campaignId ?? null;
  const image = {
    bytes: rendered.bytes,
    mimeType: rendered.mimeType,
    format: style.format,
    ext: style.format,
    width: rendered.size,
    height: rendered.size,
  };
  // Stamping the same picture twice gives the same bytes; a fresh salt keeps each token's file its own.
  const token = await storeImageFile({ ownerId: userId, nameSalt: randomUUID() }, image, (file) =>
    prisma.$transaction(async (tx) => {
      const asset = await tx.asset.create({
        data: {
          ownerId: userId,
          campaignId,
          kind: "TOKEN",
          name: `${name} — token`,
          tags: ["token", style.disposition.toLowerCase(), style.size.toLowerCase()],
        },
      });
      if (source.generationId) await adoptSourcePicture(tx, userId, source, asset.id);
      await tx.image.create({
        data: {
          ...file,
          ownerId: userId,
          assetId: asset.id,
          campaignId,
          source: "GENERATED",
          generationModel: "arcane-forge-token",
          tags: ["token"],
        },
      });
      return tx.token.create({
        data: {
          ownerId: userId,
          campaignId,
          assetId: asset.id,
          characterId: source.characterId ?? null,
          npcId: meta.npcId ?? null,
          sourceImageId: source.imageId,
          name,
          disposition: style.disposition,
          creatureSize: style.size,
          gridWidth: squares,
          gridHeight: squares,
          style: {
            zoom: style.zoom,
            offsetX: style.offsetX,
            offsetY: style.offsetY,
            background: style.background,
            ringWidth: style.ringWidth,
            format: style.format,
          } as Prisma.InputJsonValue,
        },
        include: tokenInclude,
      });
    }),
  );
  return toTokenView(token);
}
