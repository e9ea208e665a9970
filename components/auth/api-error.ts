/** The app's one error shape: `{ error: { code, message, details?: { issues: [{ path, message }] } } }`. */
export type ApiError = {
  code: string;
  message: string;
  issues: Array<{ path: string; message: string }>;
};

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
