import { prisma } from "@/lib/db/client";
import { storeImageFile } from "@/lib/images/store-image-file";
import type { NormalizedImage } from "@/lib/images/normalize-image";
import type { GenerationParameters, GenerationTag } from "./types";

/** The generation was cancelled or taken over while its image was made: its result is dropped. */
export class GenerationDiscardedError extends Error {
  constructor() {
    super("The generation is no longer running here");
    this.name = "GenerationDiscardedError";
  }
}

export type ClaimedGeneration = {
  id: string;
  ownerId: string;
  assetId: string;
  attempts: number;
  parameters: GenerationParameters;
};

/**
 * Stores the file, then in one SQL statement marks the generation COMPLETED and creates its Image
 * with typed tags. The status update is fenced on GENERATING and this worker's attempt number, so
 * a cancel or a recovery that got there first wins; when the transaction does not commit, for that
 * or any reason, storeImageFile removes the file: file and rows never disagree.
 */
export async function saveGeneratedImage(
  generation: ClaimedGeneration,
  image: NormalizedImage,
  revisedPrompt?: string,
): Promise<{ imageId: string }> {
  const { ownerId, parameters } = generation;
  // The salt: a deterministic engine can return identical bytes for two generations in the same
  // millisecond, so the generation and attempt go into the name too.
  const name = { ownerId, index: parameters.index, nameSalt: `${generation.id}:${generation.attempts}` };
  const tags = uniqueTags(parameters.tags);
  return storeImageFile(name, image, async (file) => {
    // One statement, so one round trip and atomic by itself: the fenced status update, the Image
    // (only if the fence matched) and its typed tags. Timestamps are UTC, as Prisma writes them.
    const now = new Date().toISOString();
    const rows = await prisma.$queryRaw<{ id: string }[]>`
      WITH g AS (
        UPDATE "Generation"
        SET status = 'COMPLETED', "completedAt" = ${now}::timestamp, "errorCode" = NULL, error = NULL, "updatedAt" = ${now}::timestamp
        WHERE id = ${generation.id}::uuid AND status = 'GENERATING' AND attempts = ${generation.attempts}::int
        RETURNING id),
      i AS (
        INSERT INTO "Image" (id, "ownerId", "assetId", "generationId", "campaignId", path, filename, "mimeType", bytes, width, height,
                             format, sha256, source, "generationPrompt", "generationModel", "revisedPrompt", "createdAt", "updatedAt")
        SELECT gen_random_uuid(), ${ownerId}::uuid, ${generation.assetId}::uuid, g.id, ${parameters.campaignId ?? null}::uuid,
               ${file.path}::text, ${file.filename}::text, ${file.mimeType}::text, ${file.bytes}::int, ${file.width}::int, ${file.height}::int,
               ${file.format}::text, ${file.sha256}::text, 'GENERATED', ${parameters.prompt}::text, ${parameters.model}::text,
               ${revisedPrompt ?? null}::text, ${now}::timestamp, ${now}::timestamp
        FROM g
        RETURNING id),
      t AS (
        INSERT INTO "ImageTag" (id, "imageId", "tagType", "tagId", "createdAt")
        SELECT gen_random_uuid(), i.id, tag.type::"ImageTagType", tag.tag_id, ${now}::timestamp
        FROM i, unnest(${tags.map((tag) => tag.tagType)}::text[], ${tags.map((tag) => tag.tagId)}::text[]) AS tag(type, tag_id))
      SELECT id FROM i`;
    // No row: nothing matched the fence (cancelled, failed or taken over meanwhile).
    if (rows.length === 0) throw new GenerationDiscardedError();
    return { imageId: rows[0].id };
  });
}

function uniqueTags(tags: GenerationTag[]): GenerationTag[] {
  const seen = new Map(tags.map((tag) => [`${tag.tagType}:${tag.tagId}`, tag]));
  return [...seen.values()].map(({ tagType, tagId }) => ({ tagType, tagId }));
}
