import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

/** The current portrait: the chosen (favourite) generation, else the newest finished one. */
export const portraitSelect = {
  id: true,
  name: true,
  portraitAsset: {
    select: {
      favoriteGeneration: { select: { providerKind: true, image: { select: { id: true, path: true } } } },
      generations: {
        where: { status: "COMPLETED" },
        orderBy: { createdAt: "desc" },
        take: 1,
        select: { providerKind: true, image: { select: { id: true, path: true } } },
      },
    },
  },
} satisfies Prisma.CharacterProfileSelect;

export type CharacterWithPortrait = Prisma.CharacterProfileGetPayload<{ select: typeof portraitSelect }>;

export function currentPortrait(
  character: CharacterWithPortrait,
): { id: string; path: string; builtin: boolean } | null {
  const asset = character.portraitAsset;
  const generation = asset?.favoriteGeneration?.image ? asset.favoriteGeneration : asset?.generations[0];
  return generation?.image ? { ...generation.image, builtin: generation.providerKind === "BUILTIN" } : null;
}
