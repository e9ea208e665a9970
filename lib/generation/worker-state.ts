import type { HeldBatch } from "./hand-back";
import type { Slots } from "./slots";
import type { GenerationJob } from "./types";

type WorkerState = {
  started?: Promise<void>;
  slots?: Slots;
  tasks: Set<Promise<void>>;
  recoveryTimer?: NodeJS.Timeout;
  /** Batches claimed here and not settled (kept alive by the heartbeat, handed back on stop). */
  held: Map<string, HeldBatch>;
  /** Jobs pg-boss delivered that have no slot yet (sent again on stop). */
  unstarted: Set<GenerationJob>;
  heartbeatTimer?: NodeJS.Timeout;
};

/**
 * This process's generation worker, kept on globalThis so every copy of this module (a bundle of
 * its own, a hot reload) finds the same one.
 */
export const state: WorkerState = ((globalThis as { __arcaneForgeWorker?: WorkerState }).__arcaneForgeWorker ??= {
  tasks: new Set(),
  held: new Map(),
  unstarted: new Set(),
});

export function heldIds(): string[] {
  return [...state.held.values()].flatMap((batch) => batch.generations.map((generation) => generation.id));
}

export function logError(what: string) {
  return (error: unknown) =>
    console.error(`[generation] ${what} failed: ${error instanceof Error ? error.message : String(error)}`);
}
