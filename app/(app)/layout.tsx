import { headers } from "next/headers";
import { redirect } from "next/navigation";
import type { ReactNode } from "react";
import { AppShell } from "@/components/layout/app-shell";
import { safeCallbackUrl, withCallbackUrl } from "@/components/auth/callback-url";
import { getCurrentUser } from "@/lib/auth/session";
import { RETURN_TO_HEADER } from "@/proxy";

/** Every page in this group needs a signed-in user. */
export default async function SignedInLayout({ children }: { children: ReactNode }) {
  const user = await getCurrentUser();
  // A layout does not receive the current path; the proxy hands it on in a header, so a deep link
  // (an invite link) survives signing in or up. safeCallbackUrl keeps only same-origin paths.
  if (!user) redirect(withCallbackUrl("/sign-in", safeCallbackUrl((await headers()).get(RETURN_TO_HEADER))));

  return <AppShell user={{ name: user.name, email: user.email }}>{children}</AppShell>;
}
