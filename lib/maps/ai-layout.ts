import { z } from "zod";
import { createRng } from "@/lib/rng";
import { assembleLayout } from "./generate-layout";
import type { RawLayout } from "./generators/raw-layout";
import { readDescription } from "./read-description";
import { doorsIntoRoom } from "./generators/doorways";
import { dedupe } from "./generators/dungeon";
import { TileGrid } from "./grid";
import type { Door, GenerateLayoutInput, MapLayout, Room } from "@/lib/schemas/map-layout";
import { doorProblem, validateLayout } from "./validate-layout";

/** What a model may propose: rooms as rectangles and optional doors. Numbers are grid squares. */
export const layoutProposalSchema = z.object({
  rooms: z.array(z.object({
    name: z.string().min(1).max(80),
    purpose: z.string().max(80).default(""),
    x: z.number().int(), y: z.number().int(), w: z.number().int().min(1), h: z.number().int().min(1),
    contents: z.array(z.string().max(200)).max(8).default([]),
    hazards: z.array(z.string().max(200)).max(4).default([]),
  })).min(1).max(40),
  doors: z.array(z.object({ x: z.number().int(), y: z.number().int(), side: z.enum(["h", "v"]), secret: z.boolean().default(false) })).max(80).default([]),
});
export type LayoutProposal = z.infer<typeof layoutProposalSchema>;

export const proposalPrompt = (input: GenerateLayoutInput, description: string) =>
  `Design a ${input.mapType} battle map of ${input.width}×${input.height} squares (5 ft each) for: ${description || "a classic adventure site"}.
Answer with JSON only: {"rooms":[{"name","purpose","x","y","w","h","contents":[],"hazards":[]}],"doors":[{"x","y","side":"h"|"v","secret":false}]}.
Rooms are rectangles inside 1..${input.width - 2} × 1..${input.height - 2} that do not overlap. A door "v" is the vertical edge at x between squares x-1 and x; "h" the horizontal edge at y between rows y-1 and y.`;

/**
 * Never trusts the proposal: rooms are clipped to the map (or dropped), overlapping ones dropped,
 * corridors join them in order, proposed doors that are not in a wall are dropped; every repair
 * is recorded in `notes`. Returns null with a reason when nothing usable is left.
 */
export function repairProposedLayout(proposal: LayoutProposal, input: GenerateLayoutInput): { layout: MapLayout | null; notes: string[] } {
  const notes: string[] = [];
  const { width, height } = input;
  const grid = new TileGrid(width, height, "#");
  const rooms: Room[] = [];
  for (const r of proposal.rooms) {
    const x = Math.max(1, r.x);
    const y = Math.max(1, r.y);
    const w = Math.min(r.x + r.w, width - 1) - x;
    const h = Math.min(r.y + r.h, height - 1) - y;
    if (w < 2 || h < 2) { notes.push(`room "${r.name}" lies outside the map and was dropped`); continue; }
    if (w !== r.w || h !== r.h || x !== r.x || y !== r.y) notes.push(`room "${r.name}" was clipped to the map`);
    if (rooms.some((o) => x < o.x + o.w + 1 && x + w + 1 > o.x && y < o.y + o.h + 1 && y + h + 1 > o.y)) { notes.push(`room "${r.name}" overlaps another room and was dropped`); continue; }
    rooms.push({ id: rooms.length + 1, name: r.name, purpose: r.purpose || r.name, x, y, w, h, contents: r.contents, hazards: r.hazards });
    grid.fillRect(x, y, w, h, ".");
  }
  if (rooms.length === 0) return { layout: null, notes: [...notes, "no room of the proposal fits the map"] };
  for (let i = 1; i < rooms.length; i++) {
    const [a, b] = [rooms[i - 1], rooms[i]];
    let x = a.x + Math.floor(a.w / 2);
    let y = a.y + Math.floor(a.h / 2);
    const [tx, ty] = [b.x + Math.floor(b.w / 2), b.y + Math.floor(b.h / 2)];
    while (x !== tx) { x += Math.sign(tx - x); if (grid.get(x, y) === "#") grid.set(x, y, "."); }
    while (y !== ty) { y += Math.sign(ty - y); if (grid.get(x, y) === "#") grid.set(x, y, "."); }
  }
  const proposed: Door[] = [];
  for (const d of proposal.doors) {
    const door: Door = { x: d.x, y: d.y, side: d.side, kind: d.secret ? "secret" : "door", state: "closed" };
    const problem = doorProblem(grid, door);
    if (problem) notes.push(`door at ${d.x},${d.y} ${problem} and was dropped`);
    else proposed.push(door);
  }
  const doors = dedupe([...rooms.flatMap((room) => doorsIntoRoom(grid, room)), ...proposed]);
  const raw: RawLayout = {
    floors: [{ name: "Ground floor", level: 0, grid, rooms, doors, openings: [], objects: [], stairs: [], organic: input.mapType === "cave", wallKind: input.mapType === "cave" ? "rock" : "stone", thinWallKind: "stone" }],
    lightColor: "#ff9b3d", trapBudget: Math.max(1, Math.floor(rooms.length / 2)), placeNoun: "Halls",
  };
  const modelHazards = rooms.map((r) => r.hazards);
  const { flags, reading } = readDescription(input.description);
  const layout = assembleLayout(raw, input, flags, createRng(`ai:${input.seed}`));
  layout.reading = reading;
  // Keep the model's own hazards when it gave some.
  layout.rooms.forEach((room, i) => { if (modelHazards[i]?.length) room.hazards = modelHazards[i]; });
  const problems = validateLayout(layout);
  if (problems.length > 0) return { layout: null, notes: [...notes, ...problems.map((p) => p.message)] };
  return { layout, notes };
}
