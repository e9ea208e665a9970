import { z } from "zod";

/** A name that says where the token is used ("Foundry module"). */
const tokenName = z.string().trim().min(1, "name the token").max(80);

/** POST /api/api-tokens */
export const createApiTokenSchema = z.strictObject({ name: tokenName });
/** PATCH /api/api-tokens/{id} */
export const renameApiTokenSchema = z.strictObject({ name: tokenName });
