/**
 * The Universal Battlemap Importer's conversion of a .dd2vtt into Foundry walls, doors and lights
 * (FVTT-DD-Import 5.0.1, the release for Foundry v13: DDImporter.GetWalls, preprocessWalls,
 * makeWall, GetDoors, GetLights, isWithinMap), re-implemented step by step so tests read our
 * files the way that module does, including its quirks: a connector wall wherever one polyline
 * ends where another starts (zero-length when they touch), points dropped before short segments
 * (and the first one to drop kept, as its loop does), and segments wholly outside the map skipped.
 */
import { foundryPaddingOffset } from "@/lib/maps/export/foundry-padding";

type P = { x: number; y: number };
export type UvttFile = {
  resolution: { map_origin: P; map_size: P; pixels_per_grid: number };
  line_of_sight: P[][];
  objects_line_of_sight?: P[][];
  portals: Array<{ bounds: [P, P]; closed: boolean }>;
  lights: Array<{ position: P; range: number; intensity: number; color: string }>;
};
export type ImportedWall = {
  c: [number, number, number, number];
  door: number;
  ds: number;
  move: number;
  sight: number;
  light: number;
  threshold?: { light?: number; sight?: number; attenuation?: boolean };
};

const NORMAL = 20;
const PROXIMITY = 30;
const distance = (a: P, b: P) => Math.sqrt((a.x - b.x) ** 2 + (a.y - b.y) ** 2);

function isWithinMap(file: UvttFile, p: P) {
  const { map_origin: o, map_size: s } = file.resolution;
  return p.x >= o.x && p.x <= o.x + s.x && p.y >= o.y && p.y <= o.y + s.y;
}

function preprocessWalls(wallSet: P[], numToSkip: number) {
  const toRemove: number[] = [];
  let skipCounter = 0;
  for (let i = 0; i < wallSet.length - 2; i++) {
    if (i !== 0 && i !== wallSet.length - 2 && distance(wallSet[i], wallSet[i + 1]) < 0.3) {
      if (skipCounter === numToSkip) skipCounter = 0;
      else {
        skipCounter++;
        toRemove.push(i);
      }
    } else skipCounter = 0;
  }
  // The module's loop stops before index 0 of toRemove: its first candidate is never removed.
  for (let i = toRemove.length - 1; i > 0; i--) wallSet.splice(toRemove[i], 1);
  return wallSet;
}

/** The scene the module creates: width/height from map_size × ppg, Foundry's padding offset. */
export function importerScene(file: UvttFile, padding = 0.25) {
  const ppg = file.resolution.pixels_per_grid;
  const width = ppg * file.resolution.map_size.x;
  const height = ppg * file.resolution.map_size.y;
  const offset = foundryPaddingOffset(width, height, ppg, padding);
  return { width, height, sceneX: offset.x, sceneY: offset.y };
}

/**
 * Walls, doors and lights as the module writes them into the new scene. `objectWalls` is its
 * "object walls" checkbox (objects_line_of_sight appended to line_of_sight); `fidelity` its slider
 * (its form starts at 1, the highest 6: skipNum = 6 − fidelity).
 */
export function importUvtt(input: UvttFile, options: { objectWalls?: boolean; fidelity?: number } = {}) {
  const file: UvttFile = JSON.parse(JSON.stringify(input));
  if (options.objectWalls) file.line_of_sight = file.line_of_sight.concat(file.objects_line_of_sight ?? []);
  const ppg = file.resolution.pixels_per_grid;
  const scene = importerScene(file);
  const o = file.resolution.map_origin;
  const toCanvas = (p: P) => [(p.x - o.x) * ppg + scene.sceneX, (p.y - o.y) * ppg + scene.sceneY];
  // new WallDocument({c}) cleans its data: `c` holds integer NumberFields, which Foundry rounds.
  const wallC = (a: P, b: P) => [...toCanvas(a), ...toCanvas(b)].map(Math.round) as ImportedWall["c"];
  const makeWall = (a: P, b: P): ImportedWall => ({
    c: wallC(a, b),
    door: 0,
    ds: 0,
    move: NORMAL,
    sight: NORMAL,
    light: NORMAL,
  });
  const skipNum = 6 - (options.fidelity ?? 1);

  const walls: ImportedWall[] = [];
  const ddWalls = file.line_of_sight;
  for (let wsIndex = 0; wsIndex < ddWalls.length; wsIndex++) {
    let wallSet = ddWalls[wsIndex];
    const connectTo: P[] = [];
    const connectedTo: P[] = [];
    for (let i = 0; i < ddWalls.length; i++) {
      if (i === wsIndex) continue;
      const last = wallSet[wallSet.length - 1];
      if (last.x === ddWalls[i][0].x && last.y === ddWalls[i][0].y) connectTo.push(ddWalls[i][0]);
      const lastOfOther = ddWalls[i][ddWalls[i].length - 1];
      if (wallSet[0].x === lastOfOther.x && wallSet[0].y === lastOfOther.y) connectedTo.push(wallSet[0]);
    }
    wallSet = preprocessWalls(wallSet, skipNum);
    for (const p of connectedTo)
      if (isWithinMap(file, p) || isWithinMap(file, wallSet[0])) walls.push(makeWall(p, wallSet[0]));
    for (let i = 0; i < wallSet.length - 1; i++)
      if (isWithinMap(file, wallSet[i]) || isWithinMap(file, wallSet[i + 1]))
        walls.push(makeWall(wallSet[i], wallSet[i + 1]));
    for (const p of connectTo)
      if (isWithinMap(file, wallSet[wallSet.length - 1]) || isWithinMap(file, p))
        walls.push(makeWall(wallSet[wallSet.length - 1], p));
  }

  // Portals: a closed one is a door; an open one a window (proximity sight and light, 10 ft).
  const doors: ImportedWall[] = file.portals.map((door) => ({
    c: wallC(door.bounds[0], door.bounds[1]),
    door: door.closed ? 1 : 0,
    ds: 0,
    move: NORMAL,
    light: door.closed ? NORMAL : PROXIMITY,
    sight: door.closed ? NORMAL : PROXIMITY,
    threshold: door.closed ? {} : { attenuation: true, light: 10, sight: 10 },
  }));

  const lights = file.lights
    .filter((l) => isWithinMap(file, l.position))
    .map((l) => {
      const [x, y] = toCanvas(l.position);
      return {
        x,
        y,
        config: {
          color: `#${l.color.substring(2)}`,
          dim: l.range * 5,
          bright: (l.range * 5) / 2,
          alpha: 0.05 * l.intensity,
        },
      };
    });
  return { scene, walls, doors, lights };
}
