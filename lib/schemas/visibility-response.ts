import { z } from "zod";

/** Response contract of PUT /api/visibility: per item, changed or why not. */

const visibilityItem = z.object({ type: z.enum(["map", "token", "image", "asset"]), id: z.uuid() });

export const setVisibilityResponse = z.object({
  /** The stored value (PARTY or DM_ONLY), not the request's lower-case word. */
  visibility: z.enum(["PARTY", "DM_ONLY"]),
  updated: z.array(visibilityItem),
  failed: z.array(visibilityItem.extend({ error: z.string() })),
});
export type SetVisibilityResponse = z.infer<typeof setVisibilityResponse>;
