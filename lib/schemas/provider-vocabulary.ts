/** The provider kinds a connection profile can have, without zod (request and response contracts share it). */
export const PROVIDER_KINDS = [
  "BUILTIN",
  "OPENAI",
  "GOOGLE",
  "XAI",
  "OPENROUTER",
  "OLLAMA",
  "OPENAI_COMPATIBLE",
  "GAB_AI",
  "ANTHROPIC",
] as const;

export type ProviderKindValue = (typeof PROVIDER_KINDS)[number];
