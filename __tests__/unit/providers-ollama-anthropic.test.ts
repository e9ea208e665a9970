import { z } from "zod";
import { anthropicAdapter } from "@/lib/providers/anthropic";
import { generateJson } from "@/lib/providers/json-output";
import { ollamaAdapter } from "@/lib/providers/ollama";
import type { ImageRequest, ProviderConnection } from "@/lib/providers/types";
import {
  abortAfter,
  allowPrivateProviderUrls,
  expectSecretHidden,
  providerErrorFrom,
  startFakeAnthropic,
  startFakeOllama,
  type FakeAnthropic,
  type FakeOllama,
} from "../support/fake-providers";

let ollama: FakeOllama;
let anthropic: FakeAnthropic;
const ANTHROPIC_KEY = "sk-ant-api03-ArcaneForge-DISTINCTIVE-8080";

allowPrivateProviderUrls();
beforeAll(async () => {
  [ollama, anthropic] = await Promise.all([startFakeOllama(), startFakeAnthropic({ requiredKey: ANTHROPIC_KEY })]);
});
afterEach(() => {
  ollama.reset();
  anthropic.reset();
});
afterAll(() => Promise.all([ollama.close(), anthropic.close()]));

const image = (overrides: Partial<ImageRequest>): ImageRequest => ({
  prompt: "a gnome artificer",
  model: "x/z-image-turbo",
  n: 1,
  signal: new AbortController().signal,
  ...overrides,
});

describe("Ollama", () => {
  const connection = (): ProviderConnection => ({ kind: "OLLAMA", baseUrl: ollama.baseUrl });

  it("generates images through /api/generate, one after another, with width and height", async () => {
    const images = await ollamaAdapter.generateImages!(connection(), image({ n: 2, size: "1024x768" }));
    expect(images).toHaveLength(2);
    expect(images[0].bytes.equals(ollama.imageBytes)).toBe(true);
    const calls = ollama.requests.filter((request) => request.path === "/api/generate");
    expect(calls).toHaveLength(2);
    expect(calls[0].body).toEqual({
      model: "x/z-image-turbo",
      prompt: "a gnome artificer",
      stream: false,
      width: 1024,
      height: 768,
    });
    expect(calls[0].headers.authorization).toBeUndefined();
  });

  it("reads the `images` array variant too", async () => {
    ollama.imageField = "images";
    await expect(ollamaAdapter.generateImages!(connection(), image({}))).resolves.toHaveLength(1);
    ollama.imageField = "image";
  });

  it("declares images only for models known to generate them", async () => {
    expect(ollamaAdapter.imageCapabilities("x/flux2-klein")).not.toBeNull();
    expect(ollamaAdapter.imageCapabilities("llama3.1")).toBeNull();
    await expect(ollamaAdapter.generateImages!(connection(), image({ model: "llama3.1" }))).rejects.toMatchObject({
      kind: "UNSUPPORTED",
    });
  });

  it("chats with format json and validates the reply", async () => {
    await expect(
      ollamaAdapter.generateText!(connection(), { model: "llama3.1", prompt: "p", signal: abortAfter(5000) }),
    ).resolves.toBe(ollama.textReply);
    const value = await generateJson(
      ollamaAdapter,
      connection(),
      { model: "llama3.1", prompt: "p", system: "s", signal: abortAfter(5000) },
      z.object({ prompt: z.string() }),
    );
    expect(value.prompt).toBe("A gnome artificer");
    expect(ollama.lastRequest("/api/chat")!.body).toMatchObject({
      format: { type: "object", required: ["prompt"] },
      stream: false,
      messages: [
        { role: "system", content: "s" },
        { role: "user", content: "p" },
      ],
    });
  });

  it("tests the connection with /api/tags and maps Ollama errors", async () => {
    await expect(ollamaAdapter.testConnection(connection(), abortAfter(5000))).resolves.toEqual({
      models: ollama.models,
    });
    ollama.failWith({ status: 404, message: "model 'nope' not found" });
    const error = await providerErrorFrom(
      ollamaAdapter.generateText!(connection(), { model: "nope", prompt: "p", signal: abortAfter(5000) }),
    );
    expect(error.kind).toBe("BAD_REQUEST");
    expect(error.message).toMatch(/model 'nope' not found/);
    ollama.reset();
    ollama.failWith({ status: 500, message: "out of memory" });
    await expect(ollamaAdapter.generateImages!(connection(), image({}))).rejects.toMatchObject({ kind: "SERVER" });
    ollama.reset();
    ollama.delayMs = 2000;
    await expect(ollamaAdapter.generateImages!(connection(), image({ signal: abortAfter(50) }))).rejects.toMatchObject({
      kind: "TIMEOUT",
    });
  });

  it("refuses its localhost default unless the operator lists localhost:11434", async () => {
    // The fakes' own 127.0.0.1 ports are allowed; localhost:11434 is not among them.
    await expect(ollamaAdapter.testConnection({ kind: "OLLAMA" }, abortAfter(5000))).rejects.toMatchObject({
      kind: "BAD_REQUEST",
      message: expect.stringContaining("ALLOWED_PRIVATE_PROVIDER_HOSTS"),
    });
  });
});

