import "server-only";
import { anthropicAdapter } from "./anthropic";
import { builtinAdapter } from "./builtin/adapter";
import { gabAdapter } from "./gab";
import { googleAdapter } from "./google";
import { ollamaAdapter } from "./ollama";
import { openaiAdapter } from "./openai";
import { openaiCompatibleAdapter } from "./openai-compatible";
import { openrouterAdapter } from "./openrouter";
import { xaiAdapter } from "./xai";
import type { ProviderDescription } from "@/lib/schemas/profiles-response";
import { toProviderError } from "./to-provider-error";
import { ProviderError, type ProviderAdapter, type ProviderConnection, type ProviderKind } from "./types";

type Call<Rest extends unknown[], Result> = (connection: ProviderConnection, ...rest: Rest) => Promise<Result>;

/**
 * The adapter with every call's failure as a ProviderError in our words: the adapters map what
 * the provider said, and this catches the rest (a TypeError on a surprising body, say), so no
 * caller ever shows exception text, a stack or a file path to a user.
 */
function withProviderErrors(adapter: ProviderAdapter): ProviderAdapter {
  function guard<Rest extends unknown[], Result>(call: Call<Rest, Result>): Call<Rest, Result>;
  function guard<Rest extends unknown[], Result>(call?: Call<Rest, Result>): Call<Rest, Result> | undefined;
  function guard<Rest extends unknown[], Result>(call?: Call<Rest, Result>) {
    if (!call) return undefined;
    return async (connection: ProviderConnection, ...rest: Rest) => {
      try {
        return await call.call(adapter, connection, ...rest);
      } catch (error) {
        throw toProviderError(error, { provider: adapter.label, secrets: [connection.apiKey] });
      }
    };
  }
  return {
    ...adapter,
    generateImages: guard(adapter.generateImages),
    generateText: guard(adapter.generateText),
    listModels: guard(adapter.listModels),
    testConnection: guard(adapter.testConnection),
  };
}

/** Every provider kind has exactly one adapter; the compiler enforces the table is complete. */
export const PROVIDER_ADAPTERS: Record<ProviderKind, ProviderAdapter> = {
  BUILTIN: withProviderErrors(builtinAdapter),
  OPENAI: withProviderErrors(openaiAdapter),
  GOOGLE: withProviderErrors(googleAdapter),
  XAI: withProviderErrors(xaiAdapter),
  OPENROUTER: withProviderErrors(openrouterAdapter),
  OLLAMA: withProviderErrors(ollamaAdapter),
  OPENAI_COMPATIBLE: withProviderErrors(openaiCompatibleAdapter),
  GAB_AI: withProviderErrors(gabAdapter),
  ANTHROPIC: withProviderErrors(anthropicAdapter),
};

export function getAdapter(kind: ProviderKind): ProviderAdapter {
  const adapter = PROVIDER_ADAPTERS[kind];
  if (!adapter) throw new ProviderError("UNSUPPORTED", `Unknown provider kind ${String(kind)}`);
  return adapter;
}

// The description is a response contract (GET /api/providers), defined with the other profile responses.
export type { ProviderDescription };

export function describeProvider(adapter: ProviderAdapter): ProviderDescription {
  const imageModels = adapter.defaults.imageModels.map((model) => ({
    ...model,
    capabilities: adapter.imageCapabilities(model.id),
  }));
  return {
    kind: adapter.kind,
    label: adapter.label,
    requiresKey: adapter.requiresKey,
    baseUrl: adapter.baseUrl,
    defaultBaseUrl: adapter.defaults.baseUrl,
    defaultImageModel: adapter.defaults.imageModel,
    defaultTextModel: adapter.defaults.textModel,
    // Compatible servers list no models of their own but can still make images.
    supportsImages:
      !!adapter.generateImages && (imageModels.length === 0 || imageModels.some((model) => model.capabilities)),
    supportsText: adapter.supportsText,
    supportsJson: adapter.supportsJson,
    imageModels,
    textModels: adapter.defaults.textModels,
  };
}

export function describeProviders(): ProviderDescription[] {
  return Object.values(PROVIDER_ADAPTERS).map(describeProvider);
}
