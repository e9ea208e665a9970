import { z } from "zod";

/** Response contracts of the account routes. */

/** The user as the app shows it: never the password hash or provider tokens. */
export const publicUser = z.object({ id: z.uuid(), email: z.string(), name: z.string() });
export type PublicUser = z.infer<typeof publicUser>;

/** POST /api/auth/sign-up (201) */
export const signUpResponse = z.object({ user: publicUser });
