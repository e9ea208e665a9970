import { z } from "zod";
import { builtinAdapter } from "@/lib/providers/builtin/adapter";
import { promptKind, subjectFromPrompt } from "@/lib/providers/builtin/subject-from-prompt";
import { enhancePrompt } from "@/lib/providers/builtin/text-engine";
import { generateJson } from "@/lib/providers/json-output";

const connection = { kind: "BUILTIN" as const };
const signal = () => new AbortController().signal;
const portraitPrompt =
  "Garrick, determined male Human adult Fighter, wearing gleaming plate armor, greatsword, castle courtyard";

describe("built-in text engine", () => {
  it("enhances a portrait prompt with style, lighting and composition, deterministically", async () => {
    const text = await builtinAdapter.generateText!(connection, {
      model: "builtin-rules-v1",
      prompt: portraitPrompt,
      signal: signal(),
    });
    expect(text.startsWith(`Fantasy character portrait of ${portraitPrompt}, `)).toBe(true);
    // Castle setting -> castle lighting; portrait -> portrait composition; the house quality tail.
    expect(text).toMatch(/arched windows|hall light/);
    expect(text).toMatch(/portrait|bust/);
    expect(text).toMatch(/no text, no watermark$/);
    const again = await builtinAdapter.generateText!(connection, {
      model: "builtin-rules-v1",
      prompt: portraitPrompt,
      signal: signal(),
    });
    expect(again).toBe(text);
  });

  it("follows the style named in the prompt", () => {
    expect(enhancePrompt("an elf bard, anime").style).toMatch(/anime/);
    expect(enhancePrompt("an elf bard, ink sketch").style).toMatch(/ink/);
  });

  it("answers JSON mode with one object the app's JSON helper accepts", async () => {
    const raw = await builtinAdapter.generateText!(connection, {
      model: "builtin-rules-v1",
      prompt: portraitPrompt,
      json: true,
      signal: signal(),
    });
    const parsed = JSON.parse(raw);
    expect(parsed).toMatchObject({
      kind: "portrait",
      originalPrompt: portraitPrompt,
      subject: {
        race: "Human",
        characterClass: "Fighter",
        gender: "Male",
        facialExpression: "Determined",
        primaryWeapon: "Greatsword",
        backgroundSetting: "Castle",
      },
      engine: "builtin-rules-v1",
    });
    expect(parsed.prompt).toBe(parsed.enhancedPrompt);
    const viaHelper = await generateJson(
      builtinAdapter,
      connection,
      { model: "builtin-rules-v1", prompt: portraitPrompt, signal: signal() },
      z.object({ prompt: z.string().min(20) }),
    );
    expect(viaHelper.prompt).toBe(parsed.prompt);
  });

  it("honours an aborted signal", async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(
      builtinAdapter.generateText!(connection, { model: "builtin-rules-v1", prompt: "x", signal: controller.signal }),
    ).rejects.toMatchObject({ kind: "TIMEOUT" });
  });
});

describe("reading free prompts", () => {
  it("pulls known words out of a prompt and invents nothing", () => {
    expect(subjectFromPrompt("a young wood elf ranger woman with a longbow in a misty forest, painterly")).toEqual({
      race: "Wood Elf",
      characterClass: "Ranger",
      gender: "Female",
      ageCategory: "Young",
      primaryWeapon: "Bow",
      backgroundSetting: "Forest",
      style: "Painterly",
    });
    expect(subjectFromPrompt("something entirely unrelated")).toEqual({});
  });

  it("tells portraits from scenes", () => {
    expect(promptKind("a majestic castle in a magical forest")).toBe("scene");
    expect(promptKind("a dragon over a lake")).toBe("scene");
    expect(promptKind("a wizard's tower at night")).toBe("scene");
    expect(promptKind("an elven castle")).toBe("scene");
    expect(promptKind("a tiefling warlock")).toBe("portrait");
    expect(promptKind("portrait of an old woman")).toBe("portrait");
    expect(promptKind("a lake", { race: "Dwarf" })).toBe("portrait");
  });
});
