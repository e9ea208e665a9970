import { z } from "zod";
import { generateJson } from "@/lib/providers/json-output";
import { openaiAdapter } from "@/lib/providers/openai";
import type { ImageRequest, ProviderConnection } from "@/lib/providers/types";
import {
  abortAfter,
  allowPrivateProviderUrls,
  expectSecretHidden,
  providerErrorFrom,
  samplePng,
  startFakeOpenAI,
  type FakeOpenAI,
} from "../support/fake-providers";

const KEY = "sk-test-ArcaneForge-DISTINCTIVE-4242";
let fake: FakeOpenAI;
let connection: ProviderConnection;

allowPrivateProviderUrls();
beforeAll(async () => {
  fake = await startFakeOpenAI({ requiredKey: KEY });
  connection = { kind: "OPENAI", baseUrl: fake.baseUrl, apiKey: KEY };
});
afterEach(() => fake.reset());
afterAll(() => fake.close());

const image = (overrides: Partial<ImageRequest>): ImageRequest => ({
  prompt: "a dwarf cleric",
  model: "gpt-image-1.5",
  n: 1,
  signal: new AbortController().signal,
  ...overrides,
});

describe("OpenAI images", () => {
  it("makes n GPT images with base64, the key as a Bearer token, and quality hd mapped to high", async () => {
    const images = await openaiAdapter.generateImages!(connection, image({ n: 3, size: "1024x1536", quality: "hd" }));
    expect(images).toHaveLength(3);
    expect(images[0].bytes.equals(fake.imageBytes)).toBe(true);
    expect(images[0].mimeType).toBe("image/png");
    const request = fake.lastRequest("/images/generations")!;
    expect(request.headers.authorization).toBe(`Bearer ${KEY}`);
    expect(request.body).toEqual({
      model: "gpt-image-1.5",
      prompt: "a dwarf cleric",
      n: 3,
      size: "1024x1536",
      quality: "high",
    });
  });

  it("maps quality standard to medium and sends no response_format to GPT image models", async () => {
    await openaiAdapter.generateImages!(connection, image({ quality: "standard" }));
    const body = fake.lastRequest("/images/generations")!.body;
    expect(body.quality).toBe("medium");
    expect(body).not.toHaveProperty("response_format");
    expect(body).not.toHaveProperty("style");
  });

  it("asks dall-e-3 for b64_json with quality and style, and returns its revised prompt", async () => {
    fake.revisedPrompt = "A stout dwarf cleric, revised";
    const [picture] = await openaiAdapter.generateImages!(
      connection,
      image({ model: "dall-e-3", size: "1792x1024", quality: "hd", style: "natural" }),
    );
    expect(picture.revisedPrompt).toBe("A stout dwarf cleric, revised");
    expect(fake.lastRequest("/images/generations")!.body).toEqual({
      model: "dall-e-3",
      prompt: "a dwarf cleric",
      n: 1,
      size: "1792x1024",
      quality: "hd",
      style: "natural",
      response_format: "b64_json",
    });
    fake.revisedPrompt = undefined;
  });

  it("refuses dall-e-3 with n=2 before calling OpenAI (never clamps silently)", async () => {
    const error = await providerErrorFrom(
      openaiAdapter.generateImages!(connection, image({ model: "dall-e-3", n: 2 })),
    );
    expect(error.kind).toBe("BAD_REQUEST");
    expect(error.message).toMatch(/one image per request/);
    expect(fake.requests).toHaveLength(0);
  });

  it("enforces each model's sizes", async () => {
    const wrongSize = await providerErrorFrom(
      openaiAdapter.generateImages!(connection, image({ model: "dall-e-2", size: "1024x1536" })),
    );
    expect(wrongSize.kind).toBe("BAD_REQUEST");
    expect(wrongSize.message).toMatch(/256x256, 512x512, 1024x1024/);
    await expect(
      openaiAdapter.generateImages!(connection, image({ model: "dall-e-3", size: "512x512" })),
    ).rejects.toMatchObject({ kind: "BAD_REQUEST" });
    const small = await openaiAdapter.generateImages!(connection, image({ model: "dall-e-2", n: 2, size: "256x256" }));
    expect(small).toHaveLength(2);
  });

  it("declares the real capabilities per model, and none for text models", () => {
    expect(openaiAdapter.imageCapabilities("dall-e-3")).toMatchObject({ maxN: 1, styles: ["vivid", "natural"] });
    expect(openaiAdapter.imageCapabilities("gpt-image-1")?.sizes).toEqual([
      "1024x1024",
      "1024x1536",
      "1536x1024",
      "auto",
    ]);
    expect(openaiAdapter.imageCapabilities("dall-e-2")).toMatchObject({
      maxN: 10,
      sizes: ["256x256", "512x512", "1024x1024"],
    });
    expect(openaiAdapter.imageCapabilities("gpt-5.4-mini")).toBeNull();
  });

  it("downloads pictures when the answer only carries a url", async () => {
    fake.imageResponse = "url";
    fake.imageBytes = await samplePng(32, 32, "#123456");
    const images = await openaiAdapter.generateImages!(connection, image({ model: "dall-e-2", n: 2 }));
    expect(images.map((picture) => picture.bytes.equals(fake.imageBytes))).toEqual([true, true]);
    expect(fake.requests.filter((request) => request.path.startsWith("/files/"))).toHaveLength(2);
    fake.imageResponse = "b64_json";
  });
});

