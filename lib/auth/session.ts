import { headers } from "next/headers";
import { prisma } from "@/lib/db/client";
import { sessionFromCookieHeader } from "@/lib/http/session-cookie";
import { liveSessionUserId } from "@/lib/http/session-user";
import type { PublicUser } from "./register-user";

/**
 * The signed-in user for server components, or null. The same check as the API boundary: the
 * cookie's Session row must be live, so a page shows signed out the moment a session is ended.
 */
export async function getCurrentUser(): Promise<PublicUser | null> {
  const claims = await sessionFromCookieHeader((await headers()).get("cookie") ?? "");
  const userId = claims ? await liveSessionUserId(claims) : null;
  if (!userId) return null;
  return prisma.user.findUnique({ where: { id: userId }, select: { id: true, email: true, name: true } });
}
