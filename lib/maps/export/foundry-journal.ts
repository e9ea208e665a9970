import { createHash } from "node:crypto";
import type { Room } from "@/lib/schemas/map-layout";

type KeyRoom = Pick<Room, "id" | "name" | "purpose" | "contents" | "hazards"> & { floor?: number };
export type RoomPin = { roomId: number; floor?: number; x: number; y: number };

/** A room's page id: stable per map, floor and room. */
export const roomPageId = (key: string, floor: number | undefined, roomId: number) =>
  foundryId(key, "room", floor ?? 0, roomId);
import type { ToCanvas } from "./foundry-walls";

/** CONST.DOCUMENT_OWNERSHIP_LEVELS: INHERIT -1, NONE 0 (a player cannot see it), OBSERVER 2. */
export const OWNERSHIP = { INHERIT: -1, NONE: 0, LIMITED: 1, OBSERVER: 2, OWNER: 3 } as const;
/** CONST.JOURNAL_ENTRY_PAGE_FORMATS.HTML. */
const PAGE_FORMAT_HTML = 1;

/**
 * A Foundry document id (16 letters and digits) derived from a stable name, so the same map
 * downloads with the same ids and its notes keep pointing at its own journal pages.
 */
export function foundryId(...parts: Array<string | number>): string {
  return createHash("sha256").update(parts.join("/")).digest("hex").slice(0, 16);
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

function roomPageHtml(room: KeyRoom): string {
  const list = (items: string[]) => `<ul>${items.map((item) => `<li>${escapeHtml(item)}</li>`).join("")}</ul>`;
  return [
    `<p><em>${escapeHtml(room.purpose)}</em></p>`,
    room.contents.length ? `<h3>Contents</h3>${list(room.contents)}` : "",
    room.hazards.length ? `<h3>Hazards</h3>${list(room.hazards)}` : "",
  ].join("");
}

export type FoundryJournalPage = {
  _id: string;
  name: string;
  type: "text";
  title: { show: boolean; level: number };
  text: { content: string; format: number };
  sort: number;
  ownership: { default: number };
  flags: Record<string, unknown>;
};
export type FoundryJournalEntry = {
  _id: string;
  name: string;
  pages: FoundryJournalPage[];
  folder: null;
  sort: number;
  ownership: { default: number };
  flags: Record<string, unknown>;
};

export const roomPageName = (room: Pick<Room, "id" | "name">) => `${room.id}. ${room.name}`;

/**
 * The room key as one JournalEntry with a text page per room. Ownership default NONE: players see
 * neither the entry nor the pins that point at it until the GM shares it (pages inherit).
 */
export function roomJournal(
  layout: { rooms: KeyRoom[] },
  options: { key: string; name: string; extraPages?: FoundryJournalPage[] },
): FoundryJournalEntry {
  const pages = layout.rooms.map((room, index): FoundryJournalPage => ({
    _id: roomPageId(options.key, room.floor, room.id),
    name: roomPageName(room),
    type: "text",
    title: { show: true, level: 1 },
    text: { content: roomPageHtml(room), format: PAGE_FORMAT_HTML },
    sort: (index + 1) * 100000,
    ownership: { default: OWNERSHIP.INHERIT },
    flags: { "arcane-forge": { roomId: room.id, floor: room.floor ?? 0 } },
  }));
  const extra = (options.extraPages ?? []).map((page, i) => ({ ...page, sort: (pages.length + i + 1) * 100000 }));
  return {
    _id: foundryId(options.key, "journal"),
    name: `${options.name} — room key`,
    pages: [...pages, ...extra],
    folder: null,
    sort: 0,
    ownership: { default: OWNERSHIP.NONE },
    flags: { "arcane-forge": { key: options.key } },
  };
}

export type FoundryNote = {
  _id: string;
  entryId: string;
  pageId: string;
  x: number;
  y: number;
  elevation: number;
  sort: number;
  texture: { src: string };
  iconSize: number;
  text: string;
  global: boolean;
  flags: Record<string, unknown>;
};

/** A map pin in each room (on its floor) opening that room's page. */
export function roomNotes(
  pins: RoomPin[],
  journal: FoundryJournalEntry,
  key: string,
  toCanvas: ToCanvas,
): FoundryNote[] {
  return pins.flatMap((pin) => {
    const page = journal.pages.find((p) => p._id === roomPageId(key, pin.floor, pin.roomId));
    if (!page) return [];
    const [x, y] = toCanvas(pin.x, pin.y);
    return [
      {
        _id: foundryId(key, "note", pin.floor ?? 0, pin.roomId),
        entryId: journal._id,
        pageId: page._id,
        x,
        y,
        elevation: 0,
        sort: 0,
        texture: { src: "icons/svg/book.svg" },
        iconSize: 40,
        text: page.name,
        global: false,
        flags: { "arcane-forge": { roomId: pin.roomId } },
      },
    ];
  });
}
