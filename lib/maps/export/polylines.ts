type Point = { x: number; y: number };
type Edge = { a: Point; b: Point };

const key = (p: Point) => `${p.x},${p.y}`;

/**
 * Joins segments that share end points into as few polylines as possible, so that no polyline
 * starts exactly where another one ends. Readers of Universal VTT (the Universal Battlemap
 * Importer for Foundry) add a connector wall wherever one polyline ends at another's start: with
 * one line per straight run that is a zero-length wall at every corner. Here every vertex of even
 * degree is passed through, a vertex of odd degree holds exactly one polyline end, and closed
 * loops start at a vertex where nothing else ends (or are spliced into the polyline that does).
 */
export function joinIntoPolylines(segments: Array<{ x0: number; y0: number; x1: number; y1: number }>): Point[][] {
  const edges: Edge[] = segments
    .filter((s) => s.x0 !== s.x1 || s.y0 !== s.y1)
    .map((s) => ({ a: { x: s.x0, y: s.y0 }, b: { x: s.x1, y: s.y1 } }));
  // Each edge has two ends: 2i is its `a` end, 2i+1 its `b` end.
  const at = new Map<string, number[]>();
  edges.forEach((e, i) => {
    for (const [end, p] of [
      [2 * i, e.a],
      [2 * i + 1, e.b],
    ] as const) {
      const list = at.get(key(p)) ?? [];
      list.push(end);
      at.set(key(p), list);
    }
  });
  const point = (end: number) => (end % 2 === 0 ? edges[end >> 1].a : edges[end >> 1].b);
  const other = (end: number) => end ^ 1;
  const direction = (end: number) => {
    const from = point(end);
    const to = point(other(end));
    return Math.atan2(to.y - from.y, to.x - from.x);
  };

  // Pair the ends at each vertex, straightest pairs first (a wall run goes on through a T).
  const partner = new Int32Array(edges.length * 2).fill(-1);
  for (const ends of at.values()) {
    const free = [...ends];
    const pairs: Array<[number, number, number]> = [];
    for (let i = 0; i < free.length; i++)
      for (let j = i + 1; j < free.length; j++)
        pairs.push([free[i], free[j], Math.abs(Math.abs(direction(free[i]) - direction(free[j])) - Math.PI)]);
    pairs.sort((p, q) => p[2] - q[2]);
    for (const [i, j] of pairs) if (partner[i] < 0 && partner[j] < 0) [partner[i], partner[j]] = [j, i];
  }

  const used = new Uint8Array(edges.length);
  const walk = (startEnd: number): Point[] => {
    const points = [point(startEnd)];
    let end = startEnd;
    for (;;) {
      used[end >> 1] = 1;
      const arrive = other(end);
      points.push(point(arrive));
      const next = partner[arrive];
      if (next < 0 || used[next >> 1]) return points;
      end = next;
    }
  };

  const lines: Point[][] = [];
  const ownerAt = new Map<string, number>(); // vertex → the polyline with an end there
  for (let end = 0; end < edges.length * 2; end++) {
    if (partner[end] >= 0 || used[end >> 1]) continue;
    const line = walk(end);
    ownerAt.set(key(line[0]), lines.length);
    ownerAt.set(key(line[line.length - 1]), lines.length);
    lines.push(line);
  }
  // What is left are closed loops.
  for (let i = 0; i < edges.length; i++) {
    if (used[i]) continue;
    const loop = walk(2 * i);
    const free = loop.findIndex((p) => !ownerAt.has(key(p)));
    if (free >= 0) {
      const rotated = [...loop.slice(free, -1), ...loop.slice(0, free), loop[free]];
      ownerAt.set(key(rotated[0]), lines.length);
      lines.push(rotated);
      continue;
    }
    // Every vertex of the loop already holds an end: splice the loop into that polyline there.
    const target = lines[ownerAt.get(key(loop[0]))!];
    if (key(target[target.length - 1]) === key(loop[0])) target.push(...loop.slice(1));
    else target.unshift(...loop.slice(0, -1));
  }
  return lines;
}
