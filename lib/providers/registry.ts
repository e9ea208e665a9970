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
import { ProviderError, type ProviderAdapter, type ProviderKind } from "./types";

/** Every provider kind has exactly one adapter; the compiler enforces the table is complete. */
export const PROVIDER_ADAPTERS: Record<ProviderKind, ProviderAdapter> = {
  BUILTIN: builtinAdapter,
  OPENAI: openaiAdapter,
  GOOGLE: googleAdapter,
  XAI: xaiAdapter,
  OPENROUTER: openrouterAdapter,
  OLLAMA: ollamaAdapter,
  OPENAI_COMPATIBLE: openaiCompatibleAdapter,
  GAB_AI: gabAdapter,
  ANTHROPIC: anthropicAdapter,
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
