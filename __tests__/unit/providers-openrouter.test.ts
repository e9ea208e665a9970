import { z } from "zod";
import { generateJson } from "@/lib/providers/json-output";
import { openrouterAdapter } from "@/lib/providers/openrouter";
import type { ImageRequest, ProviderConnection } from "@/lib/providers/types";
import {
  abortAfter,
  allowPrivateProviderUrls,
  expectSecretHidden,
  providerErrorFrom,
  startFakeOpenRouter,
  type FakeOpenRouter,
} from "../support/fake-providers";

const KEY = "sk-or-v1-ArcaneForge-DISTINCTIVE-5150";
let fake: FakeOpenRouter;
let connection: ProviderConnection;

allowPrivateProviderUrls();
beforeAll(async () => {
  fake = await startFakeOpenRouter({ requiredKey: KEY });
  connection = { kind: "OPENROUTER", baseUrl: fake.baseUrl, apiKey: KEY };
});
afterEach(() => fake.reset());
afterAll(() => fake.close());

const image = (overrides: Partial<ImageRequest>): ImageRequest => ({
  prompt: "a tiefling warlock",
  model: "google/gemini-2.5-flash-image",
  n: 1,
  signal: new AbortController().signal,
  ...overrides,
});

describe("OpenRouter", () => {
  it("makes images through chat completions with image modalities, one call per picture", async () => {
    const images = await openrouterAdapter.generateImages!(connection, image({ n: 2, aspectRatio: "16:9" }));
    expect(images).toHaveLength(2);
    expect(images[0].bytes.equals(fake.imageBytes)).toBe(true);
    expect(images[0].mimeType).toBe("image/png");
    const calls = fake.requests.filter((request) => request.path === "/api/v1/chat/completions");
    expect(calls).toHaveLength(2);
    expect(calls[0].headers.authorization).toBe(`Bearer ${KEY}`);
    expect(calls[0].body).toEqual({
      model: "google/gemini-2.5-flash-image",
      messages: [{ role: "user", content: "a tiefling warlock" }],
      modalities: ["image", "text"],
      image_config: { aspect_ratio: "16:9" },
    });
  });

  it("keeps exactly n pictures when a reply carries several", async () => {
    fake.imagesPerReply = 2;
    await expect(openrouterAdapter.generateImages!(connection, image({ n: 3 }))).resolves.toHaveLength(3);
    fake.imagesPerReply = 1;
  });

  it("says so when the model answers without an image", async () => {
    fake.override("/chat/completions", {
      json: { choices: [{ finish_reason: "stop", message: { role: "assistant", content: "I can only write." } }] },
    });
    const error = await providerErrorFrom(openrouterAdapter.generateImages!(connection, image({})));
    expect(error.kind).toBe("INVALID_RESPONSE");
    expect(error.message).toMatch(/I can only write/);
  });

  it("writes text and JSON", async () => {
    await expect(
      openrouterAdapter.generateText!(connection, {
        model: "openai/gpt-4o-mini",
        prompt: "p",
        signal: abortAfter(5000),
      }),
    ).resolves.toBe(fake.textReply);
    const value = await generateJson(
      openrouterAdapter,
      connection,
      { model: "openai/gpt-4o-mini", prompt: "p", signal: abortAfter(5000) },
      z.object({ tags: z.array(z.string()) }),
    );
    expect(value.tags).toEqual(["tiefling"]);
  });

  it("tests the connection by checking the key, then listing models", async () => {
    await expect(openrouterAdapter.testConnection(connection, abortAfter(5000))).resolves.toEqual({
      models: fake.models,
    });
    expect(fake.requests.map((request) => request.path)).toEqual(["/api/v1/key", "/api/v1/models"]);
    const error = await providerErrorFrom(
      openrouterAdapter.testConnection({ ...connection, apiKey: "sk-or-v1-WRONG-secret-42" }, abortAfter(5000)),
    );
    expect(error.kind).toBe("AUTH");
    expectSecretHidden(error, "sk-or-v1-WRONG-secret-42");
  });

  it("maps a moderation 403 to CONTENT_POLICY, 429 with Retry-After, 500 and aborts", async () => {
    fake.refuseContent = true;
    await expect(openrouterAdapter.generateImages!(connection, image({}))).rejects.toMatchObject({
      kind: "CONTENT_POLICY",
    });
    fake.reset();
    fake.failWith({ status: 429, message: "Rate limit exceeded", headers: { "retry-after": "3" } });
    await expect(openrouterAdapter.generateImages!(connection, image({}))).rejects.toMatchObject({
      kind: "RATE_LIMITED",
      options: { retryAfterMs: 3000 },
    });
    fake.reset();
    fake.failWith({ status: 502, message: "Provider returned error" });
    await expect(
      openrouterAdapter.generateText!(connection, { model: "m", prompt: "p", signal: abortAfter(5000) }),
    ).rejects.toMatchObject({ kind: "SERVER" });
    fake.reset();
    fake.delayMs = 2000;
    await expect(
      openrouterAdapter.generateImages!(connection, image({ signal: abortAfter(50) })),
    ).rejects.toMatchObject({ kind: "TIMEOUT" });
  });
});
