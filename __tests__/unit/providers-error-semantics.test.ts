import { z } from "zod";
import { anthropicAdapter } from "@/lib/providers/anthropic";
import { generateJson } from "@/lib/providers/json-output";
import { openaiCompatibleAdapter } from "@/lib/providers/openai-compatible";
import { parseRetryAfter } from "@/lib/providers/provider-reason";
import { googleAdapter } from "@/lib/providers/google";
import { openaiAdapter } from "@/lib/providers/openai";
import { openrouterAdapter } from "@/lib/providers/openrouter";
import { xaiAdapter } from "@/lib/providers/xai";
import type { ImageRequest, ProviderConnection } from "@/lib/providers/types";
import {
  abortAfter,
  allowPrivateProviderUrls,
  providerErrorFrom,
  samplePng,
  startFakeAnthropic,
  startFakeGoogle,
  startFakeOpenAI,
  startFakeOpenRouter,
  type FakeAnthropic,
  type FakeGoogle,
  type FakeOpenAI,
  type FakeOpenRouter,
} from "../support/fake-providers";

/**
 * Each provider's documented failure bodies, served over real HTTP, and what the user is told.
 * The bodies are the ones the providers' error references show (status, JSON shape, wording).
 */

let openai: FakeOpenAI;
let google: FakeGoogle;
let anthropic: FakeAnthropic;
let openrouter: FakeOpenRouter;

allowPrivateProviderUrls();
beforeAll(async () => {
  [openai, google, anthropic, openrouter] = await Promise.all([
    startFakeOpenAI(),
    startFakeGoogle(),
    startFakeAnthropic(),
    startFakeOpenRouter(),
  ]);
  openai.imageBytes = await samplePng();
});
afterEach(() => [openai, google, anthropic, openrouter].forEach((fake) => fake.reset()));
afterAll(() => Promise.all([openai, google, anthropic, openrouter].map((fake) => fake.close())));

const imageRequest = (model: string): ImageRequest => ({
  prompt: "a bugbear chief",
  model,
  n: 1,
  signal: abortAfter(5000),
});
const text = (model: string) => ({ model, prompt: "describe a goblin", signal: abortAfter(5000) });
const openaiConnection = (): ProviderConnection => ({
  kind: "OPENAI",
  baseUrl: openai.baseUrl,
  apiKey: "sk-test-semantics-0001",
});

