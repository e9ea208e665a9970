/**
 * Signs out and goes to the visitor page on the host the user is on. next-auth's sign-out ends
 * this browser's session on the server too (its signOut event), so a copy of the cookie stops
 * working. next-auth builds its own redirect from NEXTAUTH_URL (http://localhost:3000 when unset),
 * whatever host served the page, so it is told not to redirect and the browser navigates with a
 * relative path instead. next-auth's client loads only now, on the first sign-out.
 */
export async function signOutToVisitorPage(): Promise<void> {
  await clearSessionCookie();
  // A full load on purpose: it drops every cached query of the user who just left.
  // eslint-disable-next-line @next/next/no-location-assign-relative-destination
  window.location.assign("/");
}

/**
 * After "sign out everywhere" (every session already ended on the server): drops this browser's
 * now useless cookie and goes to the sign-in page.
 */
export async function leaveToSignIn(): Promise<void> {
  await clearSessionCookie().catch(() => undefined); // the session is over either way
  // eslint-disable-next-line @next/next/no-location-assign-relative-destination
  window.location.assign("/sign-in");
}

async function clearSessionCookie(): Promise<void> {
  const { signOut } = await import("next-auth/react");
  await signOut({ redirect: false });
}
