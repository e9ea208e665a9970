import "server-only";
import { prisma } from "@/lib/db/client";
import { generateImagesAndWait } from "@/lib/generation/generate-images";
import { AppError, notFound } from "@/lib/http/errors";
import { ensureBuiltinProfile } from "@/lib/profiles/ensure-builtin-profile";
import type { TokenSource } from "@/lib/schemas/tokens";
import { getFileStorage, StoredFileNotFoundError } from "@/lib/storage";
import { readableImages } from "@/lib/access/content";
import { readableCharacters } from "@/lib/access/characters";
import { currentPortrait, portraitSelect } from "./token-portrait";
import { cleanSubject } from "./clean-subject";

export type ResolvedSource = {
  bytes: Buffer;
  imageId: string;
  characterId?: string;
  suggestedName: string;
  /** Set when the picture was generated for this token: it then moves into the token's asset. */
  generationId?: string;
};

const SUBJECT_END =
  /\s+(with|wielding|holding|wearing|in|on|at|from|carrying|riding|under|beneath|near|who|that)\s+|[,.;:(]/i;

/** The subject of a description, for names: "a bugbear chief with a morningstar" → "Bugbear chief". */
export function subjectOf(description: string): string {
  const subject =
    description
      .trim()
      .replace(/^(an?|the)\s+/i, "")
      .split(SUBJECT_END)[0]
      .trim()
      .slice(0, 60) || "Token";
  return subject.charAt(0).toUpperCase() + subject.slice(1);
}

/**
 * The picture a token is cut from. Every lookup carries the access rule in its where clause, so a
 * character or image the user may not see is the same 404 as one that does not exist.
 */
export async function resolveTokenSource(
  userId: string,
  source: TokenSource,
  campaignId?: string,
): Promise<ResolvedSource> {
  if (source.kind === "character") {
    const character = await prisma.characterProfile.findFirst({
      where: { id: source.characterId, ...readableCharacters(userId) },
      select: portraitSelect,
    });
    if (!character) throw notFound("Character");
    const portrait = currentPortrait(character);
    if (!portrait) throw new AppError("VALIDATION", `${character.name} has no portrait yet: generate one first`);
    return {
      bytes: await cleanSubject(await readStored(portrait.path), portrait.builtin),
      imageId: portrait.id,
      characterId: character.id,
      suggestedName: character.name,
    };
  }
  if (source.kind === "image") {
    const image = await prisma.image.findFirst({
      where: { id: source.imageId, ...readableImages(userId) },
      select: {
        id: true,
        path: true,
        asset: { select: { name: true } },
        generation: { select: { providerKind: true } },
      },
    });
    if (!image) throw notFound("Image");
    const builtin = image.generation?.providerKind === "BUILTIN";
    return {
      bytes: await cleanSubject(await readStored(image.path), builtin),
      imageId: image.id,
      suggestedName: image.asset?.name.slice(0, 80) || "Token",
    };
  }
  // A description goes through the generation pipeline like any other image (the user's chosen
  // profile, or the built-in offline engine), so the source picture lands in their gallery too.
  const profileId = source.profileId ?? (await ensureBuiltinProfile(userId)).id;
  const result = await generateImagesAndWait({
    userId,
    profileId,
    prompt: `Token portrait, head and shoulders, centred, plain background: ${source.description}`,
    options: { n: 1 },
    campaignId,
  });
  const image = result.data[0];
  return {
    bytes: await cleanSubject(await readStored(image.filepath), result.metadata.provider === "BUILTIN"),
    imageId: image.id,
    suggestedName: subjectOf(source.description),
    generationId: image.generationId,
  };
}

async function readStored(key: string): Promise<Buffer> {
  try {
    return await getFileStorage().read(key);
  } catch (error) {
    if (error instanceof StoredFileNotFoundError) throw notFound("Image file");
    throw error;
  }
}
