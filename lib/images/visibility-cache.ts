import { LRUCache } from "lru-cache";
import pg from "pg";

/**
 * "This user may see this image" remembered per process, so a gallery scrolling through
 * thumbnails asks PostgreSQL once per image rather than once per request (the question costs
 * more than serving a cached thumbnail does).
 *
 * Safe because it is forgotten the moment it may have become false: every change that can take a
 * permission away (image moved or deleted, membership or campaign gone, portrait or character
 * moved, account deleted) fires a statement trigger that NOTIFYs the "image_visibility" channel
 * (migration 20261121010000_image_visibility_events), and every process listening here forgets
 * everything. Only positive answers are kept, so grants need no event. While this process is not
 * listening (before LISTEN is confirmed, after the connection drops) nothing is remembered or
 * served from memory: every request asks the database, as without the cache.
 */
const CHANNEL = "image_visibility";
const MAX_ENTRIES = 20_000;
/** A backstop only: events make entries go at once; nothing lives longer than this regardless. */
const MAX_AGE_MS = 5 * 60_000;
const RECONNECT_DELAY_MS = 5_000;

export type VisibleImageRow = { id: string; path: string; mimeType: string; sha256: string; format: string };

type CacheState = {
  /** Least recently used out past MAX_ENTRIES; an entry older than MAX_AGE_MS is never returned. */
  entries: LRUCache<string, VisibleImageRow>;
  /** Bumped whenever everything is forgotten; an answer read before a bump is not stored. */
  epoch: number;
  listening: boolean;
  connecting?: Promise<void>;
  client?: pg.Client;
  retryAfter: number;
  hits: number;
  misses: number;
};
const state: CacheState = ((globalThis as { __arcaneForgeVisibility?: CacheState }).__arcaneForgeVisibility ??= {
  entries: new LRUCache({ max: MAX_ENTRIES, ttl: MAX_AGE_MS }),
  epoch: 0,
  listening: false,
  retryAfter: 0,
  hits: 0,
  misses: 0,
});

const keyOf = (userId: string, imageId: string) => `${userId}:${imageId}`;

/** The remembered row if this user was allowed to see this image and nothing has changed since. */
export function recallVisibleImage(userId: string, imageId: string): VisibleImageRow | undefined {
  startListening();
  const row = state.listening ? state.entries.get(keyOf(userId, imageId)) : undefined;
  if (!row) {
    state.misses++;
    return undefined;
  }
  state.hits++;
  return row;
}

/** Call before asking the database; pass the result to rememberVisibleImage with the answer. */
export const visibilityEpoch = () => state.epoch;

/**
 * Remembers an allowed answer, unless an event arrived while it was being read (the answer may
 * predate the change) or this process is not listening.
 */
export function rememberVisibleImage(userId: string, row: VisibleImageRow, epochBeforeQuery: number): void {
  if (!state.listening || epochBeforeQuery !== state.epoch) return;
  state.entries.set(keyOf(userId, row.id), row);
}

/** Forgets every answer (an event, a lost listener, a test). */
export function forgetVisibleImages(): void {
  state.entries.clear();
  state.epoch++;
}

/** Counters for tests and benchmarks: how often the database was spared. */
export const visibilityCacheStats = () => ({
  hits: state.hits,
  misses: state.misses,
  entries: state.entries.size,
  listening: state.listening,
});

/** Resolves once this process listens (or gave up for now); requests never wait for it. */
export function startListening(): Promise<void> {
  if (state.listening || state.connecting || Date.now() < state.retryAfter)
    return state.connecting ?? Promise.resolve();
  if (!process.env.DATABASE_URL) return Promise.resolve();
  state.connecting = listen()
    .catch((error: unknown) => {
      state.retryAfter = Date.now() + RECONNECT_DELAY_MS;
      console.error(
        `[images] visibility listener unavailable: ${error instanceof Error ? error.message : String(error)}`,
      );
    })
    .finally(() => (state.connecting = undefined));
  return state.connecting;
}

async function listen(): Promise<void> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  const lost = (reason: string) => {
    if (state.client !== client) return;
    state.listening = false;
    state.client = undefined;
    state.retryAfter = Date.now() + RECONNECT_DELAY_MS;
    forgetVisibleImages(); // events may have been missed while the connection was failing
    console.error(`[images] visibility listener lost (${reason}); answering from the database until it is back`);
    client.end().catch(() => undefined);
  };
  client.on("error", (error) => lost(error.message));
  client.on("end", () => lost("connection closed"));
  client.on("notification", (message) => {
    if (message.channel === CHANNEL) forgetVisibleImages();
  });
  state.client = client;
  try {
    await client.connect();
    await client.query(`LISTEN ${CHANNEL}`);
  } catch (error) {
    state.client = undefined;
    client.end().catch(() => undefined);
    throw error;
  }
  // A background helper must not keep a finished process (a script, a test run) alive.
  (client as unknown as { connection?: { stream?: { unref?: () => void } } }).connection?.stream?.unref?.();
  forgetVisibleImages(); // nothing from before LISTEN is trusted
  state.listening = true;
}

/** Stops listening and forgets everything (tests, shutdown). */
export async function stopListening(): Promise<void> {
  await state.connecting;
  const client = state.client;
  state.client = undefined;
  state.listening = false;
  state.retryAfter = 0;
  forgetVisibleImages();
  await client?.end().catch(() => undefined);
}
