import { decryptForUser } from "@/lib/crypto";
import { prisma } from "@/lib/db/client";
import type { ConnectionProfile } from "@/lib/generated/prisma/client";
import { notFound } from "@/lib/http/errors";
import type { ProviderConnection } from "@/lib/providers/types";

/** A profile row without its key material: safe to keep around and to log field by field. */
export type ProfileSummary = Pick<ConnectionProfile, "id" | "userId" | "kind" | "baseUrl" | "imageModel">;

/** The acting user's profile, or 404 whether it does not exist or belongs to someone else. */
export async function loadProfile(userId: string, profileId: string): Promise<ProfileSummary> {
  const profile = await prisma.connectionProfile.findFirst({
    where: { id: profileId, userId },
    select: { id: true, userId: true, kind: true, baseUrl: true, imageModel: true },
  });
  if (!profile) throw notFound("Connection profile");
  return profile;
}

/**
 * The connection with its key decrypted. Only the worker calls this, right before the provider
 * call, so the plaintext key lives for one call and never travels through a job or a row.
 */
export async function loadProfileConnection(userId: string, profileId: string): Promise<ProviderConnection> {
  const profile = await prisma.connectionProfile.findFirst({ where: { id: profileId, userId } });
  if (!profile) throw notFound("Connection profile");
  const { apiKeyCiphertext, apiKeyIv, apiKeyTag, apiKeyVersion } = profile;
  const apiKey =
    apiKeyCiphertext && apiKeyIv && apiKeyTag && apiKeyVersion != null
      ? decryptForUser(userId, {
          ciphertext: apiKeyCiphertext,
          iv: apiKeyIv,
          tag: apiKeyTag,
          keyVersion: apiKeyVersion,
        })
      : null;
  return {
    kind: profile.kind,
    baseUrl: profile.baseUrl,
    apiKey,
    imageModel: profile.imageModel,
    textModel: profile.textModel,
  };
}
