import "server-only";
import { prisma } from "@/lib/db/client";
import type { ProfileView } from "@/lib/schemas/profiles";
import { lockUserDefaults } from "./default-lock";
import { findOwnedProfile } from "./find-owned-profile";
import { toProfileView } from "./view";

/**
 * Exactly one default per user: clearing and setting happen in one transaction holding the user's
 * default lock, so concurrent calls queue up and the last one wins — never two defaults.
 */
export async function setDefaultProfile(userId: string, id: string): Promise<ProfileView> {
  await findOwnedProfile(userId, id);
  const row = await prisma.$transaction(async (tx) => {
    await lockUserDefaults(tx, userId);
    await tx.connectionProfile.updateMany({
      where: { userId, isDefault: true, NOT: { id } },
      data: { isDefault: false },
    });
    return tx.connectionProfile.update({ where: { id, userId }, data: { isDefault: true } });
  });
  return toProfileView(row);
}
