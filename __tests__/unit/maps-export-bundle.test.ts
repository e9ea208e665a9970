// The Foundry bundle read back with unzip as a DM would unpack it into Foundry's Data folder:
// each floor's picture at exactly the path its scene's background.src names, a scene JSON per
// floor, the journal, and an adventure whose pins open their pages and whose stairs link floors.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildFoundryBundle } from "@/lib/maps/export/foundry-bundle";
import type { MapExportSource } from "@/lib/maps/export/map-exports";
import type { MapFloor, MapLayout } from "@/lib/schemas/map-layout";

const TILES = ["########", ...Array.from({ length: 4 }, () => "#......#"), "########"];
const ring = (x0: number, y0: number, x1: number, y1: number) => [
  { x: x0, y: y0 },
  { x: x1, y: y0 },
  { x: x1, y: y1 },
  { x: x0, y: y1 },
];
const floor = (name: string, level: number, roomId: number, stair: MapFloor["stairs"][number]): MapFloor => ({
  name,
  level,
  tiles: TILES,
  regions: [],
  solid: [],
  walls: [{ kind: "stone", points: ring(1, 1, 7, 5), closed: true }],
  doors: [],
  windows: [],
  terrain: [],
  objects: [],
  rooms: [
    { id: roomId, name: `${name} room`, purpose: "Drinking", x: 1, y: 1, w: 6, h: 4, contents: ["ale"], hazards: [] },
  ],
  traps: [],
  lights: [],
  stairs: [stair],
  gridDoors: [],
  gridWindows: [],
});
const ground = floor("Ground floor", 0, 1, { x: 5, y: 3, w: 1, h: 1, direction: "up", toFloor: 1, label: "Stairs up" });
const upper = floor("Upper floor", 1, 2, {
  x: 5,
  y: 3,
  w: 1,
  h: 1,
  direction: "down",
  toFloor: 0,
  label: "Stairs down",
});
const layout = {
  mapType: "tavern",
  difficulty: "easy",
  seed: "s",
  width: 8,
  height: 6,
  tiles: TILES,
  rooms: ground.rooms,
  doors: [],
  features: [],
  lights: [],
  floors: [ground, upper],
} as MapLayout;
const map: MapExportSource = {
  id: "0d9c8b7a-6f5e-4d3c-2b1a-0f9e8d7c6b5a",
  name: "The Prancing Pony",
  version: 3,
  pixelsPerSquare: 70,
  layout,
};
const PNG = [Buffer.from("ground-floor-picture"), Buffer.from("upper-floor-picture")];

let dir: string;
let entries: string[];
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "bundle-"));
  const bundle = buildFoundryBundle(
    map,
    PNG.map((bytes) => ({ bytes, ext: "png" })),
  );
  expect(bundle.filename).toBe("the-prancing-pony-v3-foundry.zip");
  writeFileSync(join(dir, "b.zip"), bundle.bytes);
  execFileSync("unzip", ["-tq", join(dir, "b.zip")]);
  execFileSync("unzip", ["-q", join(dir, "b.zip"), "-d", join(dir, "Data")]);
  entries = execFileSync("unzip", ["-Z1", join(dir, "b.zip")])
    .toString()
    .trim()
    .split("\n");
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const read = (path: string) => readFileSync(join(dir, "Data", path));
const folder = "arcane-forge/maps/the-prancing-pony-v3-0d9c8b7a";

test("every scene's background is a file of the zip at exactly that path, with that floor's picture", () => {
  const scenes = entries.filter((e) => e.endsWith(".scene.json")).map((e) => JSON.parse(read(e).toString()));
  expect(scenes.map((s) => s.name)).toEqual([
    "The Prancing Pony v3 — Ground floor",
    "The Prancing Pony v3 — Upper floor",
  ]);
  for (const [i, scene] of scenes.entries()) {
    expect(entries).toContain(scene.background.src);
    expect(read(scene.background.src).equals(PNG[i])).toBe(true);
    expect(scene.background.src.startsWith(`${folder}/`)).toBe(true);
    // Alone, a scene carries no pins: their journal would be missing and every player would see them.
    expect(scene.notes).toEqual([]);
    expect(scene.walls.length).toBe(4);
  }
  expect(entries).toEqual(
    expect.arrayContaining([`${folder}/room-key.journal.json`, `${folder}/adventure.json`, `${folder}/README.txt`]),
  );
  expect(entries.every((e) => e.startsWith(`${folder}/`))).toBe(true);
});

test("the adventure links it all: room pins open their pages, stair pins open a page linking the other floor's scene", () => {
  const adventure = JSON.parse(read(`${folder}/adventure.json`).toString());
  const [journal] = adventure.journal;
  expect(journal.ownership.default).toBe(0);
  const [g, u] = adventure.scenes;
  for (const scene of adventure.scenes) {
    expect(scene._id).toMatch(/^[a-zA-Z0-9]{16}$/);
    for (const note of scene.notes) {
      expect(note.entryId).toBe(journal._id);
      expect(journal.pages.map((p: { _id: string }) => p._id)).toContain(note.pageId);
    }
  }
  const page = (id: string) => journal.pages.find((p: { _id: string }) => p._id === id);
  const stairNote = (scene: { notes: Array<{ pageId: string; flags: { "arcane-forge": { toFloor?: unknown } } }> }) =>
    scene.notes.find((n) => n.flags["arcane-forge"].toFloor !== undefined)!;
  expect(page(stairNote(g).pageId).text.content).toContain(`@UUID[Scene.${u._id}]`);
  expect(page(stairNote(u).pageId).text.content).toContain(`@UUID[Scene.${g._id}]`);
  expect(journal.pages.map((p: { name: string }) => p.name)).toEqual(
    expect.arrayContaining(["1. Ground floor room", "2. Upper floor room"]),
  );
  // The room pin sits in its room, in canvas pixels past Foundry's padding (ceil(0.25 × 8) = 2 squares, ceil(0.25 × 6) = 2).
  const roomPin = g.notes.find(
    (n: { flags: { "arcane-forge": { roomId?: number } } }) => n.flags["arcane-forge"].roomId === 1,
  );
  expect([roomPin.x, roomPin.y]).toEqual([2 * 70 + 4 * 70, 2 * 70 + 3 * 70]);
  expect(adventure.img).toBe(g.background.src);
});

test("the README says where the pictures go and how to import", () => {
  const text = read(`${folder}/README.txt`).toString();
  expect(text).toContain("Data folder");
  expect(text).toContain("adventure.json");
  expect(text).toContain(`${folder}/scenes/0-ground-floor.scene.json`);
});
