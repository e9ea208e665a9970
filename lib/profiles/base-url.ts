import "server-only";
import { assertPublicBaseUrl } from "@/lib/providers/base-url-guard";
import { getAdapter } from "@/lib/providers/registry";
import { ProviderError, type ProviderKind } from "@/lib/providers/types";
import { validationError } from "@/lib/http/errors";

/**
 * The base URL to store for a profile. "fixed" providers always use their preset (a user cannot
 * point the OpenAI adapter elsewhere); "editable" ones fall back to the preset; "required" ones
 * must be given one. Whatever the user typed goes through the private-address guard now, so a bad
 * URL is refused when it is saved rather than when it is first used.
 */
export async function resolveProfileBaseUrl(
  kind: ProviderKind,
  requested: string | null | undefined,
): Promise<string | null> {
  const adapter = getAdapter(kind);
  const preset = adapter.defaults.baseUrl ?? null;
  if (adapter.baseUrl === "fixed") return preset;
  const url = requested?.trim().replace(/\/+$/, "") || (adapter.baseUrl === "required" ? null : preset);
  if (!url) {
    throw validationError(`${adapter.label} needs a base URL`, {
      issues: [{ path: "baseUrl", message: "Enter the server's base URL" }],
    });
  }
  // The preset is ours, not user input (Ollama's localhost preset is still guarded when called).
  if (url === preset) return url;
  try {
    await assertPublicBaseUrl(url);
  } catch (error) {
    if (error instanceof ProviderError) {
      throw validationError(error.message, { issues: [{ path: "baseUrl", message: error.message }] });
    }
    throw error;
  }
  return url;
}
