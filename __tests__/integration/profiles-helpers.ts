// Shared by the profiles-*.test.ts files: calls the route handlers the way Next does.
import { prisma } from "@/lib/db/client";
import { sessionCookieFor } from "../support/session";

export const ORIGIN = "http://localhost:3000";

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

export async function call(
  handler: Handler,
  options: { userId?: string; method?: string; path?: string; body?: unknown; params?: Record<string, string> } = {},
) {
  const headers = new Headers({ "content-type": "application/json" });
  if (options.userId) headers.set("cookie", await sessionCookieFor(options.userId));
  const request = new Request(`${ORIGIN}${options.path ?? "/api/profiles"}`, {
    method: options.method ?? "GET",
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  const response = await handler(request, { params: Promise.resolve(options.params ?? {}) });
  const text = await response.text();
  return { status: response.status, text, body: text ? JSON.parse(text) : null };
}

/** Everything stored about profiles, for before/after comparisons around refused requests. */
export async function profileSnapshot() {
  const rows = await prisma.connectionProfile.findMany({ orderBy: { id: "asc" } });
  return JSON.stringify(rows.map((row) => ({ ...row, apiKeyCiphertext: row.apiKeyCiphertext && Buffer.from(row.apiKeyCiphertext).toString("hex") })));
}
