import type { MapLayout } from "@/lib/schemas/map-layout";
import {
  foundryId,
  roomJournal,
  roomNotes,
  type FoundryJournalEntry,
  type FoundryJournalPage,
  type FoundryNote,
} from "./foundry-journal";
import { canvasMapper, toFoundryScene } from "./foundry-scene";
import { toUniversalVtt } from "./universal-vtt";
import { vttFloors, type VttFloor } from "./vtt-geometry";

export type MapExportSource = {
  id: string;
  name: string;
  version: number;
  pixelsPerSquare: number;
  description?: string | null;
  layout: MapLayout;
};

export const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "") || "map";

/** The download's base name, `<name>-v<version>`. */
export const exportBaseName = (map: Pick<MapExportSource, "name" | "version">) => `${slug(map.name)}-v${map.version}`;

/**
 * The folder a bundle unpacks to inside Foundry's Data folder, and each floor's picture in it:
 * `arcane-forge/maps/<name>-v<version>-<id>/<floor>.png`. The map id keeps two maps of the same
 * name apart; scenes name these paths in background.src.
 */
export const bundleFolder = (map: Pick<MapExportSource, "id" | "name" | "version">) =>
  `arcane-forge/maps/${exportBaseName(map)}-${map.id.slice(0, 8)}`;
export const floorPicturePath = (
  map: Pick<MapExportSource, "id" | "name" | "version">,
  floor: Pick<VttFloor, "index" | "name">,
  ext = "png",
) => `${bundleFolder(map)}/${floor.index}-${slug(floor.name)}.${ext}`;

const sceneName = (map: MapExportSource, floor: VttFloor, floors: number) =>
  floors > 1 ? `${map.name} v${map.version} — ${floor.name}` : `${map.name} v${map.version}`;

/** A journal page per stair that leads to another floor: its link opens that floor's scene. */
function stairPages(
  map: MapExportSource,
  floors: VttFloor[],
  sceneIds: string[],
): Array<{ floor: number; stair: number; page: FoundryJournalPage }> {
  return floors.flatMap((floor) =>
    floor.stairs.flatMap((stair, i) => {
      const to = stair.toFloor;
      if (to === null || to === floor.index || !floors[to]) return [];
      const name = `Stairs ${stair.direction} to ${floors[to].name} (${floor.name})`;
      const page: FoundryJournalPage = {
        _id: foundryId(map.id, "stair", floor.index, i),
        name,
        type: "text",
        title: { show: true, level: 1 },
        text: {
          content: `<p>${stair.label ? `${stair.label}: ` : ""}@UUID[Scene.${sceneIds[to]}]{Go to ${floors[to].name}}</p>`,
          format: 1,
        },
        sort: 0,
        ownership: { default: -1 },
        flags: { "arcane-forge": { fromFloor: floor.index, toFloor: to } },
      };
      return [{ floor: floor.index, stair: i, page }];
    }),
  );
}

/**
 * Everything the Foundry and Universal VTT downloads are made of, from the stored layout (so an
 * older map downloads with today's exports): per floor a scene (walls, doors, windows, object and
 * terrain walls, lights), the room key as one journal whose pages the scenes' notes open, a note
 * on each stair opening the page that links the other floor's scene, and a .dd2vtt per floor.
 */
export function mapExports(map: MapExportSource, options: { backgroundSrc?: (floor: VttFloor) => string } = {}) {
  const pps = map.pixelsPerSquare;
  const floors = vttFloors(map.layout, pps);
  const sceneIds = floors.map((floor) => foundryId(map.id, "scene", floor.index));
  const stairs = stairPages(map, floors, sceneIds);
  const allRooms = floors.flatMap((floor) => floor.rooms.map((room) => ({ ...room, floor: floor.index })));
  const journal: FoundryJournalEntry = roomJournal(
    { rooms: allRooms },
    { key: map.id, name: `${map.name} v${map.version}`, extraPages: stairs.map((s) => s.page) },
  );
  const background = options.backgroundSrc ?? ((floor: VttFloor) => floorPicturePath(map, floor));

  const scenes = floors.map((floor) => {
    const toCanvas = canvasMapper(floor, pps);
    const notes: FoundryNote[] = [
      ...roomNotes(
        floor.rooms.map((r) => ({ roomId: r.id, floor: floor.index, ...r.pin })),
        journal,
        map.id,
        toCanvas,
      ),
      ...stairs
        .filter((s) => s.floor === floor.index)
        .map((s): FoundryNote => {
          const [x, y] = toCanvas(floor.stairs[s.stair].pin.x, floor.stairs[s.stair].pin.y);
          return {
            _id: foundryId(map.id, "stair-note", floor.index, s.stair),
            entryId: journal._id,
            pageId: s.page._id,
            x,
            y,
            elevation: 0,
            sort: 0,
            texture: { src: "icons/svg/door-exit.svg" },
            iconSize: 40,
            text: s.page.name,
            global: false,
            flags: { "arcane-forge": { toFloor: s.page.flags["arcane-forge"] } },
          };
        }),
    ];
    const base = {
      name: sceneName(map, floor, floors.length),
      pixelsPerSquare: pps,
      backgroundSrc: background(floor),
      description: map.description ?? "",
      id: sceneIds[floor.index],
    };
    return {
      floor,
      /** With the room and stair pins: only where the journal comes along with the same ids (the adventure). */
      withNotes: toFoundryScene(floor, { ...base, notes }),
      /** Without pins: a pin whose journal is missing would show to every player. */
      plain: toFoundryScene(floor, base),
    };
  });
  return {
    floors,
    scenes,
    journal,
    universalVtt: (floor: VttFloor, imageBase64: string) =>
      toUniversalVtt(floor, { pixelsPerSquare: pps, imageBase64 }),
  };
}

export type MapExports = ReturnType<typeof mapExports>;

/**
 * A Foundry Adventure document holding the scenes and the journal. Importing an adventure keeps
 * every document's id (Adventure#import creates them with keepId), so the notes keep opening their
 * pages and the stair links their scenes; importing a scene or a journal alone gives it a new id.
 */
export function toFoundryAdventure(map: MapExportSource, exports: Pick<MapExports, "scenes" | "journal">, img: string) {
  return {
    _id: foundryId(map.id, "adventure"),
    name: `${map.name} v${map.version}`,
    img,
    caption: `A ${map.layout.mapType} from Arcane Forge`,
    description: map.description ? `<p>${map.description.replace(/&/g, "&amp;").replace(/</g, "&lt;")}</p>` : "",
    scenes: exports.scenes.map((s) => s.withNotes),
    journal: [exports.journal],
    actors: [],
    items: [],
    tables: [],
    macros: [],
    cards: [],
    playlists: [],
    combats: [],
    folders: [],
    folder: null,
    sort: 0,
    flags: { "arcane-forge": { mapId: map.id, version: map.version } },
  };
}
