import { z } from "zod";
import { VISIBILITIES } from "./visibility";

/** A campaign's NPC with the tokens made from it (those the viewer may see). */
export const npcView = z.object({
  id: z.uuid(),
  campaignId: z.uuid(),
  assetId: z.uuid(),
  name: z.string(),
  race: z.string(),
  class: z.string(),
  description: z.string(),
  personality: z.string(),
  /** A two-letter alignment code (N for true neutral), or empty. */
  alignment: z.string(),
  /** The DM's notes: only the DM gets them (an empty string for players). */
  notes: z.string(),
  /** DM-only until the DM reveals it (PUT /api/visibility with the NPC's asset). */
  visibility: z.enum(VISIBILITIES),
  tokens: z.array(z.object({ id: z.uuid(), name: z.string(), imageUrl: z.string().nullable() })),
  createdAt: z.iso.datetime(),
});
export type NpcView = z.infer<typeof npcView>;

/** GET /api/campaigns/{id}/npcs */
export const npcListResponse = z.object({ npcs: z.array(npcView) });
export type NpcListResponse = z.infer<typeof npcListResponse>;
