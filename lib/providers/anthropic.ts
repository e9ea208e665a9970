import "server-only";
import { errorContext, requestJson, resolveBaseUrl, type Endpoint } from "./http";
import { outputTokenBudget } from "./token-budget";
import { withRetiredAdvice } from "./retired-models";
import { parseAnthropicModels } from "./model-catalog";
import { ProviderError, type ProviderAdapter, type ProviderConnection } from "./types";

/**
 * Anthropic is text only: Claude cannot make images, so imageCapabilities is null for every model
 * and the pipeline answers 400 "Anthropic cannot generate images". Text goes through the Messages
 * API with plain fetch (x-api-key and anthropic-version headers); there is no JSON mode, so JSON
 * is asked for in the system prompt and the caller's parser strips any fences.
 */

const endpoint: Endpoint = { provider: "Anthropic", defaultBaseUrl: "https://api.anthropic.com", trustedDefault: true };
const ANTHROPIC_VERSION = "2023-06-01";
const DEFAULT_MAX_TOKENS = 1024; // required by the API; prompt enhancement replies are short
const JSON_INSTRUCTION = "Reply with a single JSON object and nothing else: no prose, no code fences.";

type MessagesResponse = {
  content?: Array<{ type: string; text?: string; name?: string; input?: unknown }>;
  stop_reason?: string | null;
};

/** Structured output as a forced tool call: Claude must answer through the one tool, whose input is the schema. */
function replyTool(request: { json?: boolean; jsonSchema?: Record<string, unknown> }) {
  if (!request.json || request.jsonSchema?.type !== "object") return {};
  return {
    tools: [{ name: "reply", description: "Give the answer as structured data.", input_schema: request.jsonSchema }],
    tool_choice: { type: "tool", name: "reply" },
  };
}
type ModelsResponse = { data?: Array<{ id: string }> };

async function target(connection: ProviderConnection) {
  const apiKey = connection.apiKey?.trim();
  if (!apiKey) throw new ProviderError("AUTH", "Anthropic needs an API key");
  const baseUrl = await resolveBaseUrl(connection, endpoint);
  return {
    baseUrl,
    headers: { "x-api-key": apiKey, "anthropic-version": ANTHROPIC_VERSION },
    context: errorContext("Anthropic", connection),
  };
}

const calls: ProviderAdapter = {
  kind: "ANTHROPIC",
  label: "Anthropic (Claude, text only)",
  requiresKey: true,
  baseUrl: "fixed",
  defaults: {
    baseUrl: endpoint.defaultBaseUrl,
    textModel: "claude-haiku-4-5",
    imageModels: [],
    textModels: [
      { id: "claude-haiku-4-5", label: "Claude Haiku 4.5" },
      { id: "claude-sonnet-4-5", label: "Claude Sonnet 4.5" },
    ],
  },
  supportsText: true,
  supportsJson: true,
  imageCapabilities: () => null,
  async generateText(connection, request) {
    const { baseUrl, headers, context } = await target(connection);
    const system = request.json ? `${request.system ?? ""}\n${JSON_INSTRUCTION}`.trim() : request.system;
    const response = await requestJson<MessagesResponse>(
      `${baseUrl}/v1/messages`,
      {
        headers,
        body: {
          model: request.model,
          max_tokens: outputTokenBudget(request.model, request.maxTokens ?? DEFAULT_MAX_TOKENS),
          ...(system ? { system } : {}),
          messages: [{ role: "user", content: request.prompt }],
          ...replyTool(request),
        },
        signal: request.signal,
      },
      context,
    );
    if (response.stop_reason === "refusal")
      throw new ProviderError("REFUSED", "Anthropic's model declined to answer this prompt under its usage policy");
    if (response.stop_reason === "max_tokens") {
      throw new ProviderError(
        "TRUNCATED",
        "Anthropic's reply was cut off at the token limit before it finished: try again or pick a faster model",
      );
    }
    const tool = (response.content ?? []).find((block) => block.type === "tool_use" && block.name === "reply");
    if (tool?.input && typeof tool.input === "object") return JSON.stringify(tool.input);
    const text = (response.content ?? [])
      .filter((block) => block.type === "text")
      .map((block) => block.text ?? "")
      .join("");
    if (!text) throw new ProviderError("INVALID_RESPONSE", "Anthropic returned an empty reply");
    return text;
  },
  async listModels(connection, signal) {
    const { baseUrl, headers, context } = await target(connection);
    return parseAnthropicModels(
      await requestJson<unknown>(`${baseUrl}/v1/models?limit=1000`, { headers, signal }, context),
    );
  },
  async testConnection(connection, signal) {
    const { baseUrl, headers, context } = await target(connection);
    const response = await requestJson<ModelsResponse>(`${baseUrl}/v1/models?limit=100`, { headers, signal }, context);
    return { models: (response.data ?? []).map((model) => model.id) };
  },
};

export const anthropicAdapter = withRetiredAdvice("Anthropic", calls);
