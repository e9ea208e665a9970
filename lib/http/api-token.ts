import { createHash } from "node:crypto";
import { prisma } from "@/lib/db/client";

/**
 * Personal API tokens on the boundary: `Authorization: Bearer <token>` names a user exactly as a
 * session does. Only the SHA-256 of a token is stored, so the lookup hashes what was sent; a
 * revoked token, or one whose user is gone, names nobody (401).
 */

export const API_TOKEN_PREFIX = "af_";
const LAST_USED_PRECISION_MS = 60_000;

export const hashApiToken = (token: string) => createHash("sha256").update(token, "utf8").digest("hex");

/** The bearer token of a request, or null when it sends none (then the session cookie decides). */
export function bearerToken(request: Request): string | null {
  const header = request.headers.get("authorization");
  const match = header?.match(/^Bearer\s+(\S+)\s*$/i);
  return match ? match[1] : null;
}

/**
 * The user an API token acts for. Last use is recorded to the minute (one write a minute per
 * token, not one per request).
 */
export async function userIdForApiToken(token: string): Promise<string | null> {
  if (!token.startsWith(API_TOKEN_PREFIX) || token.length > 200) return null;
  const row = await prisma.apiToken.findUnique({
    where: { tokenHash: hashApiToken(token) },
    select: { id: true, userId: true, revokedAt: true, lastUsedAt: true },
  });
  if (!row || row.revokedAt) return null;
  const now = new Date();
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > LAST_USED_PRECISION_MS)
    await prisma.apiToken.updateMany({ where: { id: row.id, revokedAt: null }, data: { lastUsedAt: now } });
  return row.userId;
}
