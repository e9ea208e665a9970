import "server-only";
import { prisma } from "@/lib/db/client";
import { getAdapter } from "@/lib/providers/registry";
import type { ProfileUpdateInput, ProfileView } from "@/lib/schemas/profiles";
import { validationError } from "@/lib/http/errors";
import { resolveProfileBaseUrl } from "./base-url";
import { findOwnedProfile } from "./find-owned-profile";
import { CLEARED_KEY_COLUMNS, sealedKeyColumns } from "./key";
import { rethrowNameTaken } from "./prisma-errors";
import { toProfileView } from "./view";

/**
 * Absent fields stay as they are. The key is write-only: a blank key keeps the stored one, a new
 * key replaces it, and clearKey removes it (refused for providers that cannot work without one).
 */
export async function updateProfile(userId: string, id: string, input: ProfileUpdateInput): Promise<ProfileView> {
  const current = await findOwnedProfile(userId, id);
  const adapter = getAdapter(current.kind);

  let keyColumns = {};
  if (input.apiKey && adapter.kind !== "BUILTIN") keyColumns = sealedKeyColumns(userId, input.apiKey);
  else if (input.clearKey) {
    if (adapter.requiresKey) {
      throw validationError(`${adapter.label} needs an API key; enter a new one instead of removing it`, {
        issues: [{ path: "apiKey", message: "This provider needs a key" }],
      });
    }
    keyColumns = CLEARED_KEY_COLUMNS;
  }

  const data = {
    ...(input.name !== undefined ? { name: input.name } : {}),
    ...(input.baseUrl !== undefined ? { baseUrl: await resolveProfileBaseUrl(adapter.kind, input.baseUrl) } : {}),
    ...(input.imageModel !== undefined ? { imageModel: input.imageModel } : {}),
    ...(input.textModel !== undefined ? { textModel: input.textModel } : {}),
    ...keyColumns,
  };
  try {
    // Scoped by userId in the write too, not only in the read above.
    const { count } = await prisma.connectionProfile.updateMany({ where: { id, userId }, data });
    if (count === 0) return toProfileView(await findOwnedProfile(userId, id));
  } catch (error) {
    rethrowNameTaken(error, input.name ?? current.name);
  }
  return toProfileView(await findOwnedProfile(userId, id));
}
