import { prisma } from "@/lib/db/client";
import { notFound } from "@/lib/http/errors";
import { isId } from "@/lib/http/id";

/**
 * Sessions on the server. next-auth keeps a signed JWT in the cookie; the token's `sid` names a
 * Session row here, and the boundary (lib/http/session-user.ts) asks that row on every request.
 * Ending a session sets `revokedAt`, so a copy of the cookie stops working on its next request.
 */

const USER_AGENT_MAX = 300;
/** The token's lifetime (next-auth's session maxAge): a session started longer ago has no valid token left. */
export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;
const tokenLifetimeAgo = () => new Date(Date.now() - SESSION_MAX_AGE_SECONDS * 1000);

/** A new signed-in browser; its id goes into the token as `sid`. The user's long-dead rows go. */
export async function startSession(userId: string, userAgent: string | null | undefined): Promise<string> {
  await prisma.session.deleteMany({ where: { userId, createdAt: { lt: tokenLifetimeAgo() } } });
  const session = await prisma.session.create({
    data: { userId, userAgent: cleanUserAgent(userAgent) },
    select: { id: true },
  });
  return session.id;
}

/** Whether a token's session is still live (next-auth's own session endpoint asks this). */
export async function isLiveSession(sessionId: string, userId: string): Promise<boolean> {
  if (!isId(sessionId)) return false;
  const row = await prisma.session.findUnique({ where: { id: sessionId }, select: { userId: true, revokedAt: true } });
  return row !== null && row.userId === userId && row.revokedAt === null;
}

/** Ends one session by its id (next-auth's sign-out of this browser); unknown or ended: nothing. */
export async function endSession(sessionId: string): Promise<void> {
  if (!isId(sessionId)) return;
  await prisma.session.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: new Date() } });
}

/** Ends one of the user's sessions; another user's (or an ended one) is a 404. */
export async function endSessionOf(userId: string, sessionId: string): Promise<void> {
  const { count } = await prisma.session.updateMany({
    where: { id: sessionId, userId, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  if (count === 0) throw notFound("Session");
}

/** "Sign out everywhere": every live session of the user, the caller's own included. */
export async function endAllSessions(userId: string): Promise<number> {
  const { count } = await prisma.session.updateMany({
    where: { userId, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  return count;
}

export type SessionSummary = {
  id: string;
  userAgent: string;
  createdAt: string;
  lastSeenAt: string;
  current: boolean;
};

/** The user's live sessions, most recently used first; `current` marks the caller's own. */
export async function listSessions(userId: string, currentSessionId: string | null): Promise<SessionSummary[]> {
  const rows = await prisma.session.findMany({
    where: { userId, revokedAt: null, createdAt: { gte: tokenLifetimeAgo() } },
    orderBy: [{ lastSeenAt: "desc" }, { id: "asc" }],
    select: { id: true, userAgent: true, createdAt: true, lastSeenAt: true },
    take: 200,
  });
  return rows.map((row) => ({
    id: row.id,
    userAgent: row.userAgent,
    createdAt: row.createdAt.toISOString(),
    lastSeenAt: row.lastSeenAt.toISOString(),
    current: row.id === currentSessionId,
  }));
}

/** Control characters never reach the list; the rest is shown as text, so it needs no escaping here. */
function cleanUserAgent(userAgent: string | null | undefined): string {
  return (userAgent ?? "").replace(/[\u0000-\u001f\u007f]/g, "").slice(0, USER_AGENT_MAX);
}
