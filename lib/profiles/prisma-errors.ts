import { conflict } from "@/lib/http/errors";
import { isUniqueViolation } from "@/lib/http/prisma-errors";

export { isUniqueViolation };

/** Rethrows a (userId, name) clash as a 409 the form can show next to the name field. */
export function rethrowNameTaken(error: unknown, name: string): never {
  if (isUniqueViolation(error)) {
    throw conflict(`You already have a profile named “${name}”`);
  }
  throw error;
}
