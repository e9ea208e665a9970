import { ApiRequestError, readApiError, retryAfterSeconds } from "./api-error";

export { ApiRequestError } from "./api-error";

export type FetchJsonInit = {
  method?: string;
  /** Sent as JSON, or as multipart when it is a FormData (the browser sets the boundary). */
  body?: unknown;
  signal?: AbortSignal;
};

export const NETWORK_ERROR_MESSAGE = "Could not reach the server. Check your connection.";

/**
 * The client's one way to call the app's API. Resolves with the parsed body typed as the route's
 * response contract (lib/schemas/*-response.ts, imported with `import type`), or null for 204.
 * Rejects with ApiRequestError carrying the one error shape for any 4xx/5xx, and for a request
 * that never reached the server (status 0). An abort is rethrown as it is, so react-query can
 * tell a cancelled query from a failed one.
 */
export async function fetchJson<T>(url: string, init: FetchJsonInit = {}): Promise<T> {
  const { method = "GET", body, signal } = init;
  const multipart = typeof FormData !== "undefined" && body instanceof FormData;
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers: body === undefined || multipart ? undefined : { "content-type": "application/json" },
      body: body === undefined ? undefined : multipart ? body : JSON.stringify(body),
      signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === "AbortError") throw error;
    throw new ApiRequestError(0, { code: "NETWORK", message: NETWORK_ERROR_MESSAGE, issues: [] });
  }
  if (!response.ok)
    throw new ApiRequestError(response.status, await readApiError(response), retryAfterSeconds(response));
  if (response.status === 204) return null as T;
  try {
    return (await response.json()) as T;
  } catch {
    // A 2xx whose body is not JSON is a server bug, not something a caller can use.
    throw new ApiRequestError(response.status, {
      code: "BAD_RESPONSE",
      message: "The server sent an unreadable answer.",
      issues: [],
    });
  }
}
