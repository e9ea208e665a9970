import { z } from "zod";
import { createRng } from "@/lib/rng";
import { assembleLayout } from "./generate-layout";
import type { RawLayout } from "./generators/raw-layout";
import { readDescription } from "./read-description";
import { doorsIntoRoom } from "./generators/doorways";
import { dedupe } from "./generators/dungeon";
import { Furnisher } from "./generators/building-kit";
import { floodFill, TileGrid, walkableSquareIn } from "./grid";
import {
  OBJECT_KINDS,
  type Door,
  type GenerateLayoutInput,
  type MapLayout,
  type Room,
  type Tile,
} from "@/lib/schemas/map-layout";
import { doorProblem, validateLayout } from "./validate-layout";

const PROPOSED_TERRAIN = {
  "water-deep": "~",
  "water-shallow": "w",
  chasm: "c",
  lava: "l",
  ice: "i",
  mud: "m",
  rubble: "r",
} as const;
const PROPOSED_FLOOR = { flagstone: ".", wood: "_", dirt: ":", sand: "s", cobbles: "=" } as const;

/**
 * What a model may propose, in the layout model's own terms: rooms (rectangles, or rounded /
 * cut-corner chambers inside their rectangle) with a floor material, doors (closed, open, locked,
 * secret), terrain areas (water, chasm, lava…) and objects from the model's object kinds.
 * Numbers are grid squares. Everything is checked and repaired before use.
 */
export const layoutProposalSchema = z.object({
  rooms: z
    .array(
      z.object({
        name: z.string().min(1).max(80),
        purpose: z.string().max(80).default(""),
        x: z.number().int(),
        y: z.number().int(),
        w: z.number().int().min(1),
        h: z.number().int().min(1),
        shape: z.enum(["rect", "round", "octagon"]).default("rect"),
        floor: z.enum(Object.keys(PROPOSED_FLOOR) as [keyof typeof PROPOSED_FLOOR]).default("flagstone"),
        contents: z.array(z.string().max(200)).max(8).default([]),
        hazards: z.array(z.string().max(200)).max(4).default([]),
      }),
    )
    .min(1)
    .max(40),
  doors: z
    .array(
      z.object({
        x: z.number().int(),
        y: z.number().int(),
        side: z.enum(["h", "v"]),
        secret: z.boolean().default(false),
        state: z.enum(["closed", "open", "locked"]).default("closed"),
      }),
    )
    .max(80)
    .default([]),
  terrain: z
    .array(
      z.object({
        kind: z.enum(Object.keys(PROPOSED_TERRAIN) as [keyof typeof PROPOSED_TERRAIN]),
        x: z.number().int(),
        y: z.number().int(),
        w: z.number().int().min(1),
        h: z.number().int().min(1),
      }),
    )
    .max(40)
    .default([]),
  objects: z
    .array(
      z.object({
        kind: z.enum(OBJECT_KINDS),
        x: z.number().int(),
        y: z.number().int(),
        w: z.number().int().min(1).max(6).default(1),
        h: z.number().int().min(1).max(6).default(1),
        label: z.string().max(80).optional(),
      }),
    )
    .max(200)
    .default([]),
});
export type LayoutProposal = z.infer<typeof layoutProposalSchema>;

export const proposalPrompt = (input: GenerateLayoutInput, description: string) =>
  `Design a ${input.mapType} battle map of ${input.width}×${input.height} squares (5 ft each) for: ${description || "a classic adventure site"}.
Answer with JSON only: {"rooms":[{"name","purpose","x","y","w","h","shape":"rect"|"round"|"octagon","floor":"flagstone"|"wood"|"dirt"|"sand"|"cobbles","contents":[],"hazards":[]}],"doors":[{"x","y","side":"h"|"v","secret":false,"state":"closed"|"open"|"locked"}],"terrain":[{"kind":"water-deep"|"water-shallow"|"chasm"|"lava"|"ice"|"mud"|"rubble","x","y","w","h"}],"objects":[{"kind","x","y","w","h"}]}.
Rooms are rectangles inside 1..${input.width - 2} × 1..${input.height - 2} that do not overlap (a round or octagon room fills its rectangle's ellipse or cut-corner shape). A door "v" is the vertical edge at x between squares x-1 and x; "h" the horizontal edge at y between rows y-1 and y. Terrain and objects lie inside rooms; object kinds: ${OBJECT_KINDS.join(", ")}.`;

