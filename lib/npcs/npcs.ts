import "server-only";
import { prisma } from "@/lib/db/client";
import { notFound } from "@/lib/http/errors";
import { readableNpcs, writableNpcs } from "@/lib/access/content";
import { campaignRole, requireCampaignDm } from "@/lib/access/require";
import type { CreateNpcInput, UpdateNpcInput } from "@/lib/schemas/npcs";
import type { NpcListResponse, NpcView } from "@/lib/schemas/npcs-response";
import { npcInclude, toNpcView } from "./npc-view";

/**
 * A campaign's NPCs. Only the DM makes and changes them; an NPC is an asset of kind NPC, so it is
 * DM-only when made (the asset trigger) and the party sees it once the DM reveals the asset. Every
 * read goes through lib/access (readableNpcs), so a player never learns of a hidden NPC.
 */

/** The campaign's NPCs the user may see, by name; an outsider gets a 404 for the campaign. */
export async function listNpcs(userId: string, campaignId: string): Promise<NpcListResponse> {
  const role = await campaignRole(userId, campaignId);
  const rows = await prisma.npc.findMany({
    where: { campaignId, ...readableNpcs(userId) },
    include: npcInclude(userId),
    orderBy: [{ name: "asc" }, { id: "asc" }],
  });
  return { npcs: rows.map((row) => toNpcView(row, role === "DM")) };
}

export async function getNpc(userId: string, campaignId: string, npcId: string): Promise<NpcView> {
  const role = await campaignRole(userId, campaignId);
  const row = await prisma.npc.findFirst({
    where: { id: npcId, campaignId, ...readableNpcs(userId) },
    include: npcInclude(userId),
  });
  if (!row) throw notFound("NPC");
  return toNpcView(row, role === "DM");
}

/** The NPC with its asset, in one transaction (the asset's trigger makes it DM-only). */
export async function createNpc(userId: string, campaignId: string, input: CreateNpcInput): Promise<NpcView> {
  await requireCampaignDm(userId, campaignId);
  const row = await prisma.$transaction(async (tx) => {
    const asset = await tx.asset.create({
      data: {
        ownerId: userId,
        campaignId,
        kind: "NPC",
        name: input.name,
        description: input.description,
        tags: ["npc"],
      },
    });
    return tx.npc.create({
      data: { ...input, ownerId: userId, campaignId, assetId: asset.id },
      include: npcInclude(userId),
    });
  });
  return toNpcView(row, true);
}

async function requireWritableNpc(userId: string, campaignId: string, npcId: string) {
  const npc = await prisma.npc.findFirst({
    where: { id: npcId, campaignId, ...writableNpcs(userId) },
    select: { id: true, assetId: true },
  });
  if (!npc) throw notFound("NPC");
  return npc;
}

export async function updateNpc(
  userId: string,
  campaignId: string,
  npcId: string,
  input: UpdateNpcInput,
): Promise<NpcView> {
  const npc = await requireWritableNpc(userId, campaignId, npcId);
  const row = await prisma.$transaction(async (tx) => {
    if (input.name !== undefined || input.description !== undefined)
      await tx.asset.update({ where: { id: npc.assetId }, data: { name: input.name, description: input.description } });
    return tx.npc.update({ where: { id: npc.id }, data: input, include: npcInclude(userId) });
  });
  return toNpcView(row, true);
}

/** Deleting the asset deletes the NPC (cascade); its tokens stay, no longer linked. */
export async function deleteNpc(userId: string, campaignId: string, npcId: string): Promise<void> {
  const npc = await requireWritableNpc(userId, campaignId, npcId);
  await prisma.asset.delete({ where: { id: npc.assetId } });
}

/** An NPC the user may see, for making its token: what the token is drawn from. */
export async function readableNpcForToken(userId: string, npcId: string) {
  const npc = await prisma.npc.findFirst({
    where: { id: npcId, ...readableNpcs(userId) },
    select: {
      id: true,
      campaignId: true,
      name: true,
      race: true,
      characterClass: true,
      description: true,
      personality: true,
    },
  });
  if (!npc) throw notFound("NPC");
  return npc;
}

/** The words a token picture is drawn from when the request gives none. */
export const npcTokenDescription = (npc: {
  name: string;
  race: string;
  characterClass: string;
  description: string;
  personality: string;
}) =>
  [npc.name, [npc.race, npc.characterClass].filter(Boolean).join(" "), npc.description || npc.personality]
    .filter(Boolean)
    .join(", ");
