import "server-only";
import { openAiCompatibleAdapter } from "./openai-compatible-core";
import { compatibleSpec } from "./openai-compatible";
import type { ProviderAdapter } from "./types";

/**
 * GAB AI exposes an OpenAI-compatible API at gab.ai/v1. It is a preset of the compatible adapter:
 * the base URL is filled in but editable (a user may go through their own gateway), and an edited
 * URL is checked like any user-supplied one. "arya" is its documented chat model. GAB publishes
 * no image API, so this profile is text only: no image calls, and the provider list says so.
 */
const GAB_BASE_URL = "https://gab.ai/v1";

const compatible = openAiCompatibleAdapter(
  compatibleSpec({
    kind: "GAB_AI",
    label: "GAB AI",
    baseUrl: "editable",
    endpoint: {
      provider: "GAB AI",
      defaultBaseUrl: GAB_BASE_URL,
      trustedDefault: true,
      maxTokensField: "max_tokens",
      requiresKey: true,
    },
    defaults: {
      baseUrl: GAB_BASE_URL,
      textModel: "arya",
      imageModels: [],
      textModels: [{ id: "arya", label: "Arya" }],
    },
  }),
);

export const gabAdapter: ProviderAdapter = {
  ...compatible,
  label: "GAB AI (text only)",
  generateImages: undefined,
  imageCapabilities: () => null,
};
