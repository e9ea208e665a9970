/**
 * The contract every provider adapter implements. Adapters live in a registry keyed by kind
 * (lib/providers/registry.ts); nothing outside lib/providers switches on a provider kind.
 */
import type { ProviderKind } from "@/lib/generated/prisma/enums";

export type { ProviderKind };

/** What a profile needs to reach its provider. `apiKey` is decrypted only inside the pipeline. */
export type ProviderConnection = {
  kind: ProviderKind;
  baseUrl?: string | null;
  apiKey?: string | null;
  imageModel?: string | null;
  textModel?: string | null;
};

/** The visual fields of a character, for engines that draw from structure rather than prose. */
export type PortraitSubject = {
  name?: string;
  race?: string;
  characterClass?: string;
  gender?: string;
  ageCategory?: string;
  build?: string;
  facialExpression?: string;
  attire?: string;
  primaryWeapon?: string;
  distinguishingFeature?: string;
  backgroundSetting?: string;
  pose?: string;
  style?: string;
};

export type ImageRequest = {
  prompt: string;
  model: string;
  n: number;
  size?: string;
  quality?: "standard" | "hd";
  style?: "vivid" | "natural";
  aspectRatio?: string;
  /** xAI's output resolution ("1k" or "2k"); other providers ignore it. */
  resolution?: string;
  seed?: number;
  subject?: PortraitSubject;
  signal: AbortSignal;
};

/** Raw bytes as the provider returned them; the pipeline validates and normalizes with sharp. */
export type ProviderImage = { bytes: Buffer; mimeType?: string; revisedPrompt?: string };

export type TextRequest = {
  model: string;
  system?: string;
  prompt: string;
  /** Ask for a JSON object; the caller validates it with zod. */
  json?: boolean;
  /**
   * The JSON Schema of the expected object, for providers with structured output (OpenAI-wire
   * json_schema, Gemini's responseJsonSchema, an Anthropic tool, Ollama's format); the others
   * fall back to plain JSON mode. The caller still validates the reply.
   */
  jsonSchema?: Record<string, unknown>;
  maxTokens?: number;
  signal: AbortSignal;
};

export type ImageCapabilities = {
  sizes: string[];
  maxN: number;
  qualities?: Array<"standard" | "hd">;
  styles?: Array<"vivid" | "natural">;
  aspectRatios?: string[];
  seed: boolean;
};

export type ModelChoice = { id: string; label: string };

export type { ModelInfo } from "./model-catalog";
import type { ModelInfo } from "./model-catalog";

export type ProviderDefaults = {
  baseUrl?: string;
  imageModel?: string;
  textModel?: string;
  imageModels: ModelChoice[];
  textModels: ModelChoice[];
};

export interface ProviderAdapter {
  kind: ProviderKind;
  label: string;
  requiresKey: boolean;
  /** Whether the user must (or may) supply a base URL. */
  baseUrl: "fixed" | "editable" | "required";
  defaults: ProviderDefaults;
  /** The image options a model supports, or null when it cannot make images at all. */
  imageCapabilities(model: string): ImageCapabilities | null;
  supportsText: boolean;
  supportsJson: boolean;
  generateImages?(connection: ProviderConnection, request: ImageRequest): Promise<ProviderImage[]>;
  generateText?(connection: ProviderConnection, request: TextRequest): Promise<string>;
  /** The provider's models endpoint, read now: what the profile can use and what each model makes. */
  listModels?(connection: ProviderConnection, signal: AbortSignal): Promise<ModelInfo[]>;
  /** A cheap real call (e.g. listing models) that proves the key and URL work. */
  testConnection(connection: ProviderConnection, signal: AbortSignal): Promise<{ models: string[] }>;
}

/**
 * QUOTA is a billing state (no credit left), PERMISSION a refusal that a new key would not fix
 * (organisation not verified, region not served, no access to the model), REFUSED a model that
 * declined to answer, TRUNCATED a reply cut off by the token limit. None of them is retried.
 */
export type ProviderErrorKind =
  | "AUTH"
  | "RATE_LIMITED"
  | "QUOTA"
  | "PERMISSION"
  | "SERVER"
  | "BAD_REQUEST"
  | "UNSUPPORTED"
  | "TIMEOUT"
  | "NETWORK"
  | "INVALID_RESPONSE"
  | "CONTENT_POLICY"
  | "REFUSED"
  | "TRUNCATED";

/**
 * A provider failure in our own words. Its message is safe to show and store: adapters build it
 * from the provider's error text with any key removed, never from request details.
 */
export class ProviderError extends Error {
  constructor(
    readonly kind: ProviderErrorKind,
    message: string,
    readonly options: { status?: number; retryAfterMs?: number } = {},
  ) {
    super(message);
    this.name = "ProviderError";
  }

  /** 429 and 5xx are worth retrying with backoff; everything else fails at once. */
  get retryable(): boolean {
    return this.kind === "RATE_LIMITED" || this.kind === "SERVER" || this.kind === "NETWORK";
  }
}