describe("OpenAI text", () => {
  it("answers through chat completions", async () => {
    const text = await openaiAdapter.generateText!(connection, {
      model: "gpt-5.4-mini",
      prompt: "describe",
      system: "be brief",
      maxTokens: 50,
      signal: abortAfter(5000),
    });
    expect(text).toBe(fake.textReply);
    const body = fake.lastRequest("/chat/completions")!.body;
    expect(body.messages).toEqual([
      { role: "system", content: "be brief" },
      { role: "user", content: "describe" },
    ]);
    // GPT-5 models reason before answering: a 50-token budget is raised so an answer fits.
    expect(body.max_completion_tokens).toBe(8192);
  });

  it("uses JSON mode and validates the reply with zod", async () => {
    const schema = z.object({ prompt: z.string(), tags: z.array(z.string()) });
    const value = await generateJson(
      openaiAdapter,
      connection,
      { model: "gpt-5.4-mini", prompt: "enhance", signal: abortAfter(5000) },
      schema,
    );
    expect(value.tags).toEqual(["dwarf", "cleric"]);
    const body = fake.lastRequest("/chat/completions")!.body;
    // Structured output: the zod schema goes along as JSON Schema.
    expect(body.response_format).toMatchObject({
      type: "json_schema",
      json_schema: { name: "reply", strict: false, schema: { type: "object", required: ["prompt", "tags"] } },
    });
    expect(JSON.stringify(body.messages)).toMatch(/JSON/);
  });

  it("says clearly when the JSON reply is invalid", async () => {
    fake.jsonReply = "Sure! Here you go: {not json";
    const schema = z.object({ prompt: z.string() });
    const error = await providerErrorFrom(
      generateJson(openaiAdapter, connection, { model: "m", prompt: "p", signal: abortAfter(5000) }, schema),
    );
    expect(error.kind).toBe("INVALID_RESPONSE");
    expect(error.message).toMatch(/not valid JSON/);
    fake.jsonReply = JSON.stringify({ prompt: "x", tags: [] });
  });

  it("tests the connection by listing models", async () => {
    await expect(openaiAdapter.testConnection(connection, abortAfter(5000))).resolves.toEqual({ models: fake.models });
  });
});

describe("OpenAI errors", () => {
  it("maps a wrong key to AUTH without ever showing the key", async () => {
    const wrongKey = "sk-wrong-ArcaneForge-SECRET-9999";
    const error = await providerErrorFrom(
      openaiAdapter.testConnection({ ...connection, apiKey: wrongKey }, abortAfter(5000)),
    );
    expect(error.kind).toBe("AUTH");
    expect(error.options.status).toBe(401);
    expect(error.retryable).toBe(false);
    expectSecretHidden(error, wrongKey);
    expectSecretHidden(error, "SECRET-9999");
  });

  it("maps 429 to RATE_LIMITED with Retry-After", async () => {
    fake.failWith({
      status: 429,
      message: "Rate limit reached",
      code: "rate_limit_exceeded",
      headers: { "retry-after": "7" },
    });
    const error = await providerErrorFrom(openaiAdapter.generateImages!(connection, image({})));
    expect(error).toMatchObject({
      kind: "RATE_LIMITED",
      retryable: true,
      options: { status: 429, retryAfterMs: 7000 },
    });
    expect(fake.requests).toHaveLength(1); // maxRetries: 0 — the pipeline retries, not the SDK
  });

  it("maps 500 to a retryable SERVER error", async () => {
    fake.failWith({ status: 500, message: "The server had an error", times: 1 });
    const error = await providerErrorFrom(
      openaiAdapter.generateText!(connection, { model: "m", prompt: "p", signal: abortAfter(5000) }),
    );
    expect(error).toMatchObject({ kind: "SERVER", retryable: true });
    expect(fake.requests).toHaveLength(1);
  });

  it("maps a content policy 400 to CONTENT_POLICY", async () => {
    fake.refuseContent = true;
    const error = await providerErrorFrom(openaiAdapter.generateImages!(connection, image({ model: "dall-e-3" })));
    expect(error.kind).toBe("CONTENT_POLICY");
    expect(error.retryable).toBe(false);
  });

  it("maps an aborted call to TIMEOUT", async () => {
    fake.delayMs = 2000;
    const error = await providerErrorFrom(openaiAdapter.generateImages!(connection, image({ signal: abortAfter(50) })));
    expect(error.kind).toBe("TIMEOUT");
    // It gave up when aborted, before the provider had its answer ready.
    expect(fake.requests).toHaveLength(1);
    expect(fake.answered).toBe(0);
  });

  it("keeps the key out of a provider message that echoes it", async () => {
    fake.failWith({ status: 400, message: `Bad request for key ${KEY} with header Authorization: Bearer ${KEY}` });
    const error = await providerErrorFrom(openaiAdapter.generateImages!(connection, image({})));
    expect(error.kind).toBe("BAD_REQUEST");
    expectSecretHidden(error, KEY);
    expect(error.message).toMatch(/\[redacted\]/);
  });
});
