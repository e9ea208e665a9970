import type { Rng } from "@/lib/rng";
import type { Point } from "@/lib/schemas/map-layout";

/**
 * Outlines of a set of squares as closed loops of grid corners (marching squares on the square
 * mask): the mask lies on the right of each loop's direction in screen coordinates (y down), so
 * outer rings run clockwise on screen and holes anticlockwise. The map border counts as outside.
 * `scale` lets the same tracer work on half squares (scale 0.5).
 */
export function traceLoops(
  width: number,
  height: number,
  inMask: (x: number, y: number) => boolean,
  scale = 1,
): Point[][] {
  const at = (x: number, y: number) => x >= 0 && y >= 0 && x < width && y < height && inMask(x, y);
  // Directed boundary edges keyed by their start corner; each square contributes its sides that
  // face outside, walked clockwise (top: left→right, right: top→bottom, bottom: right→left, left: bottom→top).
  const out = new Map<number, number[]>();
  const key = (x: number, y: number) => y * (width + 1) + x;
  const add = (x0: number, y0: number, x1: number, y1: number) => {
    const k = key(x0, y0);
    const list = out.get(k);
    if (list) list.push(key(x1, y1));
    else out.set(k, [key(x1, y1)]);
  };
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      if (!at(x, y)) continue;
      if (!at(x, y - 1)) add(x, y, x + 1, y);
      if (!at(x + 1, y)) add(x + 1, y, x + 1, y + 1);
      if (!at(x, y + 1)) add(x + 1, y + 1, x, y + 1);
      if (!at(x - 1, y)) add(x, y + 1, x, y);
    }
  const loops: Point[][] = [];
  const xy = (k: number): [number, number] => [k % (width + 1), Math.floor(k / (width + 1))];
  for (const [startKey, targets] of out) {
    while (targets.length > 0) {
      const loop: Point[] = [];
      let from = startKey;
      let to = targets.pop()!;
      let prev = xy(from);
      loop.push({ x: prev[0] * scale, y: prev[1] * scale });
      for (let guard = 0; guard < 4 * (width + 1) * (height + 1) && to !== startKey; guard++) {
        const here = xy(to);
        loop.push({ x: here[0] * scale, y: here[1] * scale });
        const next = out.get(to);
        if (!next || next.length === 0) break;
        // Two ways on at a corner touched diagonally: take the right turn so loops stay separate.
        let index = next.length - 1;
        if (next.length > 1) {
          const dx = here[0] - prev[0];
          const dy = here[1] - prev[1];
          index = next.findIndex((k) => {
            const n = xy(k);
            return n[0] - here[0] === -dy && n[1] - here[1] === dx;
          });
          if (index < 0) index = next.length - 1;
        }
        from = to;
        to = next.splice(index, 1)[0];
        prev = here;
      }
      void from;
      loops.push(dropCollinear(loop, true));
    }
  }
  return loops;
}

/** Signed area (positive for clockwise on screen, y down). */
export function signedArea(ring: Point[]): number {
  let a = 0;
  for (let i = 0; i < ring.length; i++) {
    const p = ring[i];
    const q = ring[(i + 1) % ring.length];
    a += p.x * q.y - q.x * p.y;
  }
  return a / 2;
}

export function pointInRing(p: Point, ring: Point[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const a = ring[i];
    const b = ring[j];
    if (a.y > p.y !== b.y > p.y && p.x < ((b.x - a.x) * (p.y - a.y)) / (b.y - a.y) + a.x) inside = !inside;
  }
  return inside;
}

/** Groups loops into polygons with holes: each anticlockwise ring goes into the outer ring containing it. */
export function toPolygons(loops: Point[][]): { polygon: Point[]; holes: Point[][] }[] {
  const outers = loops.filter((l) => signedArea(l) > 0).map((polygon) => ({ polygon, holes: [] as Point[][] }));
  for (const hole of loops.filter((l) => signedArea(l) < 0)) {
    const probe = { x: (hole[0].x + hole[1].x) / 2 + 1e-3, y: (hole[0].y + hole[1].y) / 2 + 1e-3 };
    const owner = outers
      .filter((o) => pointInRing(probe, o.polygon))
      .sort((a, b) => signedArea(a.polygon) - signedArea(b.polygon))[0];
    if (owner) owner.holes.push(hole);
  }
  return outers;
}

/** Removes points that lie on the straight line between their neighbours. */
export function dropCollinear(points: Point[], closed: boolean): Point[] {
  if (points.length < 3) return points;
  const out: Point[] = [];
  const n = points.length;
  for (let i = 0; i < n; i++) {
    if (!closed && (i === 0 || i === n - 1)) {
      out.push(points[i]);
      continue;
    }
    const a = points[(i - 1 + n) % n];
    const b = points[i];
    const c = points[(i + 1) % n];
    const cross = (b.x - a.x) * (c.y - b.y) - (b.y - a.y) * (c.x - b.x);
    if (Math.abs(cross) > 1e-9) out.push(b);
  }
  return out;
}

const onBorder = (p: Point, width: number, height: number) =>
  p.x <= 1e-9 || p.y <= 1e-9 || p.x >= width - 1e-9 || p.y >= height - 1e-9;

