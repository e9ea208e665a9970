// A 40×40-square dungeon from request to Foundry JSON and PNG (target < 500 ms).
// Run: npx tsx bench/maps.ts
import { toFoundryScene } from "@/lib/maps/export/foundry-scene";
import { vttFloors } from "@/lib/maps/export/vtt-geometry";
import { generateLayout } from "@/lib/maps/generate-layout";
import { buildGeometry } from "@/lib/maps/geometry";
import { renderMap } from "@/lib/maps/render/render-map";
import { generateMapSchema } from "@/lib/schemas/maps";

async function once(seed: string) {
  const start = performance.now();
  const input = generateMapSchema.parse({ mapType: "dungeon", width: 40, height: 40, seed, difficulty: "hard" });
  const layout = generateLayout({ ...input, seed });
  const geometry = buildGeometry(layout);
  const png = await renderMap(layout, geometry, { pps: input.pixelsPerSquare });
  const scene = JSON.stringify(toFoundryScene(vttFloors(layout, input.pixelsPerSquare)[0], { name: "bench", pixelsPerSquare: input.pixelsPerSquare, backgroundSrc: "bench.png" }));
  return { ms: performance.now() - start, png: png.bytes.length, scene: scene.length, walls: geometry.walls.length + geometry.doors.length, pps: input.pixelsPerSquare };
}

(async () => {
  await once("warm-up");
  const runs = [];
  for (let i = 0; i < 5; i++) runs.push(await once(`bench-${i}`));
  const times = runs.map((r) => r.ms).sort((a, b) => a - b);
  console.log(`40×40 dungeon @ ${runs[0].pps} px/square → Foundry JSON + PNG: median ${times[2].toFixed(0)} ms, max ${times[4].toFixed(0)} ms (target < 500 ms)`);
  console.log(`  PNG ${(runs[0].png / 1024).toFixed(0)} KB, scene JSON ${(runs[0].scene / 1024).toFixed(0)} KB, ${runs[0].walls} walls+doors`);
})();
