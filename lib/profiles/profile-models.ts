import "server-only";
import { LRUCache } from "lru-cache";
import { decryptForUser, SecretDecryptionError } from "@/lib/crypto";
import { scrubSecrets } from "@/lib/providers/safe-provider-message";
import { getAdapter } from "@/lib/providers/registry";
import { ProviderError, type ModelInfo } from "@/lib/providers/types";
import type { ProfileModelsResult } from "@/lib/schemas/profiles-response";
import { findOwnedProfile } from "./find-owned-profile";

const LIST_TIMEOUT_MS = 15_000;
/** Catalogues change over months, not minutes: an hour saves a call per page view. */
const CACHE_TTL_MS = 60 * 60 * 1000;

type Entry = { models: ProfileModel[]; fetchedAt: string; revision: string };
type ProfileModel = ModelInfo & { sizes?: string[] };

// Keyed by profile; the revision (updatedAt) drops an entry once the key, URL or kind changes.
const cache = new LRUCache<string, Entry>({ max: 2000, ttl: CACHE_TTL_MS });

/**
 * The models a profile's provider offers now, read from its models endpoint and cached per
 * profile; `refresh` reads it again. Each model carries what it makes and, for image models, the
 * sizes or aspect ratios this app can send it. A failure is a result to show, never key material.
 */
export async function profileModels(
  userId: string,
  id: string,
  options: { refresh?: boolean } = {},
): Promise<ProfileModelsResult> {
  const profile = await findOwnedProfile(userId, id);
  const adapter = getAdapter(profile.kind);
  const revision = profile.updatedAt.toISOString();
  const hit = cache.get(profile.id);
  if (hit && hit.revision === revision && !options.refresh)
    return { ok: true, models: hit.models, fetchedAt: hit.fetchedAt, cached: true };
  let apiKey: string | null = null;
  try {
    if (profile.apiKeyCiphertext && profile.apiKeyIv && profile.apiKeyTag && profile.apiKeyVersion !== null) {
      apiKey = decryptForUser(userId, {
        ciphertext: profile.apiKeyCiphertext,
        iv: profile.apiKeyIv,
        tag: profile.apiKeyTag,
        keyVersion: profile.apiKeyVersion,
      });
    }
    if (adapter.requiresKey && !apiKey)
      return { ok: false, message: `${adapter.label} needs an API key. Edit the profile to add one.` };
    if (!adapter.listModels) return { ok: false, message: `${adapter.label} has no models list to read` };
    const listed = await adapter.listModels(
      { kind: profile.kind, baseUrl: profile.baseUrl, apiKey },
      AbortSignal.timeout(LIST_TIMEOUT_MS),
    );
    const models = listed.map((model): ProfileModel => {
      const capabilities = model.image ? adapter.imageCapabilities(model.id) : null;
      return {
        ...model,
        ...(capabilities?.aspectRatios?.length ? { aspectRatios: capabilities.aspectRatios } : {}),
        ...(capabilities?.sizes.length ? { sizes: capabilities.sizes } : {}),
      };
    });
    const entry = { models, fetchedAt: new Date().toISOString(), revision };
    cache.set(profile.id, entry);
    return { ok: true, models, fetchedAt: entry.fetchedAt, cached: false };
  } catch (error) {
    return { ok: false, message: scrubSecrets(describe(error, adapter.label), [apiKey]) };
  }
}

function describe(error: unknown, label: string): string {
  if (error instanceof SecretDecryptionError) return "The stored key could not be decrypted. Enter the key again.";
  if (error instanceof ProviderError)
    return error.kind === "TIMEOUT"
      ? `${label} did not answer within ${LIST_TIMEOUT_MS / 1000} seconds`
      : error.message;
  if (error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError"))
    return `${label} did not answer within ${LIST_TIMEOUT_MS / 1000} seconds`;
  console.error(`[profiles] model list failed unexpectedly: ${error instanceof Error ? error.name : typeof error}`);
  return `Could not read ${label}'s models. Please try again.`;
}
