import { layoutProposalSchema, repairProposedLayout } from "@/lib/maps/ai-layout";
import { validateLayout } from "@/lib/maps/validate-layout";

const input = { mapType: "dungeon" as const, difficulty: "medium" as const, width: 30, height: 20, seed: "ai" };

describe("a model's layout is never trusted blindly", () => {
  test("rooms outside the map are clipped or dropped, dangling doors dropped, reasons recorded", () => {
    const proposal = layoutProposalSchema.parse({
      rooms: [
        { name: "Hall", x: 2, y: 2, w: 8, h: 6 },
        { name: "Vault", x: 20, y: 10, w: 20, h: 6 },
        { name: "Nowhere", x: 100, y: 100, w: 5, h: 5 },
      ],
      doors: [{ x: 0, y: 0, side: "h" }],
    });
    const { layout, notes } = repairProposedLayout(proposal, input);
    expect(layout).not.toBeNull();
    expect(validateLayout(layout!)).toEqual([]);
    expect(layout!.rooms.map((r) => r.name)).toEqual(["Hall", "Vault"]);
    expect(notes).toEqual(expect.arrayContaining([
      'room "Vault" was clipped to the map',
      'room "Nowhere" lies outside the map and was dropped',
      expect.stringMatching(/door at 0,0 .* was dropped/),
    ]));
  });

  test("a proposal with nothing usable is rejected with a reason", () => {
    const { layout, notes } = repairProposedLayout(layoutProposalSchema.parse({ rooms: [{ name: "Far", x: 500, y: 1, w: 3, h: 3 }] }), input);
    expect(layout).toBeNull();
    expect(notes.join(" ")).toMatch(/no room of the proposal fits the map/);
  });

  test("the schema refuses malformed proposals", () => {
    expect(layoutProposalSchema.safeParse({ rooms: [] }).success).toBe(false);
    expect(layoutProposalSchema.safeParse({ rooms: [{ name: "x", x: 1.5, y: 1, w: 2, h: 2 }] }).success).toBe(false);
  });
});
