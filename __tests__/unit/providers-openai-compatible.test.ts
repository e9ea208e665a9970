import { describeProvider } from "@/lib/providers/registry";
import { gabAdapter } from "@/lib/providers/gab";
import { openaiCompatibleAdapter } from "@/lib/providers/openai-compatible";
import { xaiAdapter } from "@/lib/providers/xai";
import type { ImageRequest, ProviderConnection } from "@/lib/providers/types";
import {
  abortAfter,
  allowPrivateProviderUrls,
  expectSecretHidden,
  providerErrorFrom,
  startFakeOpenAI,
  type FakeOpenAI,
} from "../support/fake-providers";

const KEY = "xai-ArcaneForge-DISTINCTIVE-key-31337";
let fake: FakeOpenAI;

allowPrivateProviderUrls();
beforeAll(async () => {
  fake = await startFakeOpenAI({ requiredKey: KEY });
});
afterEach(() => fake.reset());
afterAll(() => fake.close());

const image = (overrides: Partial<ImageRequest>): ImageRequest => ({
  prompt: "a tiefling bard",
  model: "grok-imagine-image",
  n: 1,
  signal: new AbortController().signal,
  ...overrides,
});

describe("xAI", () => {
  const connection = (): ProviderConnection => ({ kind: "XAI", baseUrl: fake.baseUrl, apiKey: KEY });

  it("makes grok-imagine-image pictures with only model, prompt, n and response_format", async () => {
    const images = await xaiAdapter.generateImages!(
      connection(),
      image({ n: 4, size: "1024x1024", quality: "hd", style: "vivid" }),
    );
    expect(images).toHaveLength(4);
    expect(fake.lastRequest("/images/generations")!.body).toEqual({
      model: "grok-imagine-image",
      prompt: "a tiefling bard",
      n: 4,
      response_format: "b64_json",
    });
    expect(fake.lastRequest()!.headers.authorization).toBe(`Bearer ${KEY}`);
  });

  it("declares no size, quality or style, n up to 10, and no images for text models", async () => {
    expect(xaiAdapter.imageCapabilities("grok-imagine-image")).toMatchObject({ sizes: [], maxN: 10, seed: false });
    expect(xaiAdapter.imageCapabilities("grok-imagine-image")?.aspectRatios).toContain("16:9");
    expect(xaiAdapter.imageCapabilities("grok-3-mini")).toBeNull();
    await expect(xaiAdapter.generateImages!(connection(), image({ n: 11 }))).rejects.toMatchObject({
      kind: "BAD_REQUEST",
    });
  });

  it("writes text with max_tokens and tests the connection", async () => {
    await expect(
      xaiAdapter.generateText!(connection(), {
        model: "grok-4-fast-non-reasoning",
        prompt: "p",
        maxTokens: 20,
        signal: abortAfter(5000),
      }),
    ).resolves.toBe(fake.textReply);
    expect(fake.lastRequest("/chat/completions")!.body.max_tokens).toBe(20);
    await expect(xaiAdapter.testConnection(connection(), abortAfter(5000))).resolves.toEqual({ models: fake.models });
  });

  it("maps errors the same way as OpenAI and hides the key", async () => {
    const error = await providerErrorFrom(
      xaiAdapter.testConnection({ ...connection(), apiKey: "xai-WRONG-secret-value-77" }, abortAfter(5000)),
    );
    expect(error.kind).toBe("AUTH");
    expect(error.message).toMatch(/^xAI/);
    expectSecretHidden(error, "xai-WRONG-secret-value-77");
    fake.failWith({ status: 503, message: "overloaded" });
    await expect(xaiAdapter.generateImages!(connection(), image({}))).rejects.toMatchObject({ kind: "SERVER" });
  });

  it("points at api.x.ai/v1 by default", () => {
    expect(xaiAdapter.defaults.baseUrl).toBe("https://api.x.ai/v1");
    expect(xaiAdapter.baseUrl).toBe("fixed");
  });
});

