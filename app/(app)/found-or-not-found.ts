import { notFound } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/session";
import { AppError } from "@/lib/http/errors";
import { isId } from "@/lib/http/id";

/**
 * Checks a page's item on the server before any client code runs, so an unknown id (or one that is
 * not the user's: the same answer) renders the not-found page at once instead of a loading state.
 * Without a user it decides nothing: the signed-in layout, rendered alongside, sends them to sign in.
 * The item comes back, so a page can title itself with it.
 */
export async function foundOrNotFound<T>(
  id: string,
  load: (userId: string, id: string) => Promise<T>,
): Promise<T | undefined> {
  if (!isId(id)) notFound();
  const user = await getCurrentUser();
  if (!user) return undefined;
  try {
    return await load(user.id, id);
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}
