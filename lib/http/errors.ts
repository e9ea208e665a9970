/**
 * The one error vocabulary of the app. Every failure a user can see is an AppError with a code
 * from this table; anything else becomes a generic 500 so internals never leak.
 */
export const ERROR_STATUS = {
  VALIDATION: 400,
  UNSUPPORTED: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  TOO_LARGE: 413,
  /** The user's stored images would pass STORAGE_QUOTA_MB (a client limit, so 4xx, not 507). */
  STORAGE_QUOTA_EXCEEDED: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  RATE_LIMITED: 429,
  INTERNAL: 500,
  PROVIDER_ERROR: 502,
  UNAVAILABLE: 503,
  TIMEOUT: 504,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export type ErrorBody = { error: { code: ErrorCode; message: string; details?: unknown } };

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details?: unknown;
  /** Seconds a client should wait before retrying (sent as Retry-After). */
  readonly retryAfterSeconds?: number;

  constructor(
    code: ErrorCode,
    message: string,
    options: { details?: unknown; retryAfterSeconds?: number; cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = "AppError";
    this.code = code;
    this.details = options.details;
    this.retryAfterSeconds = options.retryAfterSeconds;
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }

  toBody(): ErrorBody {
    const body: ErrorBody = { error: { code: this.code, message: this.message } };
    if (this.details !== undefined) body.error.details = this.details;
    return body;
  }
}

export const notFound = (what = "Resource") => new AppError("NOT_FOUND", `${what} not found`);
export const unauthenticated = () => new AppError("UNAUTHENTICATED", "Sign in to continue");
export const conflict = (message: string) => new AppError("CONFLICT", message);
export const validationError = (message: string, details?: unknown) => new AppError("VALIDATION", message, { details });