describe("GAB AI", () => {
  it("is an editable OpenAI-compatible preset on gab.ai/v1", () => {
    expect(gabAdapter.baseUrl).toBe("editable");
    expect(gabAdapter.defaults.baseUrl).toBe("https://gab.ai/v1");
    expect(gabAdapter.requiresKey).toBe(true);
  });

  it("talks to an edited base URL like any compatible server", async () => {
    const connection: ProviderConnection = { kind: "GAB_AI", baseUrl: fake.baseUrl, apiKey: KEY };
    await expect(
      gabAdapter.generateText!(connection, { model: "arya", prompt: "p", signal: abortAfter(5000) }),
    ).resolves.toBe(fake.textReply);
  });

  it("is text only: GAB documents no image API, and the provider list says so", () => {
    expect(gabAdapter.generateImages).toBeUndefined();
    expect(gabAdapter.imageCapabilities("arya")).toBeNull();
    expect(describeProvider(gabAdapter)).toMatchObject({ supportsImages: false, supportsText: true });
  });

  it("needs a key", async () => {
    await expect(
      gabAdapter.testConnection({ kind: "GAB_AI", baseUrl: fake.baseUrl }, abortAfter(5000)),
    ).rejects.toMatchObject({ kind: "AUTH" });
    expect(fake.requests).toHaveLength(0);
  });
});

describe("OpenAI-compatible server", () => {
  it("requires a base URL", async () => {
    expect(openaiCompatibleAdapter.baseUrl).toBe("required");
    await expect(
      openaiCompatibleAdapter.testConnection({ kind: "OPENAI_COMPATIBLE", apiKey: KEY }, abortAfter(5000)),
    ).rejects.toMatchObject({
      kind: "BAD_REQUEST",
    });
  });

  it("generates with the common Images API surface and b64_json", async () => {
    const connection: ProviderConnection = { kind: "OPENAI_COMPATIBLE", baseUrl: `${fake.baseUrl}/`, apiKey: KEY };
    const images = await openaiCompatibleAdapter.generateImages!(
      connection,
      image({ model: "sdxl", n: 2, size: "1024x1024", quality: "hd" }),
    );
    expect(images).toHaveLength(2);
    expect(fake.lastRequest("/images/generations")!.body).toEqual({
      model: "sdxl",
      prompt: "a tiefling bard",
      n: 2,
      size: "1024x1024",
      response_format: "b64_json",
    });
  });

  it("refuses an image URL at a metadata address although the provider's own host is allowed", async () => {
    for (const url of [
      "http://169.254.169.254/latest/meta-data/iam/security-credentials/",
      "http://[fd00:ec2::254]/latest/meta-data/",
      `http://127.0.0.1:${Number(new URL(fake.origin).port) + 1}/files/a.png`, // the allowed host, another port
    ]) {
      fake.override("/images/generations", { json: { created: 1, data: [{ url }] } });
      const error = await providerErrorFrom(
        openaiCompatibleAdapter.generateImages!(
          { kind: "OPENAI_COMPATIBLE", baseUrl: fake.baseUrl, apiKey: KEY },
          image({ model: "dall-e-2" }),
        ),
      );
      expect(error.kind).toBe("BAD_REQUEST");
      expect(error.message).toMatch(/link-local, metadata|special-purpose address/);
    }
  });

  it("refuses a private base URL unless the operator allows its host and port", async () => {
    const allowed = process.env.ALLOWED_PRIVATE_PROVIDER_HOSTS;
    process.env.ALLOWED_PRIVATE_PROVIDER_HOSTS = `${new URL(fake.origin).hostname}:1`; // same host, another port
    try {
      const error = await providerErrorFrom(
        openaiCompatibleAdapter.testConnection(
          { kind: "OPENAI_COMPATIBLE", baseUrl: fake.baseUrl, apiKey: KEY },
          abortAfter(5000),
        ),
      );
      expect(error.kind).toBe("BAD_REQUEST");
      expect(fake.requests).toHaveLength(0);
    } finally {
      process.env.ALLOWED_PRIVATE_PROVIDER_HOSTS = allowed;
    }
  });
});
