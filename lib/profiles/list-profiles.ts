import "server-only";
import { prisma } from "@/lib/db/client";
import type { ProfileView } from "@/lib/schemas/profiles";
import { ensureBuiltinProfile } from "./ensure-builtin-profile";
import { toProfileView } from "./view";

/** The user's profiles, default first, then by name; the built-in one is made on first listing. */
export async function listProfiles(userId: string): Promise<ProfileView[]> {
  await ensureBuiltinProfile(userId);
  const rows = await prisma.connectionProfile.findMany({
    where: { userId },
    orderBy: [{ isDefault: "desc" }, { name: "asc" }],
  });
  return rows.map(toProfileView);
}
