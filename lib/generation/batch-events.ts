import pg from "pg";
import { prisma } from "@/lib/db/client";

/**
 * Postgres LISTEN/NOTIFY on one channel: the worker (any process) announces that a batch changed
 * state, and whoever waits on that batch in this process (a waiting request, the worker holding
 * its provider call) looks again. One listening connection per process, opened on first use.
 */
const CHANNEL = "generation_batch";

type Listener = () => void;
type EventsState = { client?: Promise<pg.Client>; connected?: pg.Client; listeners: Map<string, Set<Listener>> };
const state: EventsState = ((globalThis as { __arcaneForgeBatchEvents?: EventsState }).__arcaneForgeBatchEvents ??= {
  listeners: new Map(),
});

export async function notifyBatchChanged(batchId: string): Promise<void> {
  // Listeners in this process hear it at once; NOTIFY carries it to the others (and back here,
  // which costs one more read for a waiter that is still waiting, nothing else).
  for (const listener of state.listeners.get(batchId) ?? []) listener();
  try {
    await prisma.$executeRaw`SELECT pg_notify(${CHANNEL}, ${batchId})`;
  } catch (error) {
    // Waiters also poll, so a lost notification costs latency, not correctness.
    console.error(`[generation] notify failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}

async function connect(): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  client.on("error", (error) => {
    console.error(`[generation] batch listener lost: ${error.message}`);
    // Forget it so the next subscriber reconnects; waiters poll in the meantime.
    if (state.connected === client) state.client = state.connected = undefined;
    client.end().catch(() => undefined);
  });
  client.on("notification", (message) => {
    if (message.channel !== CHANNEL || !message.payload) return;
    for (const listener of state.listeners.get(message.payload) ?? []) listener();
  });
  await client.connect();
  await client.query(`LISTEN ${CHANNEL}`);
  state.connected = client;
  return client;
}

/** Calls `listener` whenever the batch changes; returns the unsubscribe function. */
export async function subscribeBatch(batchId: string, listener: Listener): Promise<() => void> {
  const set = state.listeners.get(batchId) ?? new Set<Listener>();
  set.add(listener);
  state.listeners.set(batchId, set);
  const unsubscribe = () => {
    set.delete(listener);
    if (set.size === 0 && state.listeners.get(batchId) === set) state.listeners.delete(batchId);
  };
  try {
    state.client ??= connect().catch((error: unknown) => {
      state.client = undefined;
      throw error;
    });
    await state.client;
  } catch (error) {
    // Without a listener the caller's poll still works; say why it is slower.
    console.error(`[generation] batch listener unavailable: ${error instanceof Error ? error.message : String(error)}`);
  }
  return unsubscribe;
}

export async function closeBatchEvents(): Promise<void> {
  const pending = state.client;
  state.client = state.connected = undefined;
  state.listeners.clear();
  const client = await pending?.catch(() => undefined);
  await client?.end().catch(() => undefined);
}
