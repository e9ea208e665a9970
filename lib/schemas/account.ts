import { z } from "zod";

/** The OAuth providers an account can link (each offered only when the operator configured it). */
export const oauthProviderId = z.enum(["github", "discord", "google"]);

/** POST /api/account/links: the signed-in user asks to link this provider (the OAuth round trip follows). */
export const linkProviderSchema = z.strictObject({ provider: oauthProviderId });
