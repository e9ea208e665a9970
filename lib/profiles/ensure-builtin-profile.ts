import "server-only";
import { prisma } from "@/lib/db/client";
import type { ConnectionProfile } from "@/lib/generated/prisma/client";
import { getAdapter } from "@/lib/providers/registry";
import { lockUserDefaults } from "./default-lock";
import { isUniqueViolation } from "./prisma-errors";

export const BUILTIN_PROFILE_NAME = "Built-in offline engine";

/**
 * Every user has a built-in profile, so a new account can generate with no keys at all. It is
 * created lazily (first listing, first generate) rather than at sign-up, which also covers
 * accounts made before profiles existed. It becomes the default only when nothing else is.
 */
export async function ensureBuiltinProfile(userId: string): Promise<ConnectionProfile> {
  const builtin =
    (await prisma.connectionProfile.findFirst({ where: { userId, kind: "BUILTIN" }, orderBy: { createdAt: "asc" } })) ??
    (await createBuiltin(userId));

  const hasDefault = await prisma.connectionProfile.count({ where: { userId, isDefault: true } });
  if (hasDefault === 0) {
    // Re-checked under the user's default lock: a concurrent "set default" cannot be overridden.
    await prisma.$transaction(async (tx) => {
      await lockUserDefaults(tx, userId);
      const stillNone = (await tx.connectionProfile.count({ where: { userId, isDefault: true } })) === 0;
      if (stillNone) await tx.connectionProfile.update({ where: { id: builtin.id }, data: { isDefault: true } });
    });
    return (await prisma.connectionProfile.findUnique({ where: { id: builtin.id } })) ?? builtin;
  }
  return builtin;
}

async function createBuiltin(userId: string): Promise<ConnectionProfile> {
  const { defaults } = getAdapter("BUILTIN");
  const models = { imageModel: defaults.imageModel ?? null, textModel: defaults.textModel ?? null };
  for (const name of [BUILTIN_PROFILE_NAME, `${BUILTIN_PROFILE_NAME} (offline)`]) {
    try {
      return await prisma.connectionProfile.create({ data: { userId, name, kind: "BUILTIN", ...models } });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      // Either a concurrent request just made it, or the user gave another profile this name.
      const existing = await prisma.connectionProfile.findFirst({ where: { userId, kind: "BUILTIN" } });
      if (existing) return existing;
    }
  }
  return prisma.connectionProfile.create({
    data: { userId, name: `${BUILTIN_PROFILE_NAME} ${Date.now()}`, kind: "BUILTIN", ...models },
  });
}
