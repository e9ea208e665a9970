import { endAllSessions, listSessions } from "@/lib/auth/server-sessions";
import { json, noContent } from "@/lib/http/respond";
import { route } from "@/lib/http/route";
import { sessionFromRequest } from "@/lib/http/session-cookie";

/** The caller's live sessions (signed-in browsers), the current one marked. */
export const GET = route({}, async ({ userId, request }) =>
  json({ sessions: await listSessions(userId, (await sessionFromRequest(request))?.sessionId ?? null) }),
);

/** "Sign out everywhere": ends every session of the caller, this one included (its next request is a 401). */
export const DELETE = route({}, async ({ userId }) => {
  await endAllSessions(userId);
  return noContent();
});
