import { ProviderKind } from "@/lib/generated/prisma/enums";
import { anthropicAdapter } from "@/lib/providers/anthropic";
import { describeProviders, getAdapter, PROVIDER_ADAPTERS } from "@/lib/providers/registry";
import {
  abortAfter,
  allowFakeProviders,
  providerErrorFrom,
  startFakeAnthropic,
  type FakeAnthropic,
} from "../support/fake-providers";

describe("provider registry", () => {
  it("has one adapter per provider kind, each knowing its own kind", () => {
    expect(Object.keys(PROVIDER_ADAPTERS).sort()).toEqual(Object.values(ProviderKind).sort());
    for (const kind of Object.values(ProviderKind)) expect(getAdapter(kind).kind).toBe(kind);
  });

  it("refuses an unknown kind", () => {
    expect(() => getAdapter("NOPE" as ProviderKind)).toThrow(/Unknown provider kind/);
  });

  it("describes providers for the UI as plain data", () => {
    const descriptions = describeProviders();
    expect(descriptions).toHaveLength(Object.values(ProviderKind).length);
    expect(JSON.parse(JSON.stringify(descriptions))).toEqual(descriptions);
    const byKind = Object.fromEntries(descriptions.map((description) => [description.kind, description]));
    expect(byKind.ANTHROPIC).toMatchObject({ supportsImages: false, supportsText: true, requiresKey: true });
    expect(byKind.OLLAMA).toMatchObject({
      requiresKey: false,
      baseUrl: "editable",
      defaultBaseUrl: "http://localhost:11434",
    });
    expect(byKind.OPENAI_COMPATIBLE).toMatchObject({ baseUrl: "required", supportsImages: true });
    expect(byKind.GAB_AI).toMatchObject({ baseUrl: "editable", defaultBaseUrl: "https://gab.ai/v1" });
    expect(byKind.BUILTIN.requiresKey).toBe(false);
    const dallE3 = byKind.OPENAI.imageModels.find((model: { id: string }) => model.id === "dall-e-3");
    expect(dallE3?.capabilities).toMatchObject({ maxN: 1, sizes: ["1024x1024", "1792x1024", "1024x1792"] });
  });

  it("has distinct labels", () => {
    const labels = describeProviders().map((description) => description.label);
    expect(new Set(labels).size).toBe(labels.length);
  });
});

describe("the registry's adapters", () => {
  let anthropic: FakeAnthropic;
  let undo: () => void;
  beforeAll(async () => {
    anthropic = await startFakeAnthropic({ requiredKey: "sk-ant-registry-test-key" });
    undo = allowFakeProviders();
  });
  afterAll(async () => {
    undo();
    await anthropic.close();
  });

  it("turn an adapter's own exception on a surprising body into our words, never its text", async () => {
    anthropic.override("/v1/messages", { json: { content: 5, stop_reason: "end_turn" } });
    const connection = { kind: "ANTHROPIC" as const, baseUrl: anthropic.baseUrl, apiKey: "sk-ant-registry-test-key" };
    const request = { model: "claude-sonnet-4-5", prompt: "hello", signal: abortAfter(5000) };
    // The bare adapter lets the TypeError through; the registry's does not.
    await expect(anthropicAdapter.generateText!(connection, request)).rejects.toBeInstanceOf(TypeError);
    const error = await providerErrorFrom(getAdapter("ANTHROPIC").generateText!(connection, request));
    expect(error.kind).toBe("SERVER");
    expect(error.message).toMatch(/^Anthropic.* call failed for an unexpected reason; try again$/);
    expect(error.message).not.toMatch(/TypeError|is not a function|\.ts/);
  });
});
