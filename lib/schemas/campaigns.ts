import { z } from "zod";

export const createCampaignSchema = z.strictObject({
  name: z.string().trim().min(1, "Name the campaign").max(100),
  description: z.string().trim().max(2000).default(""),
});
export type CreateCampaignInput = z.infer<typeof createCampaignSchema>;

export const joinCampaignSchema = z.strictObject({
  invite_code: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z0-9]{6,12}$/, "That is not an invite code"),
  character_id: z.uuid(),
});
export type JoinCampaignInput = z.infer<typeof joinCampaignSchema>;

export const leaveCampaignSchema = z.strictObject({ character_id: z.uuid().optional() });
