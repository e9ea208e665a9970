/** User-facing wording for the errors the auth backend reports. */

export const GENERIC_ERROR = "Something went wrong. Please try again.";
export const NETWORK_ERROR = "Could not reach the server. Check your connection and try again.";
export const WRONG_CREDENTIALS = "Wrong email or password";
export const EMAIL_TAKEN = "An account with this email already exists.";
export const PASSWORD_MIN_LENGTH = 10;

/** "30 seconds", "1 minute", "5 minutes": minutes from 60 seconds up, rounded up. */
export function formatWait(seconds: number): string {
  const whole = Math.max(1, Math.ceil(seconds));
  if (whole < 60) return `${whole} ${whole === 1 ? "second" : "seconds"}`;
  const minutes = Math.ceil(whole / 60);
  return `${minutes} ${minutes === 1 ? "minute" : "minutes"}`;
}

export function tooManyAttempts(seconds: number | null): string {
  return seconds !== null && Number.isFinite(seconds) && seconds > 0
    ? `Too many failed attempts. Try again in ${formatWait(seconds)}.`
    : "Too many failed attempts. Try again later.";
}

/** Maps `signIn("credentials")` errors: "INVALID_CREDENTIALS" or "RATE_LIMITED:<seconds>". */
export function credentialsErrorMessage(error: string | null | undefined): string {
  if (error === "INVALID_CREDENTIALS") return WRONG_CREDENTIALS;
  if (error?.startsWith("RATE_LIMITED")) {
    const seconds = Number(error.split(":")[1]);
    return tooManyAttempts(Number.isNaN(seconds) ? null : seconds);
  }
  return GENERIC_ERROR;
}

const PROVIDER_NAMES: Record<string, string> = { github: "GitHub", discord: "Discord", google: "Google" };

/**
 * A first OAuth sign-in whose email already has an account is refused (an email match never links
 * accounts); the code carries the provider: "OAUTH_EMAIL_HAS_PASSWORD_ACCOUNT:github".
 */
function emailHasAccountMessage(error: string): string | null {
  const [code, provider = ""] = error.split(":");
  const name = PROVIDER_NAMES[provider] ?? "this provider";
  if (code === "OAUTH_EMAIL_HAS_PASSWORD_ACCOUNT")
    return `An account with this email already exists. Sign in with your password, then link ${name} from Settings.`;
  if (code === "OAUTH_EMAIL_HAS_ACCOUNT")
    return `An account with this email already exists. Sign in the way you did before, then link ${name} from Settings.`;
  return null;
}

/** Maps the `?error=` next-auth puts on the sign-in page after a failed OAuth round trip. */
export function redirectErrorMessage(error: string | undefined): string | null {
  if (!error) return null;
  const emailTaken = emailHasAccountMessage(error);
  if (emailTaken) return emailTaken;
  switch (error) {
    case "OAuthAccountNotLinked":
      return "This email is already registered with another sign-in method. Sign in the way you did before.";
    case "AccessDenied":
      return "Access was denied. Please try again or use another sign-in method.";
    case "OAUTH_NO_EMAIL":
      return "That account did not share an email address, which Arcane Forge needs. Try another sign-in method.";
    case "SessionRequired":
      return null;
    default:
      return "Sign-in did not complete. Please try again.";
  }
}
