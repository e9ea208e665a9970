import { z } from "zod";
import { oauthProviderId } from "./account";

/** A signed-in browser as Settings lists it. */
export const sessionView = z.object({
  id: z.uuid(),
  /** The browser's User-Agent when it signed in (up to 300 characters). */
  userAgent: z.string(),
  createdAt: z.iso.datetime(),
  lastSeenAt: z.iso.datetime(),
  /** The session this request came with. */
  current: z.boolean(),
});
export type SessionView = z.infer<typeof sessionView>;

/** GET /api/account/sessions: live sessions, most recently used first. */
export const sessionListResponse = z.object({ sessions: z.array(sessionView) });
export type SessionListResponse = z.infer<typeof sessionListResponse>;

/** One OAuth provider the operator enabled, and whether this account has it linked. */
export const linkedProviderView = z.object({ id: oauthProviderId, name: z.string(), linked: z.boolean() });
export type LinkedProviderView = z.infer<typeof linkedProviderView>;

/** GET /api/account/links */
export const linkedProvidersResponse = z.object({ providers: z.array(linkedProviderView) });
export type LinkedProvidersResponse = z.infer<typeof linkedProvidersResponse>;

/** GET /api/account/storage: the bytes of the images you store, beside the storage quota. */
export const storageStandingResponse = z.object({
  /** Uploads, generations, maps and tokens (cached thumbnails are not counted). */
  usedBytes: z.number().int().nonnegative(),
  /** Null when the operator set no quota. */
  quotaBytes: z.number().int().positive().nullable(),
});
export type StorageStandingResponse = z.infer<typeof storageStandingResponse>;
