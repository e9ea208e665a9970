import { ProviderKind } from "@/lib/generated/prisma/enums";
import { describeProviders, getAdapter, PROVIDER_ADAPTERS } from "@/lib/providers/registry";

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
