import { z } from "zod";

/** A personal API token as listed: never its secret, which is shown once when it is made. */
export const apiTokenView = z.object({
  id: z.uuid(),
  name: z.string(),
  /** The first characters of the token, to tell tokens apart. */
  prefix: z.string(),
  createdAt: z.iso.datetime(),
  lastUsedAt: z.iso.datetime().nullable(),
  revokedAt: z.iso.datetime().nullable(),
});
export type ApiTokenView = z.infer<typeof apiTokenView>;

/** GET /api/api-tokens: newest first, revoked ones included (marked). */
export const apiTokenListResponse = z.object({ tokens: z.array(apiTokenView) });
export type ApiTokenListResponse = z.infer<typeof apiTokenListResponse>;

/** POST /api/api-tokens (201): the token and, this once, its secret. */
export const createdApiTokenResponse = z.object({ token: apiTokenView, secret: z.string() });
export type CreatedApiTokenResponse = z.infer<typeof createdApiTokenResponse>;
