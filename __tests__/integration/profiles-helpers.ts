// Shared by the profiles-*.test.ts files: calls the route handlers the way Next does.
import { prisma } from "@/lib/db/client";
import { callRoute, type CallOptions } from "../support/call-route";

export { ORIGIN } from "../support/call-route";

type Handler = Parameters<typeof callRoute>[0];

export const call = (handler: Handler, { userId, ...options }: CallOptions & { userId?: string } = {}) =>
  callRoute(handler, { method: "GET", path: "/api/profiles", ...options, user: userId });

/** Everything stored about profiles, for before/after comparisons around refused requests. */
export async function profileSnapshot() {
  const rows = await prisma.connectionProfile.findMany({ orderBy: { id: "asc" } });
  return JSON.stringify(
    rows.map((row) => ({
      ...row,
      apiKeyCiphertext: row.apiKeyCiphertext && Buffer.from(row.apiKeyCiphertext).toString("hex"),
    })),
  );
}
