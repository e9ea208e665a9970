import { initialsOf } from "@/lib/ui/initials";

test("first and last word, a single word's first two letters, never empty", () => {
  expect(initialsOf("Bram Oakhand")).toBe("BO");
  expect(initialsOf("  Seraphine  of the Vale ")).toBe("SV");
  expect(initialsOf("tordek")).toBe("TO");
  expect(initialsOf("   ")).toBe("?");
});
