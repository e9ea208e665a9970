import type { ZodError, ZodType } from "zod";
import { AppError } from "./errors";
import { issueErrorCode } from "./issue-codes";
import { assertLegalText } from "./text-characters";
import { zodIssuesToDetails } from "./zod-details";

export const DEFAULT_JSON_LIMIT_BYTES = 64 * 1024;

/**
 * Reads a JSON body with a byte limit, then validates it. Reading the body ourselves (rather than
 * `request.json()`) lets an oversized body be refused with 413 before it is parsed.
 */
export async function parseJsonBody<T>(
  request: Request,
  schema: ZodType<T>,
  limitBytes = DEFAULT_JSON_LIMIT_BYTES,
): Promise<T> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > limitBytes) throw tooLarge(limitBytes);
  const text = await readTextWithLimit(request, limitBytes);
  let raw: unknown;
  try {
    raw = text.length === 0 ? undefined : JSON.parse(text);
  } catch {
    throw new AppError("VALIDATION", "The request body is not valid JSON");
  }
  return parseWith(schema, raw);
}

/** Validates query parameters (as a plain object of strings) against a schema. */
export function parseSearchParams<T>(url: string | URL, schema: ZodType<T>): T {
  const params = new URL(url).searchParams;
  const raw: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key);
    raw[key] = values.length > 1 ? values : values[0];
  }
  return parseWith(schema, raw);
}

export function parseWith<T>(schema: ZodType<T>, raw: unknown): T {
  assertLegalText(raw);
  const result = schema.safeParse(raw);
  if (!result.success) throw zodFailure(result.error);
  return result.data;
}

/** A failed parse as the one error: an issue that names its code (an unknown path id: 404) wins, else 400. */
export function zodFailure(error: ZodError): AppError {
  for (const issue of error.issues) {
    const code = issueErrorCode(issue);
    if (code) return new AppError(code, issue.message);
  }
  return new AppError("VALIDATION", "The request is not valid", { details: zodIssuesToDetails(error) });
}

export async function readTextWithLimit(request: Request, limitBytes: number): Promise<string> {
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limitBytes) {
      await reader.cancel();
      throw tooLarge(limitBytes);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}

const tooLarge = (limitBytes: number) =>
  new AppError("TOO_LARGE", `The request body is larger than ${Math.round(limitBytes / 1024)} KB`);
