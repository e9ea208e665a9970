import { z } from "zod";
import { googleAdapter } from "@/lib/providers/google";
import { generateJson } from "@/lib/providers/json-output";
import type { ImageRequest, ProviderConnection } from "@/lib/providers/types";
import {
  abortAfter,
  allowPrivateProviderUrls,
  expectSecretHidden,
  providerErrorFrom,
  startFakeGoogle,
  type FakeGoogle,
} from "../support/fake-providers";

const KEY = "AIzaSyArcaneForgeDISTINCTIVE0000000001";
let fake: FakeGoogle;
let connection: ProviderConnection;

allowPrivateProviderUrls();
beforeAll(async () => {
  fake = await startFakeGoogle({ requiredKey: KEY });
  connection = { kind: "GOOGLE", baseUrl: fake.baseUrl, apiKey: KEY };
});
afterEach(() => fake.reset());
afterAll(() => fake.close());

const image = (overrides: Partial<ImageRequest>): ImageRequest => ({
  prompt: "a half-elf ranger",
  model: "gemini-2.5-flash-image",
  n: 1,
  signal: new AbortController().signal,
  ...overrides,
});

describe("Google images", () => {
  it("asks a Gemini image model for IMAGE output and reads the inline base64 parts", async () => {
    fake.imageCaption = "Here is the ranger.";
    const images = await googleAdapter.generateImages!(connection, image({ n: 2, aspectRatio: "3:4" }));
    expect(images).toHaveLength(2);
    expect(images[0].bytes.equals(fake.imageBytes)).toBe(true);
    expect(images[0].mimeType).toBe("image/png");
    const calls = fake.requests.filter((request) => request.path.endsWith(":generateContent"));
    expect(calls).toHaveLength(2); // one picture per call
    expect(calls[0].path).toBe("/v1beta/models/gemini-2.5-flash-image:generateContent");
    expect(calls[0].headers["x-goog-api-key"]).toBe(KEY);
    expect(calls[0].body).toEqual({
      contents: [{ role: "user", parts: [{ text: "a half-elf ranger" }] }],
      generationConfig: { responseModalities: ["IMAGE"], imageConfig: { aspectRatio: "3:4" } },
    });
    fake.imageCaption = undefined;
  });

  it("calls Imagen's :predict with sampleCount and aspect ratio", async () => {
    const images = await googleAdapter.generateImages!(
      connection,
      image({ model: "imagen-4.0-generate-001", n: 3, aspectRatio: "16:9" }),
    );
    expect(images).toHaveLength(3);
    const request = fake.lastRequest(":predict")!;
    expect(request.path).toBe("/v1beta/models/imagen-4.0-generate-001:predict");
    expect(request.headers["x-goog-api-key"]).toBe(KEY);
    expect(request.body).toEqual({
      instances: [{ prompt: "a half-elf ranger" }],
      parameters: { sampleCount: 3, aspectRatio: "16:9" },
    });
  });

  it("declares Imagen and Gemini limits and refuses what they cannot do", async () => {
    expect(googleAdapter.imageCapabilities("imagen-4.0-generate-001")).toMatchObject({
      maxN: 4,
      aspectRatios: ["1:1", "3:4", "4:3", "9:16", "16:9"],
    });
    expect(googleAdapter.imageCapabilities("gemini-2.5-flash")).toBeNull();
    await expect(
      googleAdapter.generateImages!(connection, image({ model: "imagen-4.0-generate-001", n: 5 })),
    ).rejects.toMatchObject({ kind: "BAD_REQUEST" });
    await expect(
      googleAdapter.generateImages!(connection, image({ model: "imagen-4.0-generate-001", aspectRatio: "21:9" })),
    ).rejects.toMatchObject({ kind: "BAD_REQUEST" });
    await expect(googleAdapter.generateImages!(connection, image({ model: "gemini-2.5-flash" }))).rejects.toMatchObject(
      { kind: "UNSUPPORTED" },
    );
    expect(fake.requests).toHaveLength(0);
  });

  it("turns a safety block into CONTENT_POLICY, for Gemini and Imagen", async () => {
    fake.refuseContent = true;
    await expect(googleAdapter.generateImages!(connection, image({}))).rejects.toMatchObject({
      kind: "CONTENT_POLICY",
    });
    await expect(
      googleAdapter.generateImages!(connection, image({ model: "imagen-4.0-generate-001" })),
    ).rejects.toMatchObject({ kind: "CONTENT_POLICY" });
  });
});

