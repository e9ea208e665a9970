import { getServerSession } from "next-auth";
import { prisma } from "@/lib/db/client";
import { authOptions } from "./options";
import type { PublicUser } from "./register-user";

/** The signed-in user for server components, or null. A session whose user was deleted is null. */
export async function getCurrentUser(): Promise<PublicUser | null> {
  const session = await getServerSession(authOptions);
  const userId = session?.user?.id;
  if (!userId) return null;
  return prisma.user.findUnique({ where: { id: userId }, select: { id: true, email: true, name: true } });
}
