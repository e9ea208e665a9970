// A Gargantuan token from a 1024×1024 portrait (target < 200 ms). Run: npx tsx bench/tokens.ts
import sharp from "sharp";
import { renderToken } from "@/lib/tokens/render-token";

(async () => {
  const portrait = await sharp({ create: { width: 1024, height: 1024, channels: 3, background: "#884422" } })
    .composite([
      {
        input: Buffer.from(
          `<svg xmlns="http://www.w3.org/2000/svg" width="1024" height="1024"><circle cx="512" cy="420" r="260" fill="#e8c39e"/><rect x="262" y="640" width="500" height="384" fill="#335"/></svg>`,
        ),
      },
    ])
    .png()
    .toBuffer();
  const style = {
    disposition: "HOSTILE",
    size: "GARGANTUAN",
    background: "#1b1712",
    zoom: 1.1,
    offsetX: 0,
    offsetY: 0.05,
    ringWidth: 0.05,
    format: "webp",
  } as const;
  await renderToken(portrait, style);
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i < 5; i++) {
    const start = performance.now();
    bytes = (await renderToken(portrait, style)).bytes.length;
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  console.log(
    `Gargantuan token (1024×1024 px) from a 1024² portrait: median ${times[2].toFixed(0)} ms, max ${times[4].toFixed(0)} ms (target < 200 ms), ${(bytes / 1024).toFixed(0)} KB WebP`,
  );
})();