describe("OpenAI", () => {
  it("429 insufficient_quota is a billing state: QUOTA, not retried, in the provider's words", async () => {
    openai.override("/images/generations", {
      status: 429,
      json: {
        error: {
          message: "You exceeded your current quota, please check your plan and billing details.",
          type: "insufficient_quota",
          param: null,
          code: "insufficient_quota",
        },
      },
    });
    const error = await providerErrorFrom(
      openaiAdapter.generateImages!(openaiConnection(), imageRequest("gpt-image-1.5")),
    );
    expect(error).toMatchObject({ kind: "QUOTA", retryable: false });
    expect(error.message).toMatch(/no credit or quota left.*exceeded your current quota/);
  });

  it("429 rate_limit_exceeded is retried after retry-after-ms", async () => {
    openai.override("/images/generations", {
      status: 429,
      headers: { "retry-after-ms": "1250" },
      json: {
        error: { message: "Rate limit reached for images per minute", type: "requests", code: "rate_limit_exceeded" },
      },
    });
    const error = await providerErrorFrom(
      openaiAdapter.generateImages!(openaiConnection(), imageRequest("gpt-image-1.5")),
    );
    expect(error).toMatchObject({ kind: "RATE_LIMITED", retryable: true, options: { retryAfterMs: 1250 } });
  });

  it.each([
    [
      "Your organization must be verified to use the model `gpt-image-1.5`. Please go to: https://platform.openai.com/settings/organization/general and click on Verify Organization.",
      undefined,
      /organisation verified/,
    ],
    [
      "Country, region, or territory not supported",
      "unsupported_country_region_territory",
      /does not serve this region/,
    ],
    [
      "You are not allowed to use this model with the current project's settings.",
      "model_not_allowed",
      /refused access to this model/,
    ],
  ])("403 %s → PERMISSION with what to do", async (message, code, said) => {
    openai.override("/images/generations", {
      status: 403,
      json: { error: { message, type: "invalid_request_error", param: null, code: code ?? null } },
    });
    const error = await providerErrorFrom(
      openaiAdapter.generateImages!(openaiConnection(), imageRequest("gpt-image-1.5")),
    );
    expect(error.kind).toBe("PERMISSION");
    expect(error.message).toMatch(said);
  });

  it("a safety-system 400 is CONTENT_POLICY", async () => {
    openai.override("/images/generations", {
      status: 400,
      json: {
        error: {
          message: "Your request was rejected as a result of our safety system.",
          type: "image_generation_user_error",
          code: "moderation_blocked",
        },
      },
    });
    await expect(
      openaiAdapter.generateImages!(openaiConnection(), imageRequest("gpt-image-1.5")),
    ).rejects.toMatchObject({ kind: "CONTENT_POLICY" });
  });

  it("message.refusal is REFUSED with the model's own words", async () => {
    openai.override("/chat/completions", {
      json: {
        choices: [
          {
            index: 0,
            message: { role: "assistant", content: null, refusal: "I can't help with that request." },
            finish_reason: "stop",
          },
        ],
      },
    });
    const error = await providerErrorFrom(openaiAdapter.generateText!(openaiConnection(), text("gpt-5.4-mini")));
    expect(error.kind).toBe("REFUSED");
    expect(error.message).toContain("I can't help with that request.");
  });

  it("finish_reason length is TRUNCATED (not 'empty reply'), whatever partial text came with it", async () => {
    openai.override("/chat/completions", {
      json: {
        choices: [
          {
            index: 0,
            message: { role: "assistant", content: '{"prompt": "A goblin', refusal: null },
            finish_reason: "length",
          },
        ],
      },
    });
    const error = await providerErrorFrom(openaiAdapter.generateText!(openaiConnection(), text("gpt-5.4-mini")));
    expect(error.kind).toBe("TRUNCATED");
    expect(error.message).toMatch(/cut off at the token limit/);
  });

  it("gives reasoning models a budget an answer fits in, and others what was asked", async () => {
    await openaiAdapter.generateText!(openaiConnection(), { ...text("gpt-5.4-mini"), maxTokens: 300 });
    expect(openai.lastRequest("/chat/completions")!.body.max_completion_tokens).toBeGreaterThanOrEqual(8192);
    await openaiAdapter.generateText!(openaiConnection(), { ...text("gpt-4.1-mini"), maxTokens: 300 });
    expect(openai.lastRequest("/chat/completions")!.body.max_completion_tokens).toBe(300);
  });
});

describe("retired models", () => {
  it("a refusal for a retired model names the current one", async () => {
    openai.override("/images/generations", {
      status: 404,
      json: {
        error: {
          message: "The model `dall-e-3` does not exist or you do not have access to it.",
          type: "invalid_request_error",
          code: "model_not_found",
        },
      },
    });
    const error = await providerErrorFrom(openaiAdapter.generateImages!(openaiConnection(), imageRequest("dall-e-3")));
    expect(error.kind).toBe("BAD_REQUEST");
    expect(error.message).toMatch(/OpenAI has retired dall-e-3: choose gpt-image-1\.5/);
  });

  it("no default is a retired model", () => {
    for (const adapter of [openaiAdapter, xaiAdapter, googleAdapter, anthropicAdapter, openrouterAdapter]) {
      for (const id of [adapter.defaults.imageModel, adapter.defaults.textModel].filter(Boolean) as string[]) {
        expect({
          id,
          retired: /dall-e|gpt-image-1$|grok-2-image|gemini-2\.5|imagen|claude-opus-4-1|gpt-4o-mini/.test(id),
        }).toEqual({ id, retired: false });
      }
    }
  });
});

