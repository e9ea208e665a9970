import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Serialises every "who is the default" change of one user by locking their User row for the rest
 * of the transaction. Row locks on the profiles alone are not enough: when no profile is default
 * yet, there is nothing to lock, and two concurrent calls would each set their own.
 */
export async function lockUserDefaults(tx: Prisma.TransactionClient, userId: string): Promise<void> {
  await tx.$queryRaw`SELECT id FROM "User" WHERE id = ${userId}::uuid FOR UPDATE`;
}
