// Provider descriptions as GET /api/providers returns them, trimmed to what the components read.
import type { ProviderDescription } from "@/lib/query/providers";
import type { ProfileView } from "@/lib/schemas/profiles";

const describe = (
  overrides: Partial<ProviderDescription> & Pick<ProviderDescription, "kind" | "label">,
): ProviderDescription => ({
  requiresKey: true,
  baseUrl: "fixed",
  supportsImages: true,
  supportsText: true,
  supportsJson: true,
  imageModels: [],
  textModels: [],
  ...overrides,
});

export const PROVIDERS: ProviderDescription[] = [
  describe({
    kind: "BUILTIN",
    label: "Built-in offline engine",
    requiresKey: false,
    defaultImageModel: "builtin-portrait",
    defaultTextModel: "builtin-text",
    imageModels: [
      {
        id: "builtin-portrait",
        label: "Illustrated portraits (offline)",
        capabilities: { sizes: ["1024x1024", "512x512"], maxN: 4, seed: true },
      },
    ],
    textModels: [{ id: "builtin-text", label: "Rule-based enhancer (offline)" }],
  }),
  describe({
    kind: "OPENAI",
    label: "OpenAI",
    defaultBaseUrl: "https://api.openai.com/v1",
    defaultImageModel: "dall-e-3",
    defaultTextModel: "gpt-5.4-mini",
    imageModels: [
      {
        id: "dall-e-3",
        label: "DALL·E 3",
        capabilities: {
          sizes: ["1024x1024", "1792x1024", "1024x1792"],
          maxN: 1,
          qualities: ["standard", "hd"],
          styles: ["vivid", "natural"],
          seed: false,
        },
      },
    ],
    textModels: [{ id: "gpt-5.4-mini", label: "GPT-5.4 mini" }],
  }),
  describe({ kind: "OPENAI_COMPATIBLE", label: "OpenAI-compatible server", requiresKey: false, baseUrl: "required" }),
  describe({
    kind: "OLLAMA",
    label: "Ollama",
    requiresKey: false,
    baseUrl: "editable",
    defaultBaseUrl: "http://localhost:11434",
  }),
  describe({
    kind: "ANTHROPIC",
    label: "Anthropic",
    supportsImages: false,
    defaultBaseUrl: "https://api.anthropic.com",
    defaultTextModel: "claude-sonnet",
    textModels: [{ id: "claude-sonnet", label: "Claude Sonnet" }],
  }),
];

/** Radix Select and Dialog call pointer-capture and scrolling APIs jsdom does not have. */
export function polyfillRadix(): void {
  Element.prototype.hasPointerCapture ??= () => false;
  Element.prototype.releasePointerCapture ??= () => undefined;
  Element.prototype.scrollIntoView ??= () => undefined;
}

/** A profile as GET /api/profiles returns it, with nothing set but what the test names. */
export const profileView = (
  overrides: Partial<ProfileView> & Pick<ProfileView, "id" | "name" | "kind">,
): ProfileView => ({
  baseUrl: null,
  imageModel: null,
  textModel: null,
  isDefault: false,
  hasKey: false,
  keyLast4: null,
  createdAt: "",
  updatedAt: "",
  ...overrides,
});

export const BUILTIN_PROFILE = profileView({
  id: "11111111-1111-4111-8111-111111111111",
  name: "Built-in offline engine",
  kind: "BUILTIN",
  imageModel: "builtin-portrait",
});

/** The user's default: an OpenAI key ending in abcd. */
export const OPENAI_PROFILE = profileView({
  id: "22222222-2222-4222-8222-222222222222",
  name: "Work OpenAI",
  kind: "OPENAI",
  imageModel: "dall-e-3",
  hasKey: true,
  keyLast4: "abcd",
  isDefault: true,
});