/**
 * Never trusts the proposal: rooms are clipped to the map (or dropped), overlapping ones dropped,
 * corridors join them in order, proposed doors that are not in a wall are dropped; every repair
 * is recorded in `notes`. Returns null with a reason when nothing usable is left.
 */
export function repairProposedLayout(
  proposal: LayoutProposal,
  input: GenerateLayoutInput,
): { layout: MapLayout | null; notes: string[] } {
  const notes: string[] = [];
  const { width, height } = input;
  const grid = new TileGrid(width, height, "#");
  const rooms: Room[] = [];
  for (const r of proposal.rooms) {
    const x = Math.max(1, r.x);
    const y = Math.max(1, r.y);
    const w = Math.min(r.x + r.w, width - 1) - x;
    const h = Math.min(r.y + r.h, height - 1) - y;
    if (w < 2 || h < 2) {
      notes.push(`room "${r.name}" lies outside the map and was dropped`);
      continue;
    }
    if (w !== r.w || h !== r.h || x !== r.x || y !== r.y) notes.push(`room "${r.name}" was clipped to the map`);
    if (rooms.some((o) => x < o.x + o.w + 1 && x + w + 1 > o.x && y < o.y + o.h + 1 && y + h + 1 > o.y)) {
      notes.push(`room "${r.name}" overlaps another room and was dropped`);
      continue;
    }
    rooms.push({
      id: rooms.length + 1,
      name: r.name,
      purpose: r.purpose || r.name,
      x,
      y,
      w,
      h,
      contents: r.contents,
      hazards: r.hazards,
    });
    carveRoom(grid, { x, y, w, h }, r.shape, PROPOSED_FLOOR[r.floor]);
  }
  if (rooms.length === 0) return { layout: null, notes: [...notes, "no room of the proposal fits the map"] };
  for (let i = 1; i < rooms.length; i++) {
    const [a, b] = [rooms[i - 1], rooms[i]];
    let x = a.x + Math.floor(a.w / 2);
    let y = a.y + Math.floor(a.h / 2);
    const [tx, ty] = [b.x + Math.floor(b.w / 2), b.y + Math.floor(b.h / 2)];
    while (x !== tx) {
      x += Math.sign(tx - x);
      if (grid.get(x, y) === "#") grid.set(x, y, ".");
    }
    while (y !== ty) {
      y += Math.sign(ty - y);
      if (grid.get(x, y) === "#") grid.set(x, y, ".");
    }
  }
  const proposed: Door[] = [];
  for (const d of proposal.doors) {
    const door: Door = { x: d.x, y: d.y, side: d.side, kind: d.secret ? "secret" : "door", state: "closed" };
    const problem = doorProblem(grid, door);
    if (problem) notes.push(`door at ${d.x},${d.y} ${problem} and was dropped`);
    else proposed.push(door);
  }
  const doors = dedupe([...proposed, ...rooms.flatMap((room) => doorsIntoRoom(grid, room))]);
  const insideRoom = (x: number, y: number) =>
    rooms.some((r) => x >= r.x && y >= r.y && x < r.x + r.w && y < r.y + r.h);
  // Terrain only on a room's floor; deep water, chasms and lava that would cut the way are undone.
  for (const t of proposal.terrain) {
    const before = grid.toRows();
    let painted = 0;
    for (let y = t.y; y < t.y + t.h; y++)
      for (let x = t.x; x < t.x + t.w; x++) {
        if (!insideRoom(x, y) || grid.get(x, y) === "#") continue;
        grid.set(x, y, PROPOSED_TERRAIN[t.kind]);
        painted++;
      }
    if (painted < t.w * t.h) notes.push(`${t.kind} at ${t.x},${t.y} was kept to the rooms' floor`);
    if (!roomsConnected(grid, rooms) || doors.some((d) => doorProblem(grid, d))) {
      before.forEach((row, y) => [...row].forEach((c, x) => grid.set(x, y, c as Tile)));
      notes.push(`${t.kind} at ${t.x},${t.y} would block the way and was dropped`);
    }
  }
  const furnisher = new Furnisher(
    grid,
    new Set(doors.flatMap((d) => [`${d.x},${d.y}`, d.side === "h" ? `${d.x},${d.y - 1}` : `${d.x - 1},${d.y}`])),
  );
  for (const o of proposal.objects) {
    const inside = insideRoom(o.x, o.y) && insideRoom(o.x + o.w - 1, o.y + o.h - 1);
    if (!inside || !furnisher.put(o.kind, o.x, o.y, o.w, o.h, { label: o.label }))
      notes.push(`${o.kind} at ${o.x},${o.y} does not fit on free floor and was dropped`);
  }
  // The model's door states stand (open, locked), except that the way in is never locked.
  const stateOf = new Map(proposal.doors.map((d) => [`${d.side}${d.x},${d.y}`, d.state]));
  const raw: RawLayout = {
    floors: [
      {
        name: "Ground floor",
        level: 0,
        grid,
        rooms,
        doors: doors.map((d, i) => ({
          ...d,
          state: i === 0 ? "closed" : (stateOf.get(`${d.side}${d.x},${d.y}`) ?? d.state),
        })),
        openings: [],
        objects: furnisher.objects,
        stairs: [],
        organic: input.mapType === "cave",
        wallKind: input.mapType === "cave" ? "rock" : "stone",
        thinWallKind: "stone",
        materials: { ".": input.mapType === "cave" ? "cave" : "flagstone" },
      },
    ],
    lightColor: "#ff9b3d",
    trapBudget: Math.max(1, Math.floor(rooms.length / 2)),
    placeNoun: "Halls",
  };
  const modelHazards = rooms.map((r) => r.hazards);
  const { flags, reading } = readDescription(input.description);
  const layout = assembleLayout(raw, input, flags, createRng(`ai:${input.seed}`));
  layout.reading = reading;
  // Keep the model's own hazards when it gave some.
  layout.rooms.forEach((room, i) => {
    if (modelHazards[i]?.length) room.hazards = modelHazards[i];
  });
  const problems = validateLayout(layout);
  if (problems.length > 0) return { layout: null, notes: [...notes, ...problems.map((p) => p.message)] };
  return { layout, notes };
}

