import { z } from "zod";

/** POST /api/api-tokens: a name that says where the token is used ("Foundry module"). */
export const createApiTokenSchema = z.strictObject({ name: z.string().trim().min(1, "name the token").max(80) });
/** PATCH /api/api-tokens/{id} */
export const renameApiTokenSchema = createApiTokenSchema;
