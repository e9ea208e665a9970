import type { Rng } from "@/lib/rng";
import { TileGrid } from "../grid";
import type { DescriptionFlags } from "../read-description";
import { ROOM_PURPOSES } from "../room-key";
import type { GenerateLayoutInput, Room } from "@/lib/schemas/map-layout";
import { Furnisher, room, thinBox, type Rect } from "./building-kit";
import type { FloorDraft, RawLayout } from "./raw-layout";

/**
 * Open country: a meandering river (deep channel, shallow banks) crossed by a ford or a bridge, a
 * dirt road that uses the crossing, forest clumps around clearings, boulders and a rocky ridge
 * (natural outlines), and a ruin or a camp. Swamps trade trees for mud and pools.
 */
export function generateWilderness(input: GenerateLayoutInput, rng: Rng, flags: DescriptionFlags = {}): RawLayout {
  const { width: W, height: H } = input;
  const grid = new TileGrid(W, H, ",");
  const alongX = W >= H;
  const length = alongX ? W : H;
  const across = alongX ? H : W;
  const set = (i: number, k: number, t: "~" | "w" | "_" | ":" | "#") => grid.set(alongX ? i : k, alongX ? k : i, t);
  const get = (i: number, k: number) => grid.get(alongX ? i : k, alongX ? k : i);
  const hasRiver = across >= 12 && (flags.river || flags.bridge || !flags.swamp || rng.chance(0.5));
  const crossAt = rng.int(Math.floor(length / 3), Math.floor((2 * length) / 3));
  const bridge = flags.bridge || (!flags.river && rng.chance(0.4));
  const centreAt: number[] = [];
  let bridgeSpan: { k0: number; k1: number } | null = null;
  if (hasRiver) {
    const base = rng.range(across * 0.35, across * 0.65);
    const phase = rng.range(0, Math.PI * 2);
    const wave = rng.range(1.5, across / 6);
    const half = across >= 24 ? 2 : 1.5;
    for (let i = 0; i < length; i++) {
      const c = base + Math.sin(i / (length / 5) + phase) * wave;
      centreAt.push(c);
      for (let k = 0; k < across; k++) {
        const d = Math.abs(k + 0.5 - c);
        const ford = !bridge && Math.abs(i - crossAt) <= 1;
        if (d < half) set(i, k, ford ? "w" : "~");
        else if (d < half + 1) set(i, k, "w");
      }
    }
    if (bridge) {
      let k0 = across;
      let k1 = -1;
      for (let i = crossAt - 1; i <= crossAt + 1; i++)
        for (let k = 0; k < across; k++)
          if (get(i, k) === "~" || get(i, k) === "w") {
            set(i, k, "_");
            k0 = Math.min(k0, k);
            k1 = Math.max(k1, k);
          }
      if (k1 >= k0) bridgeSpan = { k0, k1 };
    }
  }
  // The road runs across the map through the crossing.
  const roadK = (i: number) => Math.round(across * 0.5 + Math.sin(i / 7) * 2);
  for (let k = 0; k < across; k++) {
    const i = crossAt + Math.round(Math.sin(k / 5) * 1.5);
    for (const di of [0, 1]) if (get(i + di, k) === ",") set(i + di, k, ":");
  }
  void roadK;
  if (flags.swamp) {
    // Mud flats and pools in coherent patches: a coarse random lattice, smoothly interpolated.
    const cell = 5;
    const lw = Math.ceil(W / cell) + 2;
    const lattice = Array.from({ length: lw * (Math.ceil(H / cell) + 2) }, () => rng.next());
    const at = (i: number, j: number) => lattice[j * lw + i];
    for (let y = 0; y < H; y++)
      for (let x = 0; x < W; x++) {
        const fx = x / cell;
        const fy = y / cell;
        const [i, j] = [Math.floor(fx), Math.floor(fy)];
        const [u, v] = [fx - i, fy - j].map((t) => t * t * (3 - 2 * t));
        const n =
          (at(i, j) * (1 - u) + at(i + 1, j) * u) * (1 - v) + (at(i, j + 1) * (1 - u) + at(i + 1, j + 1) * u) * v;
        if (grid.get(x, y) !== ",") continue;
        if (n > 0.74) grid.set(x, y, "w");
        else if (n > 0.52) grid.set(x, y, "m");
      }
  }
  const rooms: Room[] = [];
  const purposes = [
    ...(flags.camp ? ["Old campsite"] : []),
    ...(flags.ruined || flags.shrine ? ["Ruin"] : []),
    ...ROOM_PURPOSES.wilderness,
  ];
  const free = (r: Rect) => {
    for (let y = r.y; y < r.y + r.h; y++)
      for (let x = r.x; x < r.x + r.w; x++) if (grid.get(x, y) !== ",") return false;
    return !rooms.some((o) => r.x < o.x + o.w + 2 && r.x + r.w + 2 > o.x && r.y < o.y + o.h + 2 && r.y + r.h + 2 > o.y);
  };
  if (hasRiver) {
    const i = crossAt;
    const c = Math.floor(centreAt[i] ?? across / 2);
    const r = alongX
      ? {
          x: Math.max(0, i - 2),
          y: Math.max(0, c - 3),
          w: Math.min(5, W - Math.max(0, i - 2)),
          h: Math.min(6, H - Math.max(0, c - 3)),
        }
      : {
          x: Math.max(0, c - 3),
          y: Math.max(0, i - 2),
          w: Math.min(6, W - Math.max(0, c - 3)),
          h: Math.min(5, H - Math.max(0, i - 2)),
        };
    rooms.push(room(1, bridge ? "Old bridge" : "River ford", r));
  }
  const areaCount = Math.max(2, Math.min(6, Math.floor((W * H) / 220)));
  for (let attempt = 0; attempt < 300 && rooms.length < areaCount + (hasRiver ? 1 : 0); attempt++) {
    const r = {
      x: rng.int(1, Math.max(1, W - 7)),
      y: rng.int(1, Math.max(1, H - 7)),
      w: rng.int(5, 7),
      h: rng.int(5, 7),
    };
    if (r.x + r.w > W || r.y + r.h > H || !free(r)) continue;
    const purpose = purposes.filter((p) => !rooms.some((o) => o.purpose === p))[0] ?? "Forest clearing";
    rooms.push(room(rooms.length + 1, purpose, r));
  }
  if (rooms.length === 0) rooms.push(room(1, "Forest clearing", { x: 0, y: 0, w: Math.min(5, W), h: Math.min(5, H) }));
  const f = new Furnisher(grid);
  if (bridgeSpan) {
    // Rails along both sides of the bridge (they stop a creature, not a look).
    const { k0, k1 } = bridgeSpan;
    for (const i of [crossAt - 1, crossAt + 2 - 0.2])
      if (alongX) f.put("log", i, k0, 0.2, k1 - k0 + 1, { force: true });
      else f.put("log", k0, i, k1 - k0 + 1, 0.2, { force: true });
  }
  for (const r of rooms) {
    const cx = r.x + Math.floor(r.w / 2);
    const cy = r.y + Math.floor(r.h / 2);
    if (r.purpose === "Old campsite") {
      f.put("campfire", cx, cy);
      f.put("tent", r.x, r.y, 2, 2, { rotation: 10 });
      f.put("tent", r.x + r.w - 2, r.y, 2, 2, { rotation: -12 });
      f.put("log", cx - 1, cy + 1, 2, 1);
    } else if (r.purpose === "Standing stones")
      for (const [dx, dy] of [
        [0, 0],
        [r.w - 1, 0],
        [0, r.h - 1],
        [r.w - 1, r.h - 1],
      ])
        f.put("statue", r.x + dx, r.y + dy, 1, 1, { label: "standing stone" });
    else if (r.purpose === "Rocky outcrop") grid.fillRect(cx - 1, cy - 1, 2, 2, "#");
    else if (r.purpose === "Ruin") {
      thinBox(grid, { ...r, w: Math.min(r.w, 6), h: Math.min(r.h, 6) }, ".");
      // Broken walls: gaps let the party in.
      for (let x = r.x; x < r.x + Math.min(r.w, 6); x++)
        if (rng.chance(0.35)) grid.set(x, r.y + Math.min(r.h, 6) - 1, "r");
      for (let y = r.y; y < r.y + Math.min(r.h, 6); y++) if (rng.chance(0.3)) grid.set(r.x, y, "r");
      grid.set(r.x + 2, r.y + Math.min(r.h, 6) - 1, "r");
      f.put(flags.shrine ? "altar" : "rock", r.x + 2, r.y + 2);
    } else if (r.purpose === "Hunter's blind") {
      f.put("log", r.x + 1, r.y + 1, 2, 1);
      f.put("bush", r.x + 3, r.y + 1);
    }
  }
  // Forest clumps (blobs of trees), boulders, and a ridge of rock near one edge.
  const clumps = flags.forest ? Math.floor((W * H) / 45) : flags.swamp ? 2 : Math.floor((W * H) / 110);
  const nearRoom = (x: number, y: number) =>
    rooms.some((r) => x >= r.x - 1 && x <= r.x + r.w && y >= r.y - 1 && y <= r.y + r.h);
  for (let c = 0; c < clumps; c++) {
    const cx = rng.int(0, W - 1);
    const cy = rng.int(0, H - 1);
    const rad = rng.range(1.5, flags.forest ? 4.5 : 3.2);
    for (let y = Math.floor(cy - rad); y <= cy + rad; y++)
      for (let x = Math.floor(cx - rad); x <= cx + rad; x++)
        if (Math.hypot(x - cx, y - cy) < rad && !nearRoom(x, y) && grid.get(x, y) === "," && rng.chance(0.6)) {
          const big = rng.chance(0.4) && grid.get(x + 1, y + 1) === ",";
          if (!f.put("tree", x, y, big ? 2 : 1, big ? 2 : 1)) f.put("bush", x, y);
        }
  }
  for (let i = 0; i < Math.floor((W * H) / 250); i++) {
    const x = rng.int(0, W - 2);
    const y = rng.int(0, H - 2);
    if (!nearRoom(x, y) && grid.get(x, y) === "," && f.free(x, y)) f.put("rock", x, y, rng.chance(0.3) ? 2 : 1, 1);
  }
  if (!flags.swamp && across >= 16) {
    // A cliff ridge along one edge: a solid mass with a natural outline.
    const k0 = rng.chance(0.5) ? 0 : across - 1;
    for (let i = 0; i < length; i++) {
      const depth = Math.max(0, Math.round(2 + Math.sin(i / 4 + crossAt) * 1.5 + rng.range(-0.6, 0.6)));
      for (let d = 0; d < depth; d++) {
        const k = k0 === 0 ? d : across - 1 - d;
        if (get(i, k) === "," && !nearRoom(alongX ? i : k, alongX ? k : i)) set(i, k, "#");
      }
    }
  }
  const objects = f.objects.filter((o) => grid.get(Math.floor(o.x), Math.floor(o.y)) !== "#");
  const ground: FloorDraft = {
    name: "Wilds",
    level: 0,
    grid,
    rooms,
    doors: [],
    openings: [],
    objects,
    stairs: [],
    organic: true,
    wallKind: "cliff",
    thinWallKind: "stone",
    materials: { _: "wood", ":": "dirt", ".": "stone", r: "stone", m: "dirt" },
  };
  return {
    floors: [ground],
    lightColor: "#ffb25e",
    unlit: true,
    safeRooms: /ford|bridge/i,
    trapBudget: 1,
    placeNoun: "Wilds",
  };
}
