import "server-only";
import { prisma } from "@/lib/db/client";
import type { GenerationStatus, Prisma, ProviderKind } from "@/lib/generated/prisma/client";
import { AppError, notFound } from "@/lib/http/errors";
import { removeImageFiles } from "@/lib/storage/remove-image-files";
import type { GenerationCreate, GenerationListQuery, GenerationUpdate } from "@/lib/schemas/gallery";
import { readableAssets, readableGenerations, writableAssets, writableGenerations } from "@/lib/access/content";
import { setFavoriteGeneration } from "./favorite-generation";
import { attachImage, imageForPath } from "./attach-image-path";
import { generationViewSelect, toGenerationView } from "./view";
import type { GenerationListResponse, GenerationView } from "@/lib/schemas/assets-response";

const PROVIDER_KINDS = new Set([
  "BUILTIN",
  "OPENAI",
  "GOOGLE",
  "XAI",
  "OPENROUTER",
  "OLLAMA",
  "OPENAI_COMPATIBLE",
  "GAB_AI",
  "ANTHROPIC",
]);
const toStatus = (status: string) => status.toUpperCase() as GenerationStatus;

/** GET /assets/{id}/generations: newest first, with status and favorite filters. */
export async function listGenerations(
  userId: string,
  assetId: string,
  query: GenerationListQuery,
): Promise<GenerationListResponse> {
  const asset = await prisma.asset.findFirst({
    where: { id: assetId, ...readableAssets(userId) },
    select: { favoriteGenerationId: true },
  });
  if (!asset) throw notFound("Asset");
  const where: Prisma.GenerationWhereInput = { assetId };
  if (query.status) where.status = toStatus(query.status);
  if (query.is_favorite !== undefined) {
    const favoriteId = asset.favoriteGenerationId ?? "00000000-0000-0000-0000-000000000000";
    where.id = query.is_favorite ? favoriteId : { not: favoriteId };
  }
  const [total, rows] = await Promise.all([
    prisma.generation.count({ where }),
    prisma.generation.findMany({
      where,
      select: generationViewSelect,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: query.offset,
      take: query.limit,
    }),
  ]);
  return { generations: rows.map(toGenerationView), total, limit: query.limit, offset: query.offset };
}

/** A generation the user may see (through its asset); 404 otherwise. */
export async function getGenerationView(userId: string, generationId: string): Promise<GenerationView> {
  const row = await prisma.generation.findFirst({
    where: { id: generationId, ...readableGenerations(userId) },
    select: generationViewSelect,
  });
  if (!row) throw notFound("Generation");
  return toGenerationView(row);
}

export async function findWritableGeneration(userId: string, generationId: string) {
  const row = await prisma.generation.findFirst({
    where: { id: generationId, ...writableGenerations(userId) },
    select: {
      id: true,
      assetId: true,
      ownerId: true,
      jobId: true,
      status: true,
      asset: { select: { campaignId: true } },
      image: { select: { id: true, path: true } },
    },
  });
  if (!row) throw notFound("Generation");
  return row;
}

const IN_THE_PIPELINE: GenerationStatus[] = ["PENDING", "GENERATING"];

/** Queued for or running in a worker: a file or a status from anyone else would race the worker. */
function isInThePipeline(generation: { jobId: string | null; status: GenerationStatus }): boolean {
  return generation.jobId !== null && IN_THE_PIPELINE.includes(generation.status);
}

/**
 * The same rule re-checked inside the writing transaction, with the row locked: a worker's claim
 * (PENDING → GENERATING) waits for the lock or has happened already, so the check cannot go stale
 * before the commit.
 */
async function lockOutsideThePipeline(tx: Prisma.TransactionClient, generationId: string): Promise<void> {
  const [row] = await tx.$queryRaw<{ jobId: string | null; status: GenerationStatus }[]>`
    SELECT "jobId", status::text AS status FROM "Generation" WHERE id = ${generationId}::uuid FOR UPDATE`;
  if (!row) throw notFound("Generation");
  if (isInThePipeline(row)) throw pipelineConflict();
}

export const pipelineConflict = () =>
  new AppError(
    "CONFLICT",
    "This generation is still being made by the generation pipeline, which sets its image and status. Wait for it to finish, or cancel it.",
  );

