import { AsyncLocalStorage } from "node:async_hooks";
import { randomUUID } from "node:crypto";

type RequestContext = { requestId: string };
type Holder = { storage: AsyncLocalStorage<RequestContext> };

// On globalThis: Next bundles the route boundary and instrumentation.ts (which installs the JSON
// console) into separate chunks, and both must see the same store.
const holder: Holder = ((globalThis as { __arcaneForgeRequestContext?: Holder }).__arcaneForgeRequestContext ??= {
  storage: new AsyncLocalStorage<RequestContext>(),
});

export const REQUEST_ID_HEADER = "x-request-id";

/**
 * A client or load balancer may send its own id so its logs and ours line up; only a short,
 * plain one is taken (it lands in every log line of the request), anything else gets a new id.
 */
const SANE_REQUEST_ID = /^[A-Za-z0-9._:-]{8,128}$/;

export function requestIdFrom(headers: Headers): string {
  const given = headers.get(REQUEST_ID_HEADER);
  return given && SANE_REQUEST_ID.test(given) ? given : randomUUID();
}

/** Runs `work` with `requestId` attached to everything it logs, however deep the call goes. */
export function withRequestId<T>(requestId: string, work: () => T): T {
  return holder.storage.run({ requestId }, work);
}

export function currentRequestId(): string | undefined {
  return holder.storage.getStore()?.requestId;
}
