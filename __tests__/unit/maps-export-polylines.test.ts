// Joining wall segments into polylines so that the Universal Battlemap Importer adds no connector
// walls: no polyline may start where another one ends. Checked through the importer's own rules.
import { joinIntoPolylines } from "@/lib/maps/export/polylines";
import { importUvtt, type UvttFile } from "../support/uvtt-importer";

type S = { x0: number; y0: number; x1: number; y1: number };
const seg = (x0: number, y0: number, x1: number, y1: number): S => ({ x0, y0, x1, y1 });
const file = (segments: S[], size = 20): UvttFile => ({
  resolution: { map_origin: { x: 0, y: 0 }, map_size: { x: size, y: size }, pixels_per_grid: 50 },
  line_of_sight: joinIntoPolylines(segments),
  portals: [],
  lights: [],
});
const key = (c: number[]) => {
  const [a, b] = [`${c[0]},${c[1]}`, `${c[2]},${c[3]}`].sort();
  return `${a}|${b}`;
};

/** Imports the joined lines and checks what a DM would see: each segment once, nothing of zero length. */
function expectCleanImport(segments: S[]) {
  const { walls } = importUvtt(file(segments));
  const zero = walls.filter((w) => w.c[0] === w.c[2] && w.c[1] === w.c[3]);
  expect(zero).toHaveLength(0);
  const keys = walls.map((w) => key(w.c));
  expect(new Set(keys).size).toBe(keys.length);
  expect(walls).toHaveLength(segments.length);
  // Exactly the input segments (scaled and offset), none lost.
  const { scene } = importUvtt(file(segments));
  const expected = segments.map((s) =>
    key([s.x0 * 50 + scene.sceneX, s.y0 * 50 + scene.sceneY, s.x1 * 50 + scene.sceneX, s.y1 * 50 + scene.sceneY]),
  );
  expect(keys.sort()).toEqual(expected.sort());
  return joinIntoPolylines(segments);
}

test("an L, a T and a cross", () => {
  expect(expectCleanImport([seg(0, 0, 5, 0), seg(5, 0, 5, 5)])).toHaveLength(1);
  expect(expectCleanImport([seg(0, 5, 5, 5), seg(5, 5, 10, 5), seg(5, 5, 5, 10)])).toHaveLength(2);
  // The cross passes straight through its centre both ways.
  const cross = expectCleanImport([seg(0, 5, 5, 5), seg(5, 5, 10, 5), seg(5, 0, 5, 5), seg(5, 5, 5, 10)]);
  expect(cross).toHaveLength(2);
  for (const line of cross) expect(line).toHaveLength(3);
});

test("a room outline is one closed polyline; a figure eight stays one", () => {
  const square = [seg(0, 0, 4, 0), seg(4, 0, 4, 4), seg(4, 4, 0, 4), seg(0, 4, 0, 0)];
  const [ring] = expectCleanImport(square);
  expect(ring[0]).toEqual(ring[ring.length - 1]);
  expect(expectCleanImport([...square, seg(4, 0, 8, 0), seg(8, 0, 8, 4), seg(8, 4, 4, 4)].map((s) => s))).toBeDefined();
  expect(
    expectCleanImport([
      seg(0, 0, 4, 0),
      seg(4, 0, 4, 4),
      seg(4, 4, 0, 4),
      seg(0, 4, 0, 0),
      seg(4, 4, 8, 4),
      seg(8, 4, 8, 8),
      seg(8, 8, 4, 8),
      seg(4, 8, 4, 4),
    ]),
  ).toHaveLength(1);
});

test("a loop all of whose corners are T-junctions is spliced into a line ending there", () => {
  // A square with a spur out of every corner: each corner has degree 3.
  const spurs = [seg(0, 0, -1, 0), seg(4, 0, 5, 0), seg(4, 4, 5, 4), seg(0, 4, -1, 4)].map((s) => ({
    x0: s.x0 + 2,
    y0: s.y0 + 2,
    x1: s.x1 + 2,
    y1: s.y1 + 2,
  }));
  const square = [seg(2, 2, 6, 2), seg(6, 2, 6, 6), seg(6, 6, 2, 6), seg(2, 6, 2, 2)];
  expectCleanImport([...square, ...spurs]);
});

test("a grid of rooms (many T-junctions and crossings), shuffled and reversed segments", () => {
  const segments: S[] = [];
  for (let i = 0; i <= 4; i++)
    for (let j = 0; j < 4; j++) {
      segments.push(seg(j * 3, i * 3, (j + 1) * 3, i * 3));
      segments.push(seg(i * 3, (j + 1) * 3, i * 3, j * 3));
    }
  const shuffled = segments
    .map((s, i) => (i % 3 === 0 ? seg(s.x1, s.y1, s.x0, s.y0) : s))
    .sort((a, b) => ((a.x0 * 7 + a.y1 * 13) % 5) - ((b.x0 * 7 + b.y1 * 13) % 5));
  expectCleanImport(shuffled);
});

test("zero-length segments are dropped", () => {
  expect(joinIntoPolylines([seg(1, 1, 1, 1)])).toEqual([]);
});