/** A proposed room on the grid: its rectangle, or the ellipse / cut-corner shape inside it (middle row and column always open). */
function carveRoom(
  grid: TileGrid,
  r: { x: number; y: number; w: number; h: number },
  shape: "rect" | "round" | "octagon",
  floor: Tile,
) {
  const cx = r.x + r.w / 2;
  const cy = r.y + r.h / 2;
  for (let y = r.y; y < r.y + r.h; y++)
    for (let x = r.x; x < r.x + r.w; x++) {
      const nx = (x + 0.5 - cx) / (r.w / 2);
      const ny = (y + 0.5 - cy) / (r.h / 2);
      const outside =
        shape === "round" ? nx * nx + ny * ny > 1.05 : shape === "octagon" ? Math.abs(nx) + Math.abs(ny) > 1.45 : false;
      if (!outside || x === Math.floor(cx) || y === Math.floor(cy)) grid.set(x, y, floor);
    }
}

function roomsConnected(grid: TileGrid, rooms: Room[]): boolean {
  const start = walkableSquareIn(grid, rooms[0]);
  if (!start) return false;
  const reached = floodFill(grid, start[0], start[1]);
  return rooms.every((r) => {
    for (let y = r.y; y < r.y + r.h; y++)
      for (let x = r.x; x < r.x + r.w; x++) if (reached[y * grid.width + x]) return true;
    return false;
  });
}
