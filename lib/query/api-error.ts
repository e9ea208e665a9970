/**
 * The app's one error shape, `{ error: { code, message, details? } }`, as the client reads it.
 * Validation failures carry `details.issues: [{ path, message }]`, flattened into `issues` so
 * forms can place each message next to its field.
 */
export type ApiError = {
  code: string;
  message: string;
  issues: Array<{ path: string; message: string }>;
  /** The server's `details` as sent (ids to poll, a reason), for callers that look closer. */
  details?: unknown;
};

/** A failed API call: the HTTP status (0 when the server was not reached) and the error it sent. */
export class ApiRequestError extends Error {
  constructor(
    readonly status: number,
    readonly apiError: ApiError,
    /** Seconds from a Retry-After header (429, 503), or null. */
    readonly retryAfter: number | null = null,
  ) {
    super(apiError.message || `The request failed (${status})`);
    this.name = "ApiRequestError";
  }

  get code(): string {
    return this.apiError.code;
  }
}

/** Reads an error response defensively: a proxy or crash may answer with anything. */
export async function readApiError(response: Response): Promise<ApiError> {
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    body = null;
  }
  const error = isRecord(body) && isRecord(body.error) ? body.error : {};
  const details = isRecord(error.details) ? error.details : {};
  const issues = Array.isArray(details.issues)
    ? details.issues.filter(isRecord).map((issue) => ({
        path: typeof issue.path === "string" ? issue.path : Array.isArray(issue.path) ? issue.path.join(".") : "",
        message: typeof issue.message === "string" ? issue.message : "",
      }))
    : [];
  return {
    code: typeof error.code === "string" ? error.code : "",
    message: typeof error.message === "string" ? error.message : "",
    issues: issues.filter((issue) => issue.message),
    ...(error.details === undefined ? {} : { details: error.details }),
  };
}

/** Seconds from a Retry-After header (delta-seconds form), or null. */
export function retryAfterSeconds(response: Response): number | null {
  const value = Number(response.headers.get("Retry-After"));
  return Number.isFinite(value) && value > 0 ? value : null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}