/**
 * POST /assets/{id}/generations: records a generation made elsewhere (the asset API's clients track
 * their own runs). The built-in pipeline has its own endpoint; this one never calls a provider.
 */
export async function createGeneration(
  userId: string,
  assetId: string,
  input: GenerationCreate,
): Promise<GenerationView> {
  const asset = await prisma.asset.findFirst({
    where: { id: assetId, ...writableAssets(userId) },
    select: { id: true, ownerId: true },
  });
  if (!asset) throw notFound("Asset");
  const parameters = input.parameters;
  const prompt = stringParam(parameters, "positive_prompt") ?? stringParam(parameters, "prompt") ?? "";
  const provider = (stringParam(parameters, "provider") ?? "").toUpperCase();
  const created = await prisma.generation.create({
    data: {
      ownerId: asset.ownerId,
      assetId,
      status: toStatus(input.status),
      providerKind: (PROVIDER_KINDS.has(provider) ? provider : "OPENAI_COMPATIBLE") as ProviderKind,
      model: stringParam(parameters, "model") ?? null,
      prompt,
      parameters: parameters as Prisma.InputJsonObject,
      metadata: input.metadata as Prisma.InputJsonObject,
      completedAt: input.status === "completed" ? new Date() : null,
    },
    select: generationViewSelect,
  });
  return toGenerationView(created);
}

/**
 * PUT /generations/{id}: status, favorite flag, metadata. Files only arrive through /upload.
 * The status only of a generation recorded through this API: one the pipeline runs (it has a job)
 * changes status only in the pipeline. Otherwise anyone who may write it (a campaign's DM, for a
 * player's generation) could set it back to pending and have the worker spend the owner's key again,
 * or mark a running one completed under the worker.
 */
export async function updateGeneration(
  userId: string,
  generationId: string,
  input: GenerationUpdate,
): Promise<GenerationView> {
  const generation = await findWritableGeneration(userId, generationId);
  if (input.status !== undefined && generation.jobId !== null) {
    throw new AppError(
      "CONFLICT",
      "This generation is run by the generation pipeline, so its status cannot be set. Cancel it or start a new one instead.",
    );
  }
  // Checked before any write, so a refused image_path leaves the status and metadata as they were.
  const attaching = input.image_path !== undefined && input.image_path !== generation.image?.path;
  if (attaching && isInThePipeline(generation)) throw pipelineConflict();
  const newImage = attaching ? await imageForPath(userId, input.image_path!, generation) : null;
  await prisma.$transaction(async (tx) => {
    if (newImage) await lockOutsideThePipeline(tx, generationId);
    if (newImage)
      await attachImage(
        tx,
        { id: generationId, assetId: generation.assetId, campaignId: generation.asset.campaignId },
        newImage.id,
        generation.image?.id ?? null,
      );
    await tx.generation.update({
      where: { id: generationId },
      data: {
        status: input.status ? toStatus(input.status) : undefined,
        completedAt: input.status === "completed" ? new Date() : undefined,
        metadata: input.metadata as Prisma.InputJsonObject | undefined,
      },
    });
  });
  if (input.is_favorite !== undefined) await setFavoriteGeneration(generation.assetId, generationId, input.is_favorite);
  return getGenerationView(userId, generationId);
}

/** POST/DELETE /generations/{id}/favorite. */
export async function markGenerationFavorite(
  userId: string,
  generationId: string,
  favorite: boolean,
): Promise<GenerationView> {
  const generation = await findWritableGeneration(userId, generationId);
  await setFavoriteGeneration(generation.assetId, generationId, favorite);
  return getGenerationView(userId, generationId);
}

/** DELETE /generations/{id}: the generation, its image row, then its file. */
export async function deleteGeneration(userId: string, generationId: string): Promise<void> {
  const generation = await findWritableGeneration(userId, generationId);
  await prisma.$transaction(async (tx) => {
    if (generation.image) await tx.image.delete({ where: { id: generation.image.id } });
    await tx.generation.delete({ where: { id: generationId } });
  });
  if (generation.image) await removeImageFiles([generation.image]);
}

function stringParam(parameters: Record<string, unknown>, key: string): string | undefined {
  const value = parameters[key];
  return typeof value === "string" && value.trim() ? value.trim().slice(0, 4000) : undefined;
}
