import { prisma } from "@/lib/db/client";
import { isId } from "./id";
import { userIdFromRequest } from "./session-cookie";
import { bearerToken, userIdForApiToken } from "./api-token";

/**
 * The session checks the route boundary (route.ts, beside it) runs before a handler. They live in
 * lib/http rather than lib/auth because reading the caller off a request is the boundary's job,
 * and lib/auth builds on lib/http (its errors), never the other way round.
 */

/**
 * The user id of a signed session cookie, without asking the database (the image route's cheap
 * check); or of a personal API token (`Authorization: Bearer`), which is one indexed lookup. A
 * request that sends a bearer token is decided by it alone: a revoked one is refused even beside
 * a valid cookie.
 */
export async function sessionUserId(request: Request): Promise<string | null> {
  const token = bearerToken(request);
  if (token) return userIdForApiToken(token);
  const userId = await userIdFromRequest(request);
  return userId && isId(userId) ? userId : null;
}

/** The user id of a signed session whose user still exists (one primary-key lookup). */
export async function signedInUserId(request: Request): Promise<string | null> {
  const userId = await sessionUserId(request);
  if (!userId) return null;
  const user = await prisma.user.findUnique({ where: { id: userId }, select: { id: true } });
  return user?.id ?? null;
}
