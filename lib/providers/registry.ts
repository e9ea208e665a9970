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
import { ProviderError, type ImageCapabilities, type ProviderAdapter, type ProviderKind } from "./types";

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

export type ModelDescription = { id: string; label: string; capabilities: ImageCapabilities | null };

/** Plain data for the settings UI: what to ask for and which options each model offers. */
export type ProviderDescription = {
  kind: ProviderKind;
  label: string;
  requiresKey: boolean;
  baseUrl: ProviderAdapter["baseUrl"];
  defaultBaseUrl?: string;
  defaultImageModel?: string;
  defaultTextModel?: string;
  supportsImages: boolean;
  supportsText: boolean;
  supportsJson: boolean;
  imageModels: ModelDescription[];
  textModels: Array<{ id: string; label: string }>;
};

export function describeProvider(adapter: ProviderAdapter): ProviderDescription {
  const imageModels = adapter.defaults.imageModels.map((model) => ({ ...model, capabilities: adapter.imageCapabilities(model.id) }));
  return {
    kind: adapter.kind,
    label: adapter.label,
    requiresKey: adapter.requiresKey,
    baseUrl: adapter.baseUrl,
    defaultBaseUrl: adapter.defaults.baseUrl,
    defaultImageModel: adapter.defaults.imageModel,
    defaultTextModel: adapter.defaults.textModel,
    // Compatible servers list no models of their own but can still make images.
    supportsImages: !!adapter.generateImages && (imageModels.length === 0 || imageModels.some((model) => model.capabilities)),
    supportsText: adapter.supportsText,
    supportsJson: adapter.supportsJson,
    imageModels,
    textModels: adapter.defaults.textModels,
  };
}

export function describeProviders(): ProviderDescription[] {
  return Object.values(PROVIDER_ADAPTERS).map(describeProvider);
}
