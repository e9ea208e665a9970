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
    expect(notes).toEqual(
      expect.arrayContaining([
        'room "Vault" was clipped to the map',
        'room "Nowhere" lies outside the map and was dropped',
        expect.stringMatching(/door at 0,0 .* was dropped/),
      ]),
    );
  });

  test("a proposal with nothing usable is rejected with a reason", () => {
    const { layout, notes } = repairProposedLayout(
      layoutProposalSchema.parse({ rooms: [{ name: "Far", x: 500, y: 1, w: 3, h: 3 }] }),
      input,
    );
    expect(layout).toBeNull();
    expect(notes.join(" ")).toMatch(/no room of the proposal fits the map/);
  });

  test("a proposal in the layout model's terms: shapes, materials, terrain, objects and door states, repaired", () => {
    const proposal = layoutProposalSchema.parse({
      rooms: [
        { name: "Flooded hall", x: 2, y: 2, w: 9, h: 7, shape: "round" },
        { name: "Library", x: 16, y: 4, w: 8, h: 6, floor: "wood" },
      ],
      doors: [],
      terrain: [
        { kind: "water-shallow", x: 3, y: 3, w: 4, h: 3 },
        // A chasm across the whole map would cut the hall off: dropped.
        { kind: "chasm", x: 0, y: 0, w: 30, h: 20 },
      ],
      objects: [
        { kind: "bookshelf", x: 17, y: 4, w: 3, h: 1 },
        { kind: "statue", x: 100, y: 1 },
      ],
    });
    const { layout, notes } = repairProposedLayout(proposal, input);
    expect(layout).not.toBeNull();
    expect(validateLayout(layout!)).toEqual([]);
    const floor = layout!.floors![0];
    expect(floor.terrain.map((t) => t.kind)).toContain("water-shallow");
    expect(floor.terrain.map((t) => t.kind)).not.toContain("chasm");
    expect(floor.regions.map((r) => r.material)).toContain("wood");
    expect(floor.objects.map((o) => o.kind)).toEqual(["bookshelf"]);
    expect(floor.walls.some((w) => w.points.some((p) => p.x % 1 === 0 && p.y % 1 === 0))).toBe(true);
    expect(notes).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/chasm .* would block the way/),
        expect.stringMatching(/statue .* was dropped/),
      ]),
    );
    // The round hall is not its rectangle: its corner squares stay rock.
    expect(layout!.tiles[2][2]).toBe("#");
  });

  test("the schema refuses malformed proposals", () => {
    expect(layoutProposalSchema.safeParse({ rooms: [] }).success).toBe(false);
    expect(layoutProposalSchema.safeParse({ rooms: [{ name: "x", x: 1.5, y: 1, w: 2, h: 2 }] }).success).toBe(false);
  });
});
