import "server-only";
import { prisma } from "@/lib/db/client";
import type { ConnectionProfile } from "@/lib/generated/prisma/client";
import { notFound } from "@/lib/http/errors";
import { isId } from "@/lib/http/id";

/** The user's own profile or 404 — another user's id looks exactly like a missing one. */
export async function findOwnedProfile(userId: string, id: string): Promise<ConnectionProfile> {
  if (!isId(id)) throw notFound("Profile");
  const profile = await prisma.connectionProfile.findFirst({ where: { id, userId } });
  if (!profile) throw notFound("Profile");
  return profile;
}