describe("Anthropic", () => {
  const connection = (apiKey = ANTHROPIC_KEY): ProviderConnection => ({
    kind: "ANTHROPIC",
    baseUrl: anthropic.baseUrl,
    apiKey,
  });

  it("cannot make images", () => {
    expect(anthropicAdapter.imageCapabilities("claude-sonnet-4-5")).toBeNull();
    expect(anthropicAdapter.generateImages).toBeUndefined();
  });

  it("writes text through /v1/messages with x-api-key and anthropic-version", async () => {
    const text = await anthropicAdapter.generateText!(connection(), {
      model: "claude-haiku-4-5",
      prompt: "p",
      system: "s",
      signal: abortAfter(5000),
    });
    expect(text).toBe(anthropic.textReply);
    const request = anthropic.lastRequest("/v1/messages")!;
    expect(request.headers["x-api-key"]).toBe(ANTHROPIC_KEY);
    expect(request.headers["anthropic-version"]).toBe("2023-06-01");
    expect(request.body).toEqual({
      model: "claude-haiku-4-5",
      max_tokens: 1024,
      system: "s",
      messages: [{ role: "user", content: "p" }],
    });
  });

  it("asks for JSON in the system prompt and strips fences from the reply", async () => {
    anthropic.textReply = '```json\n{"prompt": "A grizzled fighter"}\n```';
    const value = await generateJson(
      anthropicAdapter,
      connection(),
      { model: "claude-haiku-4-5", prompt: "p", signal: abortAfter(5000) },
      z.object({ prompt: z.string() }),
    );
    expect(value.prompt).toBe("A grizzled fighter");
    expect(anthropic.lastRequest("/v1/messages")!.body.system).toMatch(/JSON/);
    anthropic.textReply = "A grizzled human fighter, scarred and patient.";
  });

  it("tests the connection and maps errors without leaking the key", async () => {
    await expect(anthropicAdapter.testConnection(connection(), abortAfter(5000))).resolves.toEqual({
      models: anthropic.models,
    });
    const wrong = "sk-ant-api03-WRONG-secret-1234567";
    const error = await providerErrorFrom(anthropicAdapter.testConnection(connection(wrong), abortAfter(5000)));
    expect(error.kind).toBe("AUTH");
    expectSecretHidden(error, wrong);
    anthropic.failWith({
      status: 429,
      message: "Number of request tokens has exceeded your rate limit",
      headers: { "retry-after": "30" },
    });
    await expect(
      anthropicAdapter.generateText!(connection(), { model: "m", prompt: "p", signal: abortAfter(5000) }),
    ).rejects.toMatchObject({
      kind: "RATE_LIMITED",
      options: { retryAfterMs: 30000 },
    });
    anthropic.reset();
    anthropic.failWith({ status: 529, message: "Overloaded" });
    await expect(
      anthropicAdapter.generateText!(connection(), { model: "m", prompt: "p", signal: abortAfter(5000) }),
    ).rejects.toMatchObject({ kind: "SERVER" });
    anthropic.reset();
    anthropic.refuseContent = true;
    await expect(
      anthropicAdapter.generateText!(connection(), { model: "m", prompt: "p", signal: abortAfter(5000) }),
    ).rejects.toMatchObject({ kind: "REFUSED" });
  });
});
