import { buildStoredZip, type ZipEntry } from "@/lib/zip/stored-zip";
import {
  bundleFolder,
  exportBaseName,
  mapExports,
  slug,
  toFoundryAdventure,
  type MapExportSource,
} from "./map-exports";

export type FloorPicture = { bytes: Buffer; ext: string };

function readme(map: MapExportSource, folder: string, sceneFiles: string[]) {
  return [
    `${map.name} v${map.version} — Foundry VTT bundle (v12/v13)`,
    "",
    "1. Unzip this file into Foundry's Data folder (User Data → Data). The pictures land at",
    `   ${folder}/…, exactly where the scenes' backgrounds point.`,
    "",
    "2. Everything linked (recommended): in Compendium Packs create a pack of type Adventure, create an",
    "   Adventure in it, right-click it → Import Data → adventure.json, then open it and Import Adventure.",
    "   You get every floor's scene (walls, doors, windows, lights), the room key journal, a GM-only pin",
    "   in each room that opens its page, and on multi-floor maps a pin on each stair whose page links",
    "   the other floor's scene. Adventures keep their ids, which is what keeps those links working.",
    "",
    "3. A scene alone: Scenes → Create Scene, right-click it → Import Data → one of",
    ...sceneFiles.map((f) => `   ${f}`),
    "   (walls, doors and lights; no pins, since a pin whose journal is missing shows to every player).",
    "   room-key.journal.json imports the same way into a Journal Entry.",
    "",
    "The room key starts hidden from players (ownership None); share pages from the journal when the",
    "party gets there.",
  ].join("\n");
}

/**
 * One zip a DM unpacks into Foundry's Data folder: each floor's picture at the path its scene's
 * background.src names, each floor's scene JSON, the room key journal, an Adventure holding all of
 * them with their links, and a README saying how to import.
 */
export function buildFoundryBundle(map: MapExportSource, pictures: FloorPicture[]) {
  const folder = bundleFolder(map);
  const exports = mapExports(map, {
    backgroundSrc: (floor) => `${folder}/${floor.index}-${slug(floor.name)}.${pictures[floor.index]?.ext ?? "png"}`,
  });
  const entries: ZipEntry[] = [];
  const sceneFiles: string[] = [];
  for (const { floor, plain } of exports.scenes) {
    const picture = pictures[floor.index];
    if (!picture) throw new Error(`no picture for floor ${floor.index}`);
    entries.push({ name: plain.background.src, data: picture.bytes });
    const file = `${folder}/scenes/${floor.index}-${slug(floor.name)}.scene.json`;
    sceneFiles.push(file);
    entries.push({ name: file, data: Buffer.from(JSON.stringify(plain, null, 2)) });
  }
  entries.push({
    name: `${folder}/room-key.journal.json`,
    data: Buffer.from(JSON.stringify(exports.journal, null, 2)),
  });
  entries.push({
    name: `${folder}/adventure.json`,
    data: Buffer.from(
      JSON.stringify(toFoundryAdventure(map, exports, exports.scenes[0]?.plain.background.src ?? ""), null, 2),
    ),
  });
  entries.push({ name: `${folder}/README.txt`, data: Buffer.from(readme(map, folder, sceneFiles)) });
  return { filename: `${exportBaseName(map)}-foundry.zip`, bytes: buildStoredZip(entries), exports };
}
