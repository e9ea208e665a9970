import { randomUUID } from "node:crypto";
import { prisma } from "@/lib/db/client";
import type { Prisma, ProviderKind } from "@/lib/generated/prisma/client";
import { AppError, notFound } from "@/lib/http/errors";
import { getAdapter } from "@/lib/providers/registry";
import { hashSeed, randomSeed } from "@/lib/rng";
import { assetNameFor } from "./asset-name";
import { checkImageOptions } from "./check-image-options";
import { loadProfile } from "./load-profile-connection";
import { assertGenerationCapacity, lockGenerationQuota } from "./generation-quota";
import { enqueueBatch } from "./queue";
import { runHereIfIdle } from "./run-job-in-slot";
import type { GenerationJob, GenerationParameters, GenerationRequest, GenerationSummary } from "./types";

export type RequestedBatch = {
  batchId: string;
  assetId: string;
  provider: string;
  model: string;
  generations: GenerationSummary[];
};

/**
 * Validates a generation request, stores one PENDING Generation per image (sharing a batchId) and
 * enqueues one job for the batch. Every refusal happens before the first write, so a refused
 * request changes nothing; with the user's storage already full it is a 413, past their waiting
 * limit a 429 (generation-quota.ts).
 * Callers with an asset of their own (a portrait) pass its id.
 */
export async function requestGeneration(request: GenerationRequest): Promise<RequestedBatch> {
  const { userId, options = {}, tags = [] } = request;
  const profile = await loadProfile(userId, request.profileId);
  const adapter = getAdapter(profile.kind);
  const { model, capabilities } = checkImageOptions(adapter, profile.imageModel, options);
  if (request.assetId) await assertOwnAsset(userId, request.assetId);

  const n = options.n ?? 1;
  const batchId = randomUUID();
  const jobId = randomUUID();
  // An engine that takes a seed gets one even when none was asked for, and each generation stores
  // its own (image i of a batch is drawn with seed + i), so the gallery shows it and "Generate
  // again" with it draws the same picture. Without one asked for, every request is a new picture.
  const seed = capabilities.seed ? (options.seed ?? hashSeed(randomSeed())) : undefined;
  const parametersFor = (index: number): GenerationParameters => ({
    prompt: request.prompt,
    provider: profile.kind,
    model,
    n,
    index,
    size: options.size,
    quality: options.quality,
    style: options.style,
    aspectRatio: options.aspectRatio,
    resolution: options.resolution,
    seed: seed === undefined ? undefined : seed + index,
    subject: request.subject,
    tags,
    campaignId: request.campaignId,
  });

  const rows: BatchRow[] = Array.from({ length: n }, (_, index) => ({
    ownerId: userId,
    profileId: profile.id,
    batchId,
    jobId,
    providerKind: profile.kind,
    model,
    prompt: request.prompt,
    parameters: parametersFor(index) as unknown as Prisma.InputJsonValue,
  }));
  // One transaction under the user's quota lock: the storage and waiting checks and the insert are
  // one decision, so concurrent requests at the limit cannot both pass, and a refused one writes nothing.
  const { assetId, generations } = await prisma.$transaction(async (tx) => {
    await lockGenerationQuota(tx, userId);
    await assertGenerationCapacity(userId, n, tx);
    return insertBatch(tx, request, rows);
  });

  await enqueueOrFail({ batchId, ownerId: userId, profileId: profile.id }, jobId);
  return { batchId, assetId, provider: profile.kind, model, generations };
}

type BatchRow = {
  ownerId: string;
  profileId: string;
  batchId: string;
  jobId: string;
  providerKind: ProviderKind;
  model: string;
  prompt: string;
  parameters: Prisma.InputJsonValue;
};

async function insertBatch(
  tx: Prisma.TransactionClient,
  request: GenerationRequest,
  rows: BatchRow[],
): Promise<{ assetId: string; generations: GenerationSummary[] }> {
  if (request.assetId) {
    const assetId = request.assetId;
    const created = await tx.generation.createManyAndReturn({
      data: rows.map((row) => ({ ...row, assetId })),
      select: { id: true, status: true, parameters: true },
    });
    // createManyAndReturn does not promise input order; the index in parameters does.
    const generations = created
      .sort((a, b) => indexOf(a.parameters) - indexOf(b.parameters))
      .map(({ id, status }) => ({ id, status }));
    return { assetId, generations };
  }
  // A new asset and its generations in one statement (one round trip, atomic by itself).
  const assetId = randomUUID();
  const generations = rows.map(() => ({ id: randomUUID(), status: "PENDING" as const }));
  const now = new Date().toISOString(); // UTC, as Prisma writes DateTime
  const { ownerId, profileId, batchId, jobId, providerKind, model, prompt } = rows[0];
  await tx.$executeRaw`
    WITH a AS (
      INSERT INTO "Asset" (id, "ownerId", "campaignId", kind, name, "createdAt", "updatedAt")
      VALUES (${assetId}::uuid, ${ownerId}::uuid, ${request.campaignId ?? null}::uuid, ${request.assetKind ?? "IMAGE"}::"AssetKind",
              ${assetNameFor(request)}::text, ${now}::timestamp, ${now}::timestamp)
      RETURNING id)
    INSERT INTO "Generation" (id, "ownerId", "assetId", "profileId", "batchId", "jobId", "providerKind", model, prompt, parameters, "createdAt", "updatedAt")
    SELECT g.id, ${ownerId}::uuid, a.id, ${profileId}::uuid, ${batchId}::uuid, ${jobId}::text, ${providerKind}::"ProviderKind", ${model}::text,
           ${prompt}::text, g.parameters::jsonb, ${now}::timestamp, ${now}::timestamp
    FROM a, unnest(${generations.map((generation) => generation.id)}::uuid[], ${rows.map((row) => JSON.stringify(row.parameters))}::text[]) AS g(id, parameters)`;
  return { assetId, generations };
}

const indexOf = (parameters: Prisma.JsonValue) => Number((parameters as { index?: number } | null)?.index ?? 0);

async function assertOwnAsset(userId: string, assetId: string): Promise<void> {
  const asset = await prisma.asset.findFirst({ where: { id: assetId, ownerId: userId }, select: { id: true } });
  if (!asset) throw notFound("Asset");
}

/** Rows without a job would wait forever: if the queue refuses, say so on the rows and to the caller. */
async function enqueueOrFail(job: GenerationJob, jobId: string): Promise<void> {
  const { batchId } = job;
  // The local worker (if any, with a free slot) starts while the job is being sent: both only
  // need the committed rows, and whichever reaches them second finds nothing to claim.
  const claimedHere = runHereIfIdle(job);
  try {
    await enqueueBatch(job, jobId);
  } catch (error) {
    // Already running here: a crash would leave GENERATING rows, which recovery re-queues.
    if (await claimedHere)
      return void console.error(`[generation] could not enqueue batch ${batchId}; it runs in this process`);
    console.error(
      `[generation] could not enqueue batch ${batchId}: ${error instanceof Error ? error.message : String(error)}`,
    );
    await prisma.generation.updateMany({
      where: { batchId, status: "PENDING" },
      data: {
        status: "FAILED",
        errorCode: "QUEUE_UNAVAILABLE",
        error: "The generation queue is unavailable",
        completedAt: new Date(),
      },
    });
    throw new AppError("INTERNAL", "The generation queue is unavailable. Please try again.", { cause: error });
  }
}
