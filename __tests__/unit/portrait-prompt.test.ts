import { applyStyleTemplate, buildPortraitPrompt } from "@/lib/portraits/build-portrait-prompt";
import { enhancePortraitPrompt, PORTRAIT_ENHANCE_INSTRUCTIONS } from "@/lib/portraits/enhance-portrait-prompt";
import { builtinAdapter } from "@/lib/providers/builtin/adapter";
import type { TextRequest } from "@/lib/providers/types";
import { createCharacterSchema } from "@/lib/schemas/characters";

describe("buildPortraitPrompt (the character requirement's order)", () => {
  test("puts the fields in the seed's order", () => {
    const prompt = buildPortraitPrompt(
      {
        name: "Garrick",
        race: "human",
        gender: "male",
        character_class: "fighter",
        age_category: "adult",
        facial_expression: "determined",
        facial_features: "broken nose",
        attire: "steel breastplate",
        distinguishing_feature: "battle scars",
        pose: "standing-confident",
      },
      "holding a banner",
    );
    expect(prompt).toBe(
      "Garrick, determined, male, Human, adult, Fighter, determined expression, broken nose, wearing steel breastplate, battle scars, average build, standing confident, holding a banner",
    );
  });

  test("applies the defaults: non-binary, average build, determined", () => {
    const prompt = buildPortraitPrompt({ name: "Ash", race: "dark-elf", character_class: "warlock" });
    expect(prompt).toBe("Ash, determined, non-binary, Dark Elf, Warlock, determined expression, average build");
  });

  test("skips empty optional fields and blank additions", () => {
    const prompt = buildPortraitPrompt(
      { name: "Ash", race: "orc", character_class: "monk", attire: "  ", facial_features: "", pose: null },
      "   ",
    );
    expect(prompt).not.toMatch(/wearing|, ,|,\s*$/);
  });

  test("adds build, height, weapon and setting after the distinguishing feature, before the pose", () => {
    const prompt = buildPortraitPrompt({
      name: "K",
      race: "dwarf",
      character_class: "cleric",
      distinguishing_feature: "rune",
      build: "stocky",
      height_description: "short",
      primary_weapon: "warhammer",
      background_setting: "temple",
      pose: "arms-crossed",
    });
    expect(prompt.indexOf("rune")).toBeLessThan(prompt.indexOf("stocky build"));
    expect(prompt).toMatch(/stocky build, short, holding warhammer, in temple, arms crossed$/);
  });

  test("wraps the enhanced prompt in the chosen style's template", () => {
    expect(applyStyleTemplate("x", "ink")).toMatch(/^Ink and wash portrait.*\. x$/);
    expect(applyStyleTemplate("x", undefined)).toMatch(/^Detailed fantasy/);
  });
});

describe("enhancePortraitPrompt", () => {
  test("sends the raw prompt with portrait instructions to the profile's text model", async () => {
    const calls: TextRequest[] = [];
    const fake = {
      supportsText: true,
      generateText: async (_c: unknown, request: TextRequest) => (calls.push(request), '"An enhanced portrait"'),
    };
    const result = await enhancePortraitPrompt(fake, { kind: "OPENAI", textModel: "gpt-test" }, "raw prompt");
    expect(result).toEqual({ enhanced: "An enhanced portrait", enhancedBy: "text-model" });
    expect(calls[0]).toMatchObject({ model: "gpt-test", prompt: "raw prompt", system: PORTRAIT_ENHANCE_INSTRUCTIONS });
  });

  test("falls back to the raw prompt when the text model fails or is missing", async () => {
    const failing = { supportsText: true, generateText: async () => Promise.reject(new Error("boom")) };
    expect(await enhancePortraitPrompt(failing, { kind: "OPENAI", textModel: "m" }, "raw")).toMatchObject({
      enhanced: "raw",
      enhancedBy: "none",
      error: "boom",
    });
    expect(await enhancePortraitPrompt(failing, { kind: "OPENAI", textModel: null }, "raw")).toEqual({
      enhanced: "raw",
      enhancedBy: "none",
    });
  });

  test("the built-in engine enhances by rules", async () => {
    const result = await enhancePortraitPrompt(
      builtinAdapter,
      { kind: "BUILTIN", textModel: builtinAdapter.defaults.textModel },
      "Ash, determined, Tiefling, Warlock",
    );
    expect(result.enhancedBy).toBe("text-model");
    expect(result.enhanced.length).toBeGreaterThan(40);
    expect(result.enhanced).toContain("Ash");
  });
});

describe("character schema", () => {
  test("accepts labels in any case and refuses unknown races", () => {
    expect(
      createCharacterSchema.parse({
        name: "A",
        race: "Dark Elf",
        character_class: "Wizard",
        build: "average",
        age_category: "Middle-aged (41-60)",
      }),
    ).toMatchObject({ race: "dark-elf", character_class: "wizard", build: "average", age_category: "middle-aged" });
    expect(createCharacterSchema.safeParse({ name: "A", race: "Kobold", character_class: "wizard" }).success).toBe(
      false,
    );
  });
});
