/**
 * The provider calls this process is making, so a cancel can abort the call through its signal.
 * One call serves a whole batch (n images); it is aborted only once none of its generations is
 * still wanted, since the others' images come from the same call.
 */
type Call = { controller: AbortController; wanted: Set<string> };
type InFlightState = { byGeneration: Map<string, Call> };
const state: InFlightState = ((globalThis as { __arcaneForgeInFlight?: InFlightState }).__arcaneForgeInFlight ??= {
  byGeneration: new Map(),
});

export function registerCall(generationIds: string[]): AbortController {
  const call: Call = { controller: new AbortController(), wanted: new Set(generationIds) };
  for (const id of generationIds) state.byGeneration.set(id, call);
  return call.controller;
}

export function unregisterCall(generationIds: string[]): void {
  for (const id of generationIds) state.byGeneration.delete(id);
}

/** The generation is no longer wanted; aborts the call when it was the last one. */
export function abortInProcess(generationId: string): boolean {
  const call = state.byGeneration.get(generationId);
  if (!call) return false;
  call.wanted.delete(generationId);
  if (call.wanted.size === 0) call.controller.abort();
  return true;
}

export function isInFlightHere(generationId: string): boolean {
  return state.byGeneration.has(generationId);
}
