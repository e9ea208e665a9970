import type { Tile } from "@/lib/schemas/map-layout";

/** A mutable tile grid used while generating; frozen into `tiles` strings at the end. */
export class TileGrid {
  readonly cells: Tile[];
  constructor(
    readonly width: number,
    readonly height: number,
    fill: Tile,
  ) {
    this.cells = new Array<Tile>(width * height).fill(fill);
  }
  static from(tiles: string[]): TileGrid {
    const grid = new TileGrid(tiles[0]?.length ?? 0, tiles.length, "#");
    tiles.forEach((row, y) => [...row].forEach((c, x) => grid.set(x, y, c as Tile)));
    return grid;
  }
  inside(x: number, y: number): boolean {
    return x >= 0 && y >= 0 && x < this.width && y < this.height;
  }
  get(x: number, y: number): Tile | undefined {
    return this.inside(x, y) ? this.cells[y * this.width + x] : undefined;
  }
  set(x: number, y: number, tile: Tile): void {
    if (this.inside(x, y)) this.cells[y * this.width + x] = tile;
  }
  fillRect(x: number, y: number, w: number, h: number, tile: Tile): void {
    for (let j = y; j < y + h; j++) for (let i = x; i < x + w; i++) this.set(i, j, tile);
  }
  toRows(): string[] {
    const rows: string[] = [];
    for (let y = 0; y < this.height; y++) rows.push(this.cells.slice(y * this.width, (y + 1) * this.width).join(""));
    return rows;
  }
}

export const isSolid = (tile: string | undefined) => tile === "#" || tile === "|";
/** Where a creature can stand: not wall or rock, not deep water, chasm or lava, not outside the map. */
export const isWalkable = (tile: string | undefined) =>
  tile !== undefined && tile !== "#" && tile !== "|" && tile !== "~" && tile !== "c" && tile !== "l" && tile !== " ";

/** Squares reachable from a start by 4-way steps over walkable tiles. */
export function floodFill(grid: TileGrid, startX: number, startY: number): Uint8Array {
  const seen = new Uint8Array(grid.width * grid.height);
  if (!isWalkable(grid.get(startX, startY))) return seen;
  const stack = [startY * grid.width + startX];
  seen[stack[0]] = 1;
  while (stack.length > 0) {
    const index = stack.pop()!;
    const x = index % grid.width;
    const y = (index - x) / grid.width;
    for (const [dx, dy] of [
      [1, 0],
      [-1, 0],
      [0, 1],
      [0, -1],
    ]) {
      const nx = x + dx;
      const ny = y + dy;
      const next = ny * grid.width + nx;
      if (grid.inside(nx, ny) && !seen[next] && isWalkable(grid.get(nx, ny))) {
        seen[next] = 1;
        stack.push(next);
      }
    }
  }
  return seen;
}

/** The first walkable square of a rectangle (scanning from its centre outwards by rows). */
export function walkableSquareIn(
  grid: TileGrid,
  room: { x: number; y: number; w: number; h: number },
): [number, number] | null {
  const cx = room.x + Math.floor(room.w / 2);
  const cy = room.y + Math.floor(room.h / 2);
  if (isWalkable(grid.get(cx, cy))) return [cx, cy];
  for (let y = room.y; y < room.y + room.h; y++)
    for (let x = room.x; x < room.x + room.w; x++) if (isWalkable(grid.get(x, y))) return [x, y];
  return null;
}
