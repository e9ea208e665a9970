import { cn } from "@/lib/ui/cn";

describe("cn", () => {
  test("skips falsy values", () => {
    expect(cn("a", false, null, undefined, "", "b")).toBe("a b");
  });

  test("a later class for the same property wins (DialogFooter's callers: mt-0, mt-2 over mt-6)", () => {
    const footer = "mt-6 flex flex-col-reverse gap-2 sm:flex-row sm:justify-end";
    expect(cn(footer, "mt-0")).toBe("flex flex-col-reverse gap-2 sm:flex-row sm:justify-end mt-0");
    expect(cn(footer, "mt-2")).toBe("flex flex-col-reverse gap-2 sm:flex-row sm:justify-end mt-2");
    expect(cn("px-4 py-2", "p-0")).toBe("p-0");
  });

  test("theme colours and sizes are told apart", () => {
    expect(cn("text-sm text-fg", "text-fg-muted")).toBe("text-sm text-fg-muted");
    expect(cn("text-fg text-sm", "text-lg")).toBe("text-fg text-lg");
    expect(cn("bg-surface", "bg-surface-raised")).toBe("bg-surface-raised");
    expect(cn("border border-line", "border-2")).toBe("border-line border-2");
  });

  test("the theme's own shadows, radius and animations override the built-in ones", () => {
    expect(cn("shadow-card", "shadow-none")).toBe("shadow-none");
    expect(cn("shadow-lg", "shadow-glow")).toBe("shadow-glow");
    expect(cn("rounded-card", "rounded-lg")).toBe("rounded-lg");
    expect(cn("animate-dialog-in", "animate-none")).toBe("animate-none");
    // A theme shadow is not a shadow colour: a colour alongside it stays.
    expect(cn("shadow-card", "shadow-arcane-500/40")).toBe("shadow-card shadow-arcane-500/40");
  });
});