describe("xAI", () => {
  it("a URL-encoded bad-key message with status 400 is AUTH, shown decoded", async () => {
    openai.override("/images/generations", {
      status: 400,
      json: {
        code: "Client specified an invalid argument",
        error:
          "Incorrect%20API%20key%20provided%3A%20xa***77.%20You%20can%20obtain%20an%20API%20key%20from%20https%3A%2F%2Fconsole.x.ai.",
      },
    });
    const error = await providerErrorFrom(
      xaiAdapter.generateImages!(
        { kind: "XAI", baseUrl: openai.baseUrl, apiKey: "xai-test" },
        imageRequest("grok-imagine-image"),
      ),
    );
    expect(error.kind).toBe("AUTH");
    expect(error.message).toContain("Incorrect API key provided");
    expect(error.message).not.toContain("%20");
  });

  it("sends aspect_ratio and resolution when asked", async () => {
    await xaiAdapter.generateImages!(
      { kind: "XAI", baseUrl: openai.baseUrl, apiKey: "xai-test" },
      { ...imageRequest("grok-imagine-image"), aspectRatio: "16:9", resolution: "2k" },
    );
    expect(openai.lastRequest("/images/generations")!.body).toMatchObject({ aspect_ratio: "16:9", resolution: "2k" });
  });
});

describe("OpenRouter", () => {
  const connection = (): ProviderConnection => ({
    kind: "OPENROUTER",
    baseUrl: openrouter.baseUrl,
    apiKey: "sk-or-v1-test",
  });

  it("a 200 with the error embedded beside partial content is a failure, not the reply", async () => {
    openrouter.override("/chat/completions", {
      json: {
        id: "gen-1",
        choices: [
          {
            index: 0,
            finish_reason: "error",
            message: { role: "assistant", content: "A hooded goblin arch" },
            error: { code: 502, message: "Upstream provider returned an error mid-stream" },
          },
        ],
      },
    });
    const error = await providerErrorFrom(
      openrouterAdapter.generateText!(connection(), text("anthropic/claude-haiku-4.5")),
    );
    expect(error).toMatchObject({ kind: "SERVER", retryable: true });
    expect(error.message).toContain("Upstream provider returned an error mid-stream");
  });

  it("a top-level embedded error with a 429 code is a rate limit", async () => {
    openrouter.override("/chat/completions", {
      json: { error: { code: 429, message: "Rate limit exceeded upstream" } },
    });
    await expect(
      openrouterAdapter.generateImages!(connection(), imageRequest("google/gemini-3.1-flash-image")),
    ).rejects.toMatchObject({ kind: "RATE_LIMITED" });
  });

  it("402 insufficient credits is QUOTA; 403 moderation flag is CONTENT_POLICY", async () => {
    openrouter.override("/chat/completions", {
      status: 402,
      json: { error: { code: 402, message: "Insufficient credits. Add more using https://openrouter.ai/credits" } },
    });
    await expect(
      openrouterAdapter.generateText!(connection(), text("anthropic/claude-haiku-4.5")),
    ).rejects.toMatchObject({ kind: "QUOTA" });
    openrouter.reset();
    openrouter.override("/chat/completions", {
      status: 403,
      json: {
        error: {
          code: 403,
          message: 'openai/gpt-5-image requires moderation on OpenRouter. Your input was flagged for "violence".',
          metadata: { reasons: ["violence"], flagged_input: "..." },
        },
      },
    });
    await expect(
      openrouterAdapter.generateImages!(connection(), imageRequest("openai/gpt-5-image")),
    ).rejects.toMatchObject({ kind: "CONTENT_POLICY" });
  });

  it("asks image-only models for image output only", async () => {
    openrouter.override("/chat/completions", { json: { error: { code: 400, message: "stop here" } } });
    await providerErrorFrom(
      openrouterAdapter.generateImages!(connection(), imageRequest("black-forest-labs/flux.2-pro")),
    );
    expect(openrouter.lastRequest("/chat/completions")!.body.modalities).toEqual(["image"]);
    await providerErrorFrom(
      openrouterAdapter.generateImages!(connection(), imageRequest("google/gemini-3.1-flash-image")),
    );
    expect(openrouter.lastRequest("/chat/completions")!.body.modalities).toEqual(["image", "text"]);
  });
});

