import { z } from "zod";
import { enrichedCharacter } from "./characters-response";
import { generationSummary } from "./generations-response";

/** Response contracts of the campaign routes; lib/campaigns returns these inferred types. */

/** A campaign as its members see it; only the DM gets the invite code. */
export const campaignSummary = z.object({
  campaign_id: z.uuid(),
  name: z.string(),
  description: z.string(),
  role: z.enum(["DM", "PLAYER"]),
  is_dm: z.boolean(),
  invite_code: z.string().nullable(),
  character_count: z.number().int(),
  created_at: z.iso.datetime(),
});
export type CampaignSummary = z.infer<typeof campaignSummary>;

/** GET /api/campaigns */
export const campaignListResponse = z.object({ campaigns: z.array(campaignSummary) });
export type CampaignListResponse = z.infer<typeof campaignListResponse>;

export const rosterCharacter = enrichedCharacter.extend({ player_name: z.string() });
export type RosterCharacter = z.infer<typeof rosterCharacter>;

/** GET /api/campaigns/{id} and POST /api/campaigns/join: the campaign with its roster. */
export const campaignDetailResponse = campaignSummary.extend({ roster: z.array(rosterCharacter) });
export type CampaignDetailResponse = z.infer<typeof campaignDetailResponse>;

/** GET /api/campaigns/{id}/roster */
export const rosterResponse = z.object({ characters: z.array(rosterCharacter) });

/** POST /api/campaigns/{id}/portraits/generate-missing (202): one batch per character without a portrait. */
export const generateMissingResponse = z.object({
  started: z.array(
    z.object({ character_id: z.uuid(), name: z.string(), batch_id: z.uuid(), generations: z.array(generationSummary) }),
  ),
});
export type GenerateMissingResponse = z.infer<typeof generateMissingResponse>;

/** POST /api/campaigns/{id}/invite: the DM's new invite code (the old one stops working). */
export const inviteCodeResponse = z.object({ invite_code: z.string() });
export type InviteCodeResponse = z.infer<typeof inviteCodeResponse>;
