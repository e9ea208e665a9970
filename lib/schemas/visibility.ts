import { z } from "zod";

/** Who in a campaign sees an item: the party (revealed) or only the DM (hidden). */
export const VISIBILITIES = ["party", "dm_only"] as const;
export type VisibilityName = (typeof VISIBILITIES)[number];
export const visibilityToDb = { party: "PARTY", dm_only: "DM_ONLY" } as const;

/** PUT /api/visibility: reveal or hide up to 500 campaign items at once. */
export const setVisibilitySchema = z.strictObject({
  visibility: z.enum(VISIBILITIES),
  items: z
    .array(z.strictObject({ type: z.enum(["map", "token", "image", "asset"]), id: z.uuid() }))
    .min(1)
    .max(500),
});
export type SetVisibilityInput = z.infer<typeof setVisibilitySchema>;

/** The API's name for a stored visibility (an item without an asset is never shown to players). */
export const visibilityName = (value: "PARTY" | "DM_ONLY" | null | undefined): VisibilityName =>
  value === "PARTY" ? "party" : "dm_only";

const visibilityItem = z.object({ type: z.enum(["map", "token", "image", "asset"]), id: z.uuid() });
/** PUT /api/visibility: what changed, and each refused item with why ("Only the DM can change this"). */
export const setVisibilityResponse = z.object({
  visibility: z.enum(["PARTY", "DM_ONLY"]),
  updated: z.array(visibilityItem),
  failed: z.array(visibilityItem.extend({ error: z.string() })),
});
export type SetVisibilityResponse = z.infer<typeof setVisibilityResponse>;
