import "server-only";
import { withoutDmNotes } from "@/lib/access/characters";
import { characterInclude, enrichedCharacter } from "@/lib/characters/view";
import type { RosterCharacter } from "@/lib/schemas/campaigns-response";
import { prisma } from "@/lib/db/client";

/**
 * The party as EnrichedCharacters (profile + this campaign's state) in one query. Callers have
 * already proved the user may see the campaign. Current portraits come from stored images, so the
 * roster never waits for a generation. Players get it without the DM's notes.
 */
export async function loadRoster(campaignId: string, viewerIsDm: boolean): Promise<RosterCharacter[]> {
  const infos = await prisma.characterInfo.findMany({
    where: { campaignId },
    include: { character: { include: { ...characterInclude, owner: { select: { name: true } } } } },
    orderBy: { createdAt: "asc" },
  });
  return infos.map((info) => ({
    ...withoutDmNotes(enrichedCharacter(info.character, info), viewerIsDm),
    player_name: info.character.owner.name,
  }));
}
