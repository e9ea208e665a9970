/**
 * Signs out and goes to the visitor page on the host the user is on. next-auth builds its own
 * redirect from NEXTAUTH_URL (http://localhost:3000 when unset), whatever host served the page,
 * so it is told not to redirect and the browser navigates with a relative path instead.
 * next-auth's client loads only now, on the first sign-out.
 */
export async function signOutToVisitorPage(): Promise<void> {
  const { signOut } = await import("next-auth/react");
  await signOut({ redirect: false });
  // A full load on purpose: it drops every cached query of the user who just left.
  // eslint-disable-next-line @next/next/no-location-assign-relative-destination
  window.location.assign("/");
}
