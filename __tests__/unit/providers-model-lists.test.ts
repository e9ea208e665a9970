import {
  parseAnthropicModels,
  parseGoogleModels,
  parseOllamaTags,
  parseOpenAiModels,
  parseOpenRouterModels,
  parseXaiModels,
} from "@/lib/providers/model-catalog";
import { modalitiesFor } from "@/lib/providers/openrouter";

/** Each provider's documented models-list body, and what the profile's model picker learns from it. */
describe("models endpoints", () => {
  it("OpenAI GET /v1/models: image models by family, no embeddings or speech as text models", () => {
    const body = {
      object: "list",
      data: [
        { id: "gpt-image-1.5", object: "model", created: 1760000000, owned_by: "system" },
        { id: "gpt-5.4-mini", object: "model", created: 1770000000, owned_by: "system" },
        { id: "text-embedding-3-small", object: "model", created: 1705948997, owned_by: "system" },
        { id: "tts-1", object: "model", created: 1681940951, owned_by: "openai-internal" },
      ],
    };
    expect(parseOpenAiModels(body)).toEqual([
      { id: "gpt-image-1.5", label: "gpt-image-1.5", image: true, text: false },
      { id: "gpt-5.4-mini", label: "gpt-5.4-mini", image: false, text: true },
      { id: "text-embedding-3-small", label: "text-embedding-3-small", image: false, text: false },
      { id: "tts-1", label: "tts-1", image: false, text: false },
    ]);
  });

  it("xAI GET /v1/models: grok-imagine-image makes images, grok text models write", () => {
    const body = {
      object: "list",
      data: [
        { id: "grok-imagine-image", object: "model", owned_by: "xai" },
        { id: "grok-4-fast-non-reasoning", object: "model", owned_by: "xai" },
        { id: "grok-imagine-video", object: "model" },
      ],
    };
    expect(parseXaiModels(body)).toEqual([
      { id: "grok-imagine-image", label: "grok-imagine-image", image: true, text: false },
      { id: "grok-4-fast-non-reasoning", label: "grok-4-fast-non-reasoning", image: false, text: true },
      { id: "grok-imagine-video", label: "grok-imagine-video", image: false, text: false },
    ]);
  });

  it("Google GET /v1beta/models: generateContent models only, -image ones make pictures", () => {
    const body = {
      models: [
        {
          name: "models/gemini-3.1-flash-image",
          displayName: "Gemini 3.1 Flash Image",
          supportedGenerationMethods: ["generateContent", "countTokens"],
        },
        {
          name: "models/gemini-3.5-flash",
          displayName: "Gemini 3.5 Flash",
          supportedGenerationMethods: ["generateContent", "countTokens", "createCachedContent"],
        },
        { name: "models/imagen-4.0-generate-001", displayName: "Imagen 4", supportedGenerationMethods: ["predict"] },
        {
          name: "models/gemini-embedding-001",
          displayName: "Gemini Embedding",
          supportedGenerationMethods: ["embedContent"],
        },
      ],
      nextPageToken: "",
    };
    expect(parseGoogleModels(body)).toEqual([
      { id: "gemini-3.1-flash-image", label: "Gemini 3.1 Flash Image", image: true, text: false },
      { id: "gemini-3.5-flash", label: "Gemini 3.5 Flash", image: false, text: true },
    ]);
  });

  it("OpenRouter GET /api/v1/models: capabilities from architecture.output_modalities", () => {
    const body = {
      data: [
        {
          id: "google/gemini-3.1-flash-image",
          name: "Google: Gemini 3.1 Flash Image",
          architecture: { input_modalities: ["text", "image"], output_modalities: ["image", "text"] },
        },
        {
          id: "black-forest-labs/flux.2-pro",
          name: "Black Forest Labs: FLUX.2 Pro",
          architecture: { input_modalities: ["text", "image"], output_modalities: ["image"] },
        },
        {
          id: "anthropic/claude-haiku-4.5",
          name: "Anthropic: Claude Haiku 4.5",
          architecture: { input_modalities: ["text", "image"], output_modalities: ["text"] },
        },
      ],
    };
    const models = parseOpenRouterModels(body);
    expect(models).toEqual([
      { id: "google/gemini-3.1-flash-image", label: "Google: Gemini 3.1 Flash Image", image: true, text: true },
      { id: "black-forest-labs/flux.2-pro", label: "Black Forest Labs: FLUX.2 Pro", image: true, text: false },
      { id: "anthropic/claude-haiku-4.5", label: "Anthropic: Claude Haiku 4.5", image: false, text: true },
    ]);
    expect(modalitiesFor("black-forest-labs/flux.2-pro", ["image"])).toEqual(["image"]);
    expect(modalitiesFor("google/gemini-3.1-flash-image", ["image", "text"])).toEqual(["image", "text"]);
  });

  it("Ollama GET /api/tags: the installed models, as text models", () => {
    const body = {
      models: [
        { name: "llama3.2:latest", model: "llama3.2:latest", size: 2019393189, details: { family: "llama" } },
        { name: "nomic-embed-text:latest", model: "nomic-embed-text:latest" },
      ],
    };
    expect(parseOllamaTags(body)).toEqual([
      { id: "llama3.2:latest", label: "llama3.2:latest", image: false, text: true },
      { id: "nomic-embed-text:latest", label: "nomic-embed-text:latest", image: false, text: false },
    ]);
  });

  it("Anthropic GET /v1/models: display names, text only", () => {
    const body = {
      data: [
        { type: "model", id: "claude-haiku-4-5", display_name: "Claude Haiku 4.5", created_at: "2025-10-01T00:00:00Z" },
      ],
      has_more: false,
      first_id: "claude-haiku-4-5",
      last_id: "claude-haiku-4-5",
    };
    expect(parseAnthropicModels(body)).toEqual([
      { id: "claude-haiku-4-5", label: "Claude Haiku 4.5", image: false, text: true },
    ]);
  });

  it("ignores malformed entries rather than failing the whole list", () => {
    expect(parseOpenAiModels({ data: [null, 3, { id: "" }, { id: "gpt-5.4-mini" }] })).toHaveLength(1);
    expect(parseGoogleModels(null)).toEqual([]);
  });
});
