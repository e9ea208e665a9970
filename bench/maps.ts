// Layout and art for a 40×40-square map of every type at 70 px a square, beside a floor measured in
// the same run: sharp encoding the same number of pixels (a 2,800² picture) from a raw buffer, the
// least any renderer must spend. Then the peak memory of one render at the largest allowed size.
// Beside each wall-clock figure, the process's CPU time for the same render (all threads): on a
// busy machine the wall clock mostly measures waiting for a core, the CPU time what the render
// costs (on an idle machine with a core free the render takes about that long).
// Run: npx tsx bench/maps.ts
import { loadavg } from "node:os";
import sharp from "sharp";
import { generateLayout } from "@/lib/maps/generate-layout";
import { mapSvg } from "@/lib/maps/render/map-svg";
import { renderMap } from "@/lib/maps/render/render-map";
import { MAP_STYLES, MAP_TYPES } from "@/lib/schemas/map-layout";
import { largestPixelsPerSquare, MAP_MAX_SQUARES } from "@/lib/schemas/map-size-bounds";
import { percentile } from "./pipeline-floor";

const SIZE = 40;
const PPS = 70;
const RUNS = 5;

/** Encoding a textured-looking raw picture of the same size to PNG the way the renderer encodes its own. */
async function floorOnce(raw: Buffer, side: number): Promise<number> {
  const start = performance.now();
  await sharp(raw, { raw: { width: side, height: side, channels: 3 } })
    .png({ compressionLevel: 3, adaptiveFiltering: false })
    .toBuffer();
  return performance.now() - start;
}

function noisyRaw(side: number): Buffer {
  // Deterministic value noise so compression works about as hard as on a textured map.
  const raw = Buffer.alloc(side * side * 3);
  let state = 12345;
  for (let i = 0; i < raw.length; i += 3) {
    state = (state * 1103515245 + 12345) >>> 0;
    const v = 120 + ((state >>> 24) & 63);
    raw[i] = v;
    raw[i + 1] = v - 10;
    raw[i + 2] = v - 25;
  }
  return raw;
}

(async () => {
  const side = SIZE * PPS;
  const raw = noisyRaw(side);
  await floorOnce(raw, side);
  const floors: number[] = [];
  for (let i = 0; i < RUNS; i++) floors.push(await floorOnce(raw, side));
  const floor = percentile(floors, 50);
  console.log(`floor: PNG encode of ${side}×${side} px from raw: median ${floor.toFixed(0)} ms`);
  console.log(
    `load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(" ")}`,
  );
  console.log(`type        style    layout   art (svg+raster+png)  ratio to floor   art CPU time`);
  for (const mapType of MAP_TYPES)
    for (const style of MAP_STYLES) {
      const layouts: number[] = [];
      const arts: number[] = [];
      const cpus: number[] = [];
      for (let i = 0; i <= RUNS; i++) {
        let start = performance.now();
        const layout = generateLayout({ mapType, difficulty: "hard", width: SIZE, height: SIZE, seed: `bench-${i}` });
        const laidOut = performance.now() - start;
        start = performance.now();
        const cpuStart = process.cpuUsage();
        await renderMap(layout, null, { pps: PPS, style });
        const art = performance.now() - start;
        const cpu = process.cpuUsage(cpuStart);
        // The first run warms the texture cache and is not counted.
        if (i > 0) {
          layouts.push(laidOut);
          arts.push(art);
          cpus.push((cpu.user + cpu.system) / 1000);
        }
      }
      const art = percentile(arts, 50);
      console.log(
        `${mapType.padEnd(11)} ${style.padEnd(8)} ${percentile(layouts, 50).toFixed(0).padStart(4)} ms  ${art.toFixed(0).padStart(6)} ms (max ${Math.max(...arts).toFixed(0)})      ${(art / floor).toFixed(1)}×      ${percentile(cpus, 50).toFixed(0).padStart(5)} ms`,
      );
    }
  // Peak memory: the largest map the form allows, at the largest pixels per square for that size.
  const pps = largestPixelsPerSquare(MAP_MAX_SQUARES, MAP_MAX_SQUARES);
  const big = generateLayout({
    mapType: "wilderness",
    difficulty: "hard",
    width: MAP_MAX_SQUARES,
    height: MAP_MAX_SQUARES,
    seed: "bench-big",
  });
  const before = process.memoryUsage().rss;
  let peak = before;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
  const start = performance.now();
  const svgBytes = mapSvg(big, { pps, grid: true }).length;
  const picture = await renderMap(big, null, { pps });
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().rss);
  console.log(
    `largest: ${MAP_MAX_SQUARES}×${MAP_MAX_SQUARES} squares at ${pps} px (${picture.width}×${picture.height} px): ${(performance.now() - start).toFixed(0)} ms, SVG ${(svgBytes / 1e6).toFixed(1)} MB, PNG ${(picture.bytes.length / 1e6).toFixed(1)} MB, peak RSS ${(peak / 1e6).toFixed(0)} MB (+${((peak - before) / 1e6).toFixed(0)} MB over the process before)`,
  );
})();
