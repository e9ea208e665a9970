import { ZodError } from "zod";
import { AppError } from "./errors";
import { zodFailure } from "./parse";
import { prismaErrorToAppError } from "./prisma-errors";

/** Maps any thrown value to the one error shape. Unknown errors are logged (message only) and hidden. */
export function errorResponse(error: unknown): Response {
  const appError = toAppError(error);
  const headers: Record<string, string> = { "content-type": "application/json", "cache-control": "no-store" };
  if (appError.retryAfterSeconds !== undefined) headers["retry-after"] = String(Math.ceil(appError.retryAfterSeconds));
  return new Response(JSON.stringify(appError.toBody()), { status: appError.status, headers });
}

export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof ZodError) return zodFailure(error);
  const databaseError = prismaErrorToAppError(error);
  if (databaseError) return databaseError;
  // Log only the error's name and message: a stack or a request object could carry secrets.
  const summary = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  console.error(`[api] unexpected error: ${summary}`);
  return new AppError("INTERNAL", "Something went wrong on our side. Please try again.");
}

export function json<T>(body: T, init: ResponseInit = {}): Response {
  const headers = new Headers(init.headers);
  if (!headers.has("content-type")) headers.set("content-type", "application/json");
  if (!headers.has("cache-control")) headers.set("cache-control", "no-store");
  return new Response(JSON.stringify(body), { ...init, headers });
}

/** 204: done, nothing to send. */
export const noContent = (): Response => new Response(null, { status: 204 });
