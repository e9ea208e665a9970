import { z } from "zod";
import { PATH_NOT_FOUND } from "./issue-codes";

const uuid = z.uuid();

/** True for a string that can name a row: every id in the database is a uuid. */
export const isId = (value: unknown): value is string => uuid.safeParse(value).success;

/**
 * A path id. One rule everywhere: a path id that is not a valid id names nothing, so it is the
 * same 404 as an unknown id or someone else's (never a 400 that tells the two apart).
 */
export const id = (what = "Resource") =>
  z.string().refine(isId, { error: `${what} not found`, params: PATH_NOT_FOUND });

/** A path id that may also be one keyword (a project is `personal` or a campaign's id). */
export const idOr = (keyword: string, what = "Resource") =>
  z
    .string()
    .refine((value) => value === keyword || isId(value), { error: `${what} not found`, params: PATH_NOT_FOUND });
