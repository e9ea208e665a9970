import { conflict } from "@/lib/http/errors";

/** Prisma's unique-constraint failure, recognised by code so we need not import its error classes. */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}

/** Rethrows a (userId, name) clash as a 409 the form can show next to the name field. */
export function rethrowNameTaken(error: unknown, name: string): never {
  if (isUniqueViolation(error)) {
    throw conflict(`You already have a profile named “${name}”`);
  }
  throw error;
}
