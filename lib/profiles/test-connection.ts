import "server-only";
import { decryptForUser, SecretDecryptionError } from "@/lib/crypto";
import { scrubSecrets } from "@/lib/providers/safe-provider-message";
import { getAdapter } from "@/lib/providers/registry";
import { ProviderError } from "@/lib/providers/types";
import type { ConnectionTestResult } from "@/lib/schemas/profiles";
import { findOwnedProfile } from "./find-owned-profile";

export const TEST_CONNECTION_TIMEOUT_MS = 15_000;

/**
 * Proves a profile's key and URL work with a cheap real call (usually listing models). A provider
 * failure is a result, not an error: the settings page shows it next to the profile. Every
 * message goes through scrubSecrets with the key, because providers echo keys back.
 */
export async function testConnection(userId: string, id: string): Promise<ConnectionTestResult> {
  const profile = await findOwnedProfile(userId, id);
  const adapter = getAdapter(profile.kind);
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
    const { models } = await adapter.testConnection(
      {
        kind: profile.kind,
        baseUrl: profile.baseUrl,
        apiKey,
        imageModel: profile.imageModel,
        textModel: profile.textModel,
      },
      AbortSignal.timeout(TEST_CONNECTION_TIMEOUT_MS),
    );
    return { ok: true, models };
  } catch (error) {
    return { ok: false, message: scrubSecrets(describeFailure(error, adapter.label), [apiKey]) };
  }
}

function describeFailure(error: unknown, label: string): string {
  if (error instanceof SecretDecryptionError) return "The stored key could not be decrypted. Enter the key again.";
  if (error instanceof ProviderError) {
    if (error.kind === "TIMEOUT") return `${label} did not answer within ${TEST_CONNECTION_TIMEOUT_MS / 1000} seconds`;
    return error.message;
  }
  if (error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError")) {
    return `${label} did not answer within ${TEST_CONNECTION_TIMEOUT_MS / 1000} seconds`;
  }
  // Anything else is our bug, not the provider's answer; keep internals out of the page.
  console.error(
    `[profiles] connection test failed unexpectedly: ${error instanceof Error ? error.name : typeof error}`,
  );
  return `Could not reach ${label}. Please try again.`;
}
