import "server-only";
import { openAiCompatibleAdapter } from "./openai-compatible-core";
import { compatibleSpec } from "./openai-compatible";

/**
 * GAB AI exposes an OpenAI-compatible API at gab.ai/v1. It is a preset of the compatible adapter:
 * the base URL is filled in but editable (a user may go through their own gateway), and an edited
 * URL is checked like any user-supplied one. GAB does not publish per-model image limits, so
 * images get the generic compatible surface; "arya" is its documented chat model.
 */
const GAB_BASE_URL = "https://gab.ai/v1";

export const gabAdapter = openAiCompatibleAdapter(
  compatibleSpec({
    kind: "GAB_AI",
    label: "GAB AI",
    baseUrl: "editable",
    endpoint: { provider: "GAB AI", defaultBaseUrl: GAB_BASE_URL, trustedDefault: true, maxTokensField: "max_tokens", requiresKey: true },
    defaults: { baseUrl: GAB_BASE_URL, textModel: "arya", imageModels: [], textModels: [{ id: "arya", label: "Arya" }] },
  }),
);
