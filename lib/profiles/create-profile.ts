import "server-only";
import { prisma } from "@/lib/db/client";
import { getAdapter } from "@/lib/providers/registry";
import type { ProfileCreateInput, ProfileView } from "@/lib/schemas/profiles";
import { validationError } from "@/lib/http/errors";
import { resolveProfileBaseUrl } from "./base-url";
import { lockUserDefaults } from "./default-lock";
import { sealedKeyColumns } from "./key";
import { rethrowNameTaken } from "./prisma-errors";
import { toProfileView } from "./view";

/** Creates a profile; models left blank take the provider's defaults so it works straight away. */
export async function createProfile(userId: string, input: ProfileCreateInput): Promise<ProfileView> {
  const adapter = getAdapter(input.kind);
  // The built-in engine has no account to authenticate, so a key given for it is dropped, not stored.
  const apiKey = adapter.kind === "BUILTIN" ? undefined : input.apiKey;
  if (adapter.requiresKey && !apiKey) {
    throw validationError(`${adapter.label} needs an API key`, {
      issues: [{ path: "apiKey", message: "Enter your API key" }],
    });
  }
  const baseUrl = await resolveProfileBaseUrl(adapter.kind, input.baseUrl);
  const data = {
    userId,
    name: input.name,
    kind: adapter.kind,
    baseUrl,
    imageModel: input.imageModel ?? adapter.defaults.imageModel ?? null,
    textModel: input.textModel ?? adapter.defaults.textModel ?? null,
    ...(apiKey ? sealedKeyColumns(userId, apiKey) : {}),
  };
  try {
    const row = await prisma.$transaction(async (tx) => {
      if (input.isDefault) await lockUserDefaults(tx, userId);
      if (input.isDefault)
        await tx.connectionProfile.updateMany({ where: { userId, isDefault: true }, data: { isDefault: false } });
      return tx.connectionProfile.create({ data: { ...data, isDefault: input.isDefault ?? false } });
    });
    return toProfileView(row);
  } catch (error) {
    rethrowNameTaken(error, input.name);
  }
}