/**
 * Natural edges: each corner is nudged a little (seeded), then Chaikin corner cutting rounds the
 * stair steps off, then Douglas–Peucker drops points that add nothing. Points on the map border
 * stay put so the outline still meets the edge of the map.
 */
export function smoothRing(
  ring: Point[],
  rng: Rng,
  width: number,
  height: number,
  options: { jitter?: number; iterations?: number; tolerance?: number; presimplify?: number } = {},
): Point[] {
  const jitter = options.jitter ?? 0.22;
  let pts = ring.map((p) =>
    onBorder(p, width, height)
      ? { ...p, pinned: true }
      : { x: p.x + rng.range(-jitter, jitter), y: p.y + rng.range(-jitter, jitter), pinned: false },
  );
  // Straightening the stair steps first (Douglas–Peucker at most `presimplify` squares off the
  // outline) lets the corner cutting below make curves instead of a rounded staircase.
  if (options.presimplify) pts = simplifyClosed(pts, options.presimplify);
  for (let it = 0; it < (options.iterations ?? 3); it++) {
    const next: typeof pts = [];
    for (let i = 0; i < pts.length; i++) {
      const a = pts[i];
      const b = pts[(i + 1) % pts.length];
      if (a.pinned) next.push(a);
      // Along the border both ends are pinned: keep the edge straight (no cut points).
      if (a.pinned && b.pinned) continue;
      next.push({ x: a.x * 0.75 + b.x * 0.25, y: a.y * 0.75 + b.y * 0.25, pinned: false });
      next.push({ x: a.x * 0.25 + b.x * 0.75, y: a.y * 0.25 + b.y * 0.75, pinned: false });
    }
    pts = next;
  }
  const simplified = simplifyClosed(pts, options.tolerance ?? 0.06);
  return simplified.map((p) => ({
    x: round3(Math.min(width, Math.max(0, p.x))),
    y: round3(Math.min(height, Math.max(0, p.y))),
  }));
}

const round3 = (v: number) => Math.round(v * 1000) / 1000;

function simplifyClosed<T extends Point & { pinned?: boolean }>(pts: T[], tolerance: number): T[] {
  if (pts.length < 8) return pts;
  // Split at the pinned points (or two far-apart points) and simplify each open run.
  const anchors = pts.map((p, i) => (p.pinned ? i : -1)).filter((i) => i >= 0);
  const cuts = anchors.length >= 2 ? anchors : [0, Math.floor(pts.length / 2)];
  const out: T[] = [];
  for (let k = 0; k < cuts.length; k++) {
    const from = cuts[k];
    const to = cuts[(k + 1) % cuts.length];
    const run: T[] = [];
    for (let i = from; ; i = (i + 1) % pts.length) {
      run.push(pts[i]);
      if (i === to && run.length > 1) break;
      if (run.length > pts.length + 1) break;
    }
    const kept = douglasPeucker(run, tolerance);
    out.push(...kept.slice(0, -1));
  }
  return out;
}

export function douglasPeucker<T extends Point>(pts: T[], tolerance: number): T[] {
  if (pts.length < 3) return pts;
  const keep = new Uint8Array(pts.length);
  keep[0] = 1;
  keep[pts.length - 1] = 1;
  const stack: [number, number][] = [[0, pts.length - 1]];
  while (stack.length > 0) {
    const [s, e] = stack.pop()!;
    let worst = -1;
    let index = -1;
    for (let i = s + 1; i < e; i++) {
      const d = distanceToSegment(pts[i], pts[s], pts[e]);
      if (d > worst) {
        worst = d;
        index = i;
      }
    }
    if (index >= 0 && worst > tolerance) {
      keep[index] = 1;
      stack.push([s, index], [index, e]);
    }
  }
  return pts.filter((_, i) => keep[i] === 1);
}

export function distanceToSegment(p: Point, a: Point, b: Point): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / len2));
  return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

/** Splits a closed ring into the open runs that do not lie along the map border (border edges are not walls). */
export function ringWithoutBorder(ring: Point[], width: number, height: number): Point[][] {
  const n = ring.length;
  const borderEdge = (i: number) => {
    const a = ring[i];
    const b = ring[(i + 1) % n];
    return (
      (a.x <= 1e-9 && b.x <= 1e-9) ||
      (a.y <= 1e-9 && b.y <= 1e-9) ||
      (a.x >= width - 1e-9 && b.x >= width - 1e-9) ||
      (a.y >= height - 1e-9 && b.y >= height - 1e-9)
    );
  };
  const start = [...Array(n).keys()].find((i) => borderEdge(i));
  if (start === undefined) return [[...ring, ring[0]]];
  const runs: Point[][] = [];
  let run: Point[] = [];
  for (let k = 1; k <= n; k++) {
    const i = (start + k) % n;
    if (borderEdge(i)) {
      if (run.length >= 2) runs.push(run);
      run = [];
    } else {
      if (run.length === 0) run.push(ring[i]);
      run.push(ring[(i + 1) % n]);
    }
  }
  return runs;
}
