import "server-only";
import { characterInclude, enrichedCharacter } from "@/lib/characters/view";
import type { RosterCharacter } from "@/lib/schemas/campaigns-response";
import { prisma } from "@/lib/db/client";

/**
 * The party as EnrichedCharacters (profile + this campaign's state) in one query. Callers have
 * already proved the user may see the campaign. Current portraits come from stored images, so the
 * roster never waits for a generation.
 */
export async function loadRoster(campaignId: string): Promise<RosterCharacter[]> {
  const infos = await prisma.characterInfo.findMany({
    where: { campaignId },
    include: { character: { include: { ...characterInclude, owner: { select: { name: true } } } } },
    orderBy: { createdAt: "asc" },
  });
  return infos.map((info) => ({ ...enrichedCharacter(info.character, info), player_name: info.character.owner.name }));
}
