import "server-only";
import { prisma } from "@/lib/db/client";
import { getFileStorage } from "@/lib/storage";
import { toUniversalVtt } from "./export/universal-vtt";
import { buildGeometry } from "./geometry";
import { findVisibleMap } from "./map-access";
import type { StoredLayout } from "./map-view";
import { renderMap } from "./render/render-map";

export type MapDownload = { body: Buffer | string; contentType: string; filename: string };

/** PNG (the stored picture), WebP (re-rendered from the layout), Foundry scene JSON or .dd2vtt. */
export async function downloadMap(userId: string, mapId: string, format: "png" | "webp" | "foundry" | "dd2vtt"): Promise<MapDownload> {
  const map = await findVisibleMap(userId, mapId);
  const layout = map.layout as unknown as StoredLayout;
  const base = `${map.name.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") || "map"}-v${map.version}`;
  const png = async () => {
    const image = await prisma.image.findFirst({ where: { id: layout.imageId, assetId: map.assetId }, select: { path: true } });
    return image ? getFileStorage().read(image.path) : (await renderMap(layout, buildGeometry(layout), { pps: map.pixelsPerSquare })).bytes;
  };
  switch (format) {
    case "png":
      return { body: await png(), contentType: "image/png", filename: `${base}.png` };
    case "webp": {
      const webp = await renderMap(layout, buildGeometry(layout), { pps: map.pixelsPerSquare, format: "webp" });
      return { body: webp.bytes, contentType: "image/webp", filename: `${base}.webp` };
    }
    case "foundry":
      return { body: JSON.stringify(map.foundryScene, null, 2), contentType: "application/json", filename: `${base}.foundry.json` };
    case "dd2vtt": {
      const uvtt = toUniversalVtt(buildGeometry(layout), { pixelsPerSquare: map.pixelsPerSquare, imageBase64: (await png()).toString("base64") });
      return { body: JSON.stringify(uvtt), contentType: "application/json", filename: `${base}.dd2vtt` };
    }
  }
}
