import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { visibleCampaigns } from "./campaigns";

/**
 * Who may see a character: its owner, or anyone in a campaign the character has joined (the DM
 * or a fellow player). Only the owner changes it. The DM's notes on a character's campaign state
 * are the DM's: players get the state without them (`withoutDmNotes`).
 */
export const readableCharacters = (userId: string): Prisma.CharacterProfileWhereInput => ({
  OR: [{ ownerId: userId }, { campaigns: { some: { campaign: visibleCampaigns(userId) } } }],
});

/**
 * Campaign state as a player sees it: the DM's notes emptied (the field stays, so every client
 * reads one shape; its content never leaves the server for a player).
 */
export function withoutDmNotes<T extends { notes: string }>(state: T, isDm: boolean): T {
  return isDm ? state : { ...state, notes: "" };
}