describe("Google text", () => {
  it("generates text with a system instruction", async () => {
    const text = await googleAdapter.generateText!(connection, {
      model: "gemini-2.5-flash",
      prompt: "describe",
      system: "be brief",
      maxTokens: 64,
      signal: abortAfter(5000),
    });
    expect(text).toBe(fake.textReply);
    const body = fake.lastRequest(":generateContent")!.body;
    expect(body.systemInstruction).toEqual({ parts: [{ text: "be brief" }], role: "user" });
    // Gemini 2.5 and later think before answering: the budget gets room for the answer.
    expect(body.generationConfig).toEqual({ maxOutputTokens: 8192 });
  });

  it("asks for application/json and validates the reply", async () => {
    const value = await generateJson(
      googleAdapter,
      connection,
      { model: "gemini-2.5-flash", prompt: "enhance", signal: abortAfter(5000) },
      z.object({ prompt: z.string() }),
    );
    expect(value.prompt).toBe("A half-elf ranger");
    expect(fake.lastRequest(":generateContent")!.body.generationConfig.responseMimeType).toBe("application/json");
  });

  it("reports JSON of the wrong shape clearly", async () => {
    const error = await providerErrorFrom(
      generateJson(
        googleAdapter,
        connection,
        { model: "gemini-2.5-flash", prompt: "p", signal: abortAfter(5000) },
        z.object({ name: z.string() }),
      ),
    );
    expect(error.kind).toBe("INVALID_RESPONSE");
    expect(error.message).toMatch(/expected shape/);
  });

  it("tests the connection by listing models", async () => {
    const { models } = await googleAdapter.testConnection(connection, abortAfter(5000));
    expect(models).toEqual(fake.models);
    expect(fake.lastRequest("/models")!.method).toBe("GET");
  });
});

describe("Google errors", () => {
  it("maps Google's 400 'API key not valid' to AUTH and hides the key", async () => {
    const wrongKey = "AIzaSyWRONGArcaneForgeSECRET0000000002";
    const error = await providerErrorFrom(
      googleAdapter.testConnection({ ...connection, apiKey: wrongKey }, abortAfter(5000)),
    );
    expect(error.kind).toBe("AUTH");
    expectSecretHidden(error, wrongKey);
  });

  it("maps 429 with Retry-After, without SDK retries", async () => {
    fake.failWith({ status: 429, message: "Resource has been exhausted", headers: { "retry-after": "12" } });
    const error = await providerErrorFrom(googleAdapter.generateImages!(connection, image({})));
    expect(error).toMatchObject({ kind: "RATE_LIMITED", options: { retryAfterMs: 12000 } });
    expect(fake.requests).toHaveLength(1);
  });

  it("maps 500 to SERVER", async () => {
    fake.failWith({ status: 500, message: "Internal error encountered." });
    await expect(
      googleAdapter.generateText!(connection, { model: "gemini-2.5-flash", prompt: "p", signal: abortAfter(5000) }),
    ).rejects.toMatchObject({
      kind: "SERVER",
      retryable: true,
    });
  });

  it("maps an aborted call to TIMEOUT", async () => {
    fake.delayMs = 2000;
    await expect(googleAdapter.generateImages!(connection, image({ signal: abortAfter(50) }))).rejects.toMatchObject({
      kind: "TIMEOUT",
    });
    await expect(
      googleAdapter.generateImages!(connection, image({ model: "imagen-4.0-generate-001", signal: abortAfter(50) })),
    ).rejects.toMatchObject({ kind: "TIMEOUT" });
  });

  it("maps a refused connection to NETWORK", async () => {
    const allowed = process.env.ALLOWED_PRIVATE_PROVIDER_HOSTS;
    await fake.close();
    process.env.ALLOWED_PRIVATE_PROVIDER_HOSTS = allowed; // still allowed: nothing listens there now
    try {
      await expect(googleAdapter.testConnection(connection, abortAfter(5000))).rejects.toMatchObject({
        kind: "NETWORK",
        retryable: true,
      });
    } finally {
      fake = await startFakeGoogle({ requiredKey: KEY });
      connection = { ...connection, baseUrl: fake.baseUrl };
    }
  });
});
