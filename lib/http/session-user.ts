import { prisma } from "@/lib/db/client";
import { isId } from "./id";
import { sessionFromRequest, type SessionClaims } from "./session-cookie";
import { bearerToken, userIdForApiToken } from "./api-token";

/**
 * The session checks the route boundary (route.ts, beside it) runs before a handler. They live in
 * lib/http rather than lib/auth because reading the caller off a request is the boundary's job,
 * and lib/auth builds on lib/http (its errors), never the other way round.
 */

/** Last seen is recorded to the minute: one write a minute per session, not one per request. */
const LAST_SEEN_PRECISION_MS = 60_000;

/**
 * The user id of a signed session cookie whose Session row is live, or of a personal API token
 * (`Authorization: Bearer`). Either is one primary-key or unique-index lookup, and either row
 * proves its user exists (both are deleted with the user). A request that sends a bearer token is
 * decided by it alone: a revoked one is refused even beside a valid cookie.
 */
export async function sessionUserId(request: Request): Promise<string | null> {
  const token = bearerToken(request);
  if (token) return userIdForApiToken(token);
  const claims = await sessionFromRequest(request);
  return claims ? liveSessionUserId(claims) : null;
}

/**
 * The user of a session the server has not ended. Asked on every request rather than remembered,
 * so a sign-out (this browser's, another's, "everywhere") takes effect on the very next request in
 * every process.
 */
export async function liveSessionUserId(claims: SessionClaims): Promise<string | null> {
  if (!isId(claims.userId) || !isId(claims.sessionId)) return null;
  const row = await prisma.session.findUnique({
    where: { id: claims.sessionId },
    select: { userId: true, revokedAt: true, lastSeenAt: true },
  });
  if (!row || row.revokedAt || row.userId !== claims.userId) return null;
  const now = new Date();
  if (now.getTime() - row.lastSeenAt.getTime() > LAST_SEEN_PRECISION_MS)
    await prisma.session.updateMany({ where: { id: claims.sessionId, revokedAt: null }, data: { lastSeenAt: now } });
  return row.userId;
}
