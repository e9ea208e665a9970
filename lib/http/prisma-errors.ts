import { AppError } from "./errors";

// Prisma's codes for a value that cannot be stored: too long for its column (P2000), of the wrong
// type or shape (P2006, P2007, P2009), inconsistent with the column (P2023).
const INVALID_VALUE_CODES = new Set(["P2000", "P2006", "P2007", "P2009", "P2023"]);
// PostgreSQL's codes for the same through the pg adapter (raw queries): invalid text
// representation, string too long, invalid datetime format, datetime out of range, bad encoding.
const INVALID_VALUE_SQLSTATES = new Set(["22P02", "22001", "22007", "22008", "22021"]);
const UNIQUE_VIOLATION_SQLSTATE = "23505";

type CodedError = { code?: unknown; meta?: { driverAdapterError?: { cause?: DriverCause } }; cause?: DriverCause };
type DriverCause = { originalCode?: unknown; code?: unknown };

/**
 * What a Prisma or pg error means to the caller, recognised by code so no Prisma class is
 * imported: a unique clash is a 409 (two requests raced for the same slot), a missing record a
 * 404, a value the column cannot take a 400. Bad input is never a 500. Anything else: undefined.
 */
export function prismaErrorToAppError(error: unknown): AppError | undefined {
  if (typeof error !== "object" || error === null) return undefined;
  const coded = error as CodedError;
  const code = typeof coded.code === "string" ? coded.code : undefined;
  const sqlState = sqlStateOf(coded);
  if (code === "P2002" || sqlState === UNIQUE_VIOLATION_SQLSTATE) {
    return new AppError("CONFLICT", "This conflicts with a change made at the same time. Reload and try again.", {
      cause: error,
    });
  }
  if (code === "P2025") return new AppError("NOT_FOUND", "Resource not found", { cause: error });
  if ((code && INVALID_VALUE_CODES.has(code)) || (sqlState && INVALID_VALUE_SQLSTATES.has(sqlState))) {
    return new AppError("VALIDATION", "A value in the request is not valid for its field", { cause: error });
  }
  return undefined;
}

function sqlStateOf(error: CodedError): string | undefined {
  const cause = error.meta?.driverAdapterError?.cause ?? error.cause;
  const state = cause?.originalCode ?? cause?.code;
  return typeof state === "string" ? state : undefined;
}

/** Prisma's unique-constraint failure, for domain code that turns a clash into its own message. */
export function isUniqueViolation(error: unknown): boolean {
  return prismaErrorToAppError(error)?.code === "CONFLICT";
}
