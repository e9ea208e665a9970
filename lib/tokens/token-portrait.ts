import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

/** The current portrait: the chosen (favourite) generation, else the newest finished one. */
export const portraitSelect = {
  id: true,
  name: true,
  portraitAsset: {
    select: {
      favoriteGeneration: { select: { image: { select: { id: true, path: true } } } },
      generations: { where: { status: "COMPLETED" }, orderBy: { createdAt: "desc" }, take: 1, select: { image: { select: { id: true, path: true } } } },
    },
  },
} satisfies Prisma.CharacterProfileSelect;

export type CharacterWithPortrait = Prisma.CharacterProfileGetPayload<{ select: typeof portraitSelect }>;

export function currentPortrait(character: CharacterWithPortrait): { id: string; path: string } | null {
  const asset = character.portraitAsset;
  return asset?.favoriteGeneration?.image ?? asset?.generations[0]?.image ?? null;
}