describe("Google", () => {
  const connection = (): ProviderConnection => ({
    kind: "GOOGLE",
    baseUrl: google.baseUrl,
    apiKey: "AIza-test-semantics",
  });

  it("429 RESOURCE_EXHAUSTED waits for RetryInfo.retryDelay from the body", async () => {
    google.override(":generateContent", {
      status: 429,
      json: {
        error: {
          code: 429,
          message: "You exceeded your current quota, please check your plan and billing details.",
          status: "RESOURCE_EXHAUSTED",
          details: [
            {
              "@type": "type.googleapis.com/google.rpc.QuotaFailure",
              violations: [{ quotaMetric: "generativelanguage.googleapis.com/generate_content_free_tier_requests" }],
            },
            { "@type": "type.googleapis.com/google.rpc.RetryInfo", retryDelay: "37s" },
          ],
        },
      },
    });
    const error = await providerErrorFrom(googleAdapter.generateText!(connection(), text("gemini-3.5-flash")));
    expect(error).toMatchObject({ kind: "RATE_LIMITED", options: { retryAfterMs: 37_000 } });
  });

  it("403 PERMISSION_DENIED is PERMISSION, a 400 'API key not valid' is AUTH", async () => {
    google.override(":generateContent", {
      status: 403,
      json: {
        error: { code: 403, message: "Permission denied: Consumer has been suspended.", status: "PERMISSION_DENIED" },
      },
    });
    await expect(googleAdapter.generateText!(connection(), text("gemini-3.5-flash"))).rejects.toMatchObject({
      kind: "PERMISSION",
    });
    google.reset();
    google.override(":generateContent", {
      status: 400,
      json: {
        error: { code: 400, message: "API key not valid. Please pass a valid API key.", status: "INVALID_ARGUMENT" },
      },
    });
    await expect(googleAdapter.generateText!(connection(), text("gemini-3.5-flash"))).rejects.toMatchObject({
      kind: "AUTH",
    });
  });

  it("finishReason MAX_TOKENS is TRUNCATED, with or without partial text", async () => {
    google.override(":generateContent", {
      json: {
        candidates: [{ content: { role: "model", parts: [{ text: '{"prompt": "A' }] }, finishReason: "MAX_TOKENS" }],
      },
    });
    await expect(googleAdapter.generateText!(connection(), text("gemini-3.5-flash"))).rejects.toMatchObject({
      kind: "TRUNCATED",
    });
    google.reset();
    google.override(":generateContent", {
      json: { candidates: [{ content: { role: "model", parts: [] }, finishReason: "MAX_TOKENS" }] },
    });
    await expect(googleAdapter.generateText!(connection(), text("gemini-3.5-flash"))).rejects.toMatchObject({
      kind: "TRUNCATED",
    });
  });
});

