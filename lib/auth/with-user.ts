import { prisma } from "@/lib/db/client";
import { isId } from "@/lib/http/id";
import { userIdFromRequest } from "./session-cookie";

/**
 * The session checks the route boundary (`lib/http/route.ts`) runs before a handler. Both answer
 * null rather than throwing, so this module needs nothing from the HTTP layer.
 */

/** The user id of a signed session cookie, without asking the database (the image route's cheap check). */
export async function sessionUserId(request: Request): Promise<string | null> {
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
