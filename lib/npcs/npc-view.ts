import type { Prisma } from "@/lib/generated/prisma/client";
import { imageFileUrl } from "@/lib/images/urls";
import type { NpcView } from "@/lib/schemas/npcs-response";
import { visibilityName } from "@/lib/schemas/visibility";
import { readableTokens } from "@/lib/access/content";

/** What every NPC read includes: who sees it, and the tokens made from it that the viewer may see. */
export const npcInclude = (userId: string) =>
  ({
    asset: { select: { visibility: true } },
    tokens: {
      where: readableTokens(userId),
      orderBy: { createdAt: "asc" },
      select: {
        id: true,
        name: true,
        asset: { select: { images: { select: { id: true }, orderBy: { createdAt: "desc" }, take: 1 } } },
      },
    },
  }) satisfies Prisma.NpcInclude;

export type NpcRow = Prisma.NpcGetPayload<{ include: ReturnType<typeof npcInclude> }>;

/** `isDm`: the campaign's DM (or the NPC's owner) also gets the notes. */
export function toNpcView(row: NpcRow, isDm: boolean): NpcView {
  return {
    id: row.id,
    campaignId: row.campaignId,
    assetId: row.assetId,
    name: row.name,
    race: row.race,
    class: row.characterClass,
    description: row.description,
    personality: row.personality,
    alignment: row.alignment,
    notes: isDm ? row.notes : "",
    visibility: visibilityName(row.asset.visibility),
    tokens: row.tokens.map((token) => {
      const image = token.asset.images[0];
      return { id: token.id, name: token.name, imageUrl: image ? imageFileUrl(image.id) : null };
    }),
    createdAt: row.createdAt.toISOString(),
  };
}
