import { readApiError, type ApiError } from "@/components/auth/api-error";

/** A failed API call, carrying the server's message and field issues for forms and toasts. */
export class ApiRequestError extends Error {
  constructor(
    readonly status: number,
    readonly apiError: ApiError,
  ) {
    super(apiError.message || `The request failed (${status})`);
    this.name = "ApiRequestError";
  }
}

/** fetch for our own JSON API: throws ApiRequestError on 4xx/5xx, returns null for 204. */
export async function fetchJson<T>(url: string, init: { method?: string; body?: unknown; signal?: AbortSignal } = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: init.method ?? "GET",
      headers: init.body === undefined ? undefined : { "content-type": "application/json" },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      signal: init.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === "AbortError") throw error;
    throw new ApiRequestError(0, { code: "NETWORK", message: "Could not reach the server. Check your connection.", issues: [] });
  }
  if (!response.ok) throw new ApiRequestError(response.status, await readApiError(response));
  if (response.status === 204) return null as T;
  return (await response.json()) as T;
}
