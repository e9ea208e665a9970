import "server-only";
import { prisma } from "@/lib/db/client";
import { assertGenerationCapacity } from "@/lib/generation/generation-quota";
import { loadProfile } from "@/lib/generation/load-profile-connection";
import { toAppError } from "@/lib/http/respond";
import type { BatchTokensInput, TokenStyleInput } from "@/lib/schemas/tokens";
import { tokenStyleSchema } from "@/lib/schemas/tokens";
import { stampToken } from "./create-token";
import { visibleCampaigns } from "@/lib/access/campaigns";
import { requireCampaignMember } from "@/lib/access/require";
import { resolveTokenSource } from "./token-source";
import type { TokenView } from "./token-view";
import { notFound } from "@/lib/http/errors";
import { npcTokenDescription, readableNpcForToken } from "@/lib/npcs/npcs";
import type { BatchItemResult, TokenBatchResponse } from "@/lib/schemas/tokens-response";

/**
 * POST /api/generate/token/batch. Items run one after another (the pipeline and sharp share two
 * cores with everything else) and each succeeds or fails alone: a failure is recorded with its
 * reason and the rest carry on.
 */
export async function batchTokens(userId: string, input: BatchTokensInput): Promise<TokenBatchResponse> {
  if (input.campaignId) await requireCampaignMember(userId, input.campaignId);
  // Someone else's profile would fail every item the same way: refuse the whole batch up front.
  if (input.profileId) await loadProfile(userId, input.profileId);
  // Items from descriptions generate one picture each, one after another: past the waiting limit
  // every one would be refused, so the whole batch is a 429 before any item starts.
  if (!("party" in input)) await assertGenerationCapacity(userId, 1);
  const look = { background: input.background, format: input.format };
  const jobs =
    "party" in input
      ? await partyJobs(userId, input.campaignId, look)
      : "npcIds" in input
        ? storedNpcJobs(userId, input, look)
        : npcJobs(userId, input, look);
  const results: BatchItemResult[] = [];
  for (const [index, job] of jobs.entries()) {
    try {
      results.push({ index, name: job.name, ok: true, token: await job.run() });
    } catch (error) {
      const appError = toAppError(error);
      results.push({ index, name: job.name, ok: false, error: { code: appError.code, message: appError.message } });
    }
  }
  const created = results.filter((result) => result.ok).length;
  return { results, created, failed: results.length - created };
}

type Job = { name: string; run: () => Promise<TokenView> };
type Look = Pick<TokenStyleInput, "background" | "format">;

const styleOf = (
  look: Look,
  size: TokenStyleInput["size"],
  disposition: TokenStyleInput["disposition"],
): TokenStyleInput => tokenStyleSchema.parse({ ...look, size, disposition });

function npcJobs(userId: string, input: Extract<BatchTokensInput, { npcs: unknown }>, look: Look): Job[] {
  return input.npcs.map((npc) => ({
    name: npc.name,
    run: async () => {
      const source = await resolveTokenSource(
        userId,
        { kind: "description", description: `${npc.name}, ${npc.description}`, profileId: input.profileId },
        input.campaignId,
      );
      return stampToken(userId, source, styleOf(look, npc.size, npc.disposition), {
        name: npc.name,
        campaignId: input.campaignId,
      });
    },
  }));
}

/** Stored NPCs of the campaign, by id: an id the user may not see is a failed item (404), like a missing one. */
function storedNpcJobs(userId: string, input: Extract<BatchTokensInput, { npcIds: unknown }>, look: Look): Job[] {
  return input.npcIds.map((npcId) => ({
    name: npcId,
    run: async () => {
      const npc = await readableNpcForToken(userId, npcId);
      if (npc.campaignId !== input.campaignId) throw notFound("NPC");
      const source = await resolveTokenSource(
        userId,
        { kind: "description", description: npcTokenDescription(npc), profileId: input.profileId },
        input.campaignId,
      );
      return stampToken(userId, source, styleOf(look, "MEDIUM", "NEUTRAL"), {
        name: npc.name,
        campaignId: input.campaignId,
        npcId: npc.id,
      });
    },
  }));
}

/** Every character in the campaign (membership checked in the where clause); no portrait → a failed item. */
async function partyJobs(userId: string, campaignId: string, look: Look): Promise<Job[]> {
  const infos = await prisma.characterInfo.findMany({
    where: { campaignId, campaign: visibleCampaigns(userId) },
    select: { character: { select: { id: true, name: true } } },
    orderBy: { createdAt: "asc" },
  });
  return infos.map(({ character }) => ({
    name: character.name,
    run: async () => {
      // Being in the same campaign is what lets the DM stamp a player's portrait (lib/access).
      const source = await resolveTokenSource(userId, { kind: "character", characterId: character.id });
      return stampToken(userId, source, styleOf(look, "MEDIUM", "PC"), { name: character.name, campaignId });
    },
  }));
}
