import { signIn } from "next-auth/react";
import { GENERIC_ERROR, credentialsErrorMessage } from "./messages";

export type CredentialsOutcome = { ok: true } | { ok: false; message: string };

const STALE_FORM = "Your sign-in form had expired. Please try again.";

/**
 * `signIn("credentials")` without a redirect, reduced to ok or a message to show. next-auth
 * reports a refused CSRF token as success with `?csrf=true` in the URL (no `error`), which would
 * send the user on with no session, so that case is caught here too.
 */
export async function signInWithCredentials(email: string, password: string): Promise<CredentialsOutcome> {
  try {
    const result = await signIn("credentials", { email, password, redirect: false });
    if (!result) return { ok: false, message: GENERIC_ERROR };
    if (result.error) return { ok: false, message: credentialsErrorMessage(result.error) };
    if (result.url && new URL(result.url, "http://localhost").searchParams.get("csrf") === "true") {
      return { ok: false, message: STALE_FORM };
    }
    return { ok: true };
  } catch {
    return { ok: false, message: GENERIC_ERROR };
  }
}