describe("Anthropic", () => {
  const connection = (): ProviderConnection => ({
    kind: "ANTHROPIC",
    baseUrl: anthropic.baseUrl,
    apiKey: "sk-ant-test-semantics",
  });

  it("stop_reason max_tokens is TRUNCATED; refusal is REFUSED", async () => {
    anthropic.override("/v1/messages", {
      json: {
        type: "message",
        role: "assistant",
        content: [{ type: "text", text: "A goblin" }],
        stop_reason: "max_tokens",
      },
    });
    await expect(anthropicAdapter.generateText!(connection(), text("claude-haiku-4-5"))).rejects.toMatchObject({
      kind: "TRUNCATED",
    });
    anthropic.reset();
    anthropic.override("/v1/messages", {
      json: { type: "message", role: "assistant", content: [], stop_reason: "refusal" },
    });
    await expect(anthropicAdapter.generateText!(connection(), text("claude-haiku-4-5"))).rejects.toMatchObject({
      kind: "REFUSED",
    });
  });

  it("a too-low credit balance is QUOTA; 529 overloaded is a retryable server error; 429 honours retry-after", async () => {
    anthropic.override("/v1/messages", {
      status: 400,
      json: {
        type: "error",
        error: {
          type: "invalid_request_error",
          message:
            "Your credit balance is too low to access the Anthropic API. Please go to Plans & Billing to upgrade or purchase credits.",
        },
      },
    });
    await expect(anthropicAdapter.generateText!(connection(), text("claude-haiku-4-5"))).rejects.toMatchObject({
      kind: "QUOTA",
    });
    anthropic.reset();
    anthropic.override("/v1/messages", {
      status: 529,
      json: { type: "error", error: { type: "overloaded_error", message: "Overloaded" } },
    });
    await expect(anthropicAdapter.generateText!(connection(), text("claude-haiku-4-5"))).rejects.toMatchObject({
      kind: "SERVER",
      retryable: true,
    });
    anthropic.reset();
    anthropic.override("/v1/messages", {
      status: 429,
      headers: { "retry-after": "12" },
      json: {
        type: "error",
        error: {
          type: "rate_limit_error",
          message: "Number of request tokens has exceeded your per-minute rate limit",
        },
      },
    });
    await expect(anthropicAdapter.generateText!(connection(), text("claude-haiku-4-5"))).rejects.toMatchObject({
      kind: "RATE_LIMITED",
      options: { retryAfterMs: 12_000 },
    });
  });
});

describe("retry delays", () => {
  it("reads seconds, an HTTP date and milliseconds", () => {
    expect(parseRetryAfter(new Headers({ "retry-after": "30" }))).toBe(30_000);
    const date = new Date(Date.now() + 20_000).toUTCString();
    expect(parseRetryAfter(new Headers({ "retry-after": date }))).toBeGreaterThan(18_000);
    expect(parseRetryAfter(new Headers({ "retry-after": "Wed, 21 Oct 2015 07:28:00 GMT" }))).toBe(0);
    expect(parseRetryAfter(new Headers({ "retry-after-ms": "250" }))).toBe(250);
  });
});

describe("structured output", () => {
  const schema = z.object({ prompt: z.string(), tags: z.array(z.string()) });

  it("Gemini gets responseJsonSchema; Anthropic answers through a forced tool; a plain server gets json_object", async () => {
    google.override(":generateContent", {
      json: {
        candidates: [
          {
            content: { role: "model", parts: [{ text: '{"prompt":"a goblin","tags":["goblin"]}' }] },
            finishReason: "STOP",
          },
        ],
      },
    });
    await expect(
      generateJson(
        googleAdapter,
        { kind: "GOOGLE", baseUrl: google.baseUrl, apiKey: "AIza-test" },
        text("gemini-3.5-flash"),
        schema,
      ),
    ).resolves.toEqual({ prompt: "a goblin", tags: ["goblin"] });
    expect(google.lastRequest(":generateContent")!.body.generationConfig).toMatchObject({
      responseMimeType: "application/json",
      responseJsonSchema: { type: "object", required: ["prompt", "tags"] },
    });

    anthropic.override("/v1/messages", {
      json: {
        type: "message",
        role: "assistant",
        content: [{ type: "tool_use", id: "toolu_1", name: "reply", input: { prompt: "a goblin", tags: ["goblin"] } }],
        stop_reason: "tool_use",
      },
    });
    await expect(
      generateJson(
        anthropicAdapter,
        { kind: "ANTHROPIC", baseUrl: anthropic.baseUrl, apiKey: "sk-ant-test" },
        text("claude-haiku-4-5"),
        schema,
      ),
    ).resolves.toEqual({ prompt: "a goblin", tags: ["goblin"] });
    expect(anthropic.lastRequest("/v1/messages")!.body).toMatchObject({
      tool_choice: { type: "tool", name: "reply" },
      tools: [{ name: "reply", input_schema: { type: "object" } }],
    });

    await generateJson(
      openaiCompatibleAdapter,
      { kind: "OPENAI_COMPATIBLE", baseUrl: openai.baseUrl },
      text("local-model"),
      schema,
    ).catch(() => undefined);
    expect(openai.lastRequest("/chat/completions")!.body.response_format).toEqual({ type: "json_object" });
  });
});
