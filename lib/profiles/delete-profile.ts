import "server-only";
import { prisma } from "@/lib/db/client";
import { validationError } from "@/lib/http/errors";
import { ensureBuiltinProfile } from "./ensure-builtin-profile";
import { findOwnedProfile } from "./find-owned-profile";

/**
 * Deletes a profile (its generations keep their history; the column is set null). The last
 * built-in profile stays, so a user can always generate; deleting the default hands the star back
 * to the built-in engine.
 */
export async function deleteProfile(userId: string, id: string): Promise<void> {
  const profile = await findOwnedProfile(userId, id);
  if (profile.kind === "BUILTIN") {
    const builtins = await prisma.connectionProfile.count({ where: { userId, kind: "BUILTIN" } });
    if (builtins <= 1)
      throw validationError("The built-in offline engine cannot be removed: it is what works without any key");
  }
  await prisma.connectionProfile.deleteMany({ where: { id, userId } });
  if (profile.isDefault) await ensureBuiltinProfile(userId);
}
