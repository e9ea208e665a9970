import { prisma } from "@/lib/db/client";
import { getAdapter } from "@/lib/providers/registry";
import { ProviderError, type ProviderConnection, type ProviderImage } from "@/lib/providers/types";
import { notifyBatchChanged, subscribeBatch } from "./batch-events";
import { callProviderWithRetry, GenerationCancelledError } from "./call-provider-with-retry";
import { generationTimeoutMs } from "./config";
import { registerCall, unregisterCall } from "./in-flight";
import { loadProfileConnection } from "./load-profile-connection";
import { ImageRejectedError, normalizeImage } from "@/lib/images/normalize-image";
import { StorageQuotaExceededError } from "@/lib/images/storage-quota";
import { markGenerationsFailed } from "./mark-generations-failed";
import { GenerationDiscardedError, saveGeneratedImage, type ClaimedGeneration } from "./save-generated-image";
import type { GenerationParameters } from "./types";

export type ClaimedBatch = { batchId: string; profileId: string | null; generations: ClaimedGeneration[] };

/**
 * PENDING → GENERATING for every generation of the batch still pending, in one UPDATE: two
 * workers handed the same batch cannot both claim a row. attempts+1 is the fencing token the
 * save checks, so a worker whose generation was recovered elsewhere cannot complete it too.
 */
export async function claimBatch(batchId: string): Promise<ClaimedBatch | null> {
  const rows = await prisma.generation.updateManyAndReturn({
    where: { batchId, status: "PENDING" },
    data: { status: "GENERATING", attempts: { increment: 1 }, startedAt: new Date() },
    select: { id: true, ownerId: true, assetId: true, attempts: true, parameters: true, profileId: true },
  });
  if (rows.length === 0) return null;
  const generations = rows
    .map((row) => ({ ...row, parameters: row.parameters as unknown as GenerationParameters }))
    .sort((a, b) => a.parameters.index - b.parameters.index);
  return { batchId, profileId: rows[0].profileId, generations };
}

/** Whether any generation of the batch still waits for a worker (a cheap look before waiting for a slot). */
export async function batchIsPending(batchId: string): Promise<boolean> {
  const waiting = await prisma.generation.findFirst({ where: { batchId, status: "PENDING" }, select: { id: true } });
  return waiting !== null;
}

/** Makes the batch's images with one provider call and settles every claimed generation. */
export async function processClaimedBatch(batch: ClaimedBatch, preloaded?: Promise<ProviderConnection>): Promise<void> {
  const ids = batch.generations.map((generation) => generation.id);
  const controller = registerCall(ids);
  // A cancel from another process arrives as a batch notification: abort once none is wanted.
  const unsubscribe = await subscribeBatch(batch.batchId, () => void abortWhenUnwanted(ids, controller));
  let apiKey: string | null | undefined;
  try {
    const { ownerId, parameters } = batch.generations[0];
    if (!batch.profileId) throw new ProviderError("BAD_REQUEST", "The connection profile was deleted");
    const connection = await (preloaded ?? loadProfileConnection(ownerId, batch.profileId)).catch(() => {
      throw new ProviderError("AUTH", "The connection profile or its key could not be loaded");
    });
    apiKey = connection.apiKey;
    const images = await generate(connection, parameters, ids.length, controller.signal);
    await Promise.all(batch.generations.map((generation, i) => settle(generation, images[i])));
  } catch (error) {
    if (error instanceof GenerationCancelledError) return; // whoever cancelled already set the status
    const failure =
      error instanceof ProviderError ? error : new ProviderError("SERVER", "The generation failed unexpectedly");
    await markGenerationsFailed(batch.generations, failure.kind, redact(failure.message, apiKey));
  } finally {
    unsubscribe();
    unregisterCall(ids);
    await notifyBatchChanged(batch.batchId);
  }
}

async function generate(
  connection: ProviderConnection,
  parameters: GenerationParameters,
  n: number,
  signal: AbortSignal,
): Promise<ProviderImage[]> {
  const adapter = getAdapter(connection.kind);
  if (!adapter.generateImages) throw new ProviderError("UNSUPPORTED", `${adapter.label} cannot generate images`);
  const { prompt, model, size, quality, style, aspectRatio, resolution, seed, subject } = parameters;
  return callProviderWithRetry(
    (attemptSignal) =>
      adapter.generateImages!(connection, {
        prompt,
        model,
        n,
        size,
        quality,
        style,
        aspectRatio,
        resolution,
        seed,
        subject,
        signal: attemptSignal,
      }),
    { signal, timeoutMs: generationTimeoutMs() },
  );
}

async function settle(generation: ClaimedGeneration, image: ProviderImage | undefined): Promise<void> {
  if (!image) {
    await markGenerationsFailed([generation], "INVALID_RESPONSE", "The provider returned fewer images than requested");
    return;
  }
  try {
    const normalized = await normalizeImage(image.bytes);
    await saveGeneratedImage(generation, normalized, image.revisedPrompt);
  } catch (error) {
    if (error instanceof GenerationDiscardedError) return;
    if (error instanceof ImageRejectedError) {
      await markGenerationsFailed([generation], "INVALID_IMAGE", error.message);
      return;
    }
    if (error instanceof StorageQuotaExceededError) {
      await markGenerationsFailed([generation], "STORAGE_QUOTA_EXCEEDED", error.message);
      return;
    }
    console.error(`[generation] saving ${generation.id} failed: ${error instanceof Error ? error.name : "error"}`);
    await markGenerationsFailed([generation], "SAVE_FAILED", "The image could not be saved");
  }
}

async function abortWhenUnwanted(ids: string[], controller: AbortController): Promise<void> {
  const running = await prisma.generation.count({ where: { id: { in: ids }, status: "GENERATING" } }).catch(() => 1);
  if (running === 0) controller.abort();
}

/** Adapters already scrub keys from their messages; this second pass costs nothing. */
function redact(message: string, apiKey: string | null | undefined): string {
  return apiKey && apiKey.length >= 4 ? message.split(apiKey).join("[redacted]") : message;
}
