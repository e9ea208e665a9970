import { headers } from "next/headers";
import { redirect } from "next/navigation";
import type { ReactNode } from "react";
import { AppHeader } from "@/components/layout/app-header";
import { safeCallbackUrl, withCallbackUrl } from "@/components/auth/callback-url";
import { getCurrentUser } from "@/lib/auth/session";
import { RETURN_TO_HEADER } from "@/proxy";

/** Every page in this group needs a signed-in user. */
export default async function SignedInLayout({ children }: { children: ReactNode }) {
  const user = await getCurrentUser();
  // A layout does not receive the current path; the proxy hands it on in a header, so a deep link
  // (an invite link) survives signing in or up. safeCallbackUrl keeps only same-origin paths.
  if (!user) redirect(withCallbackUrl("/sign-in", safeCallbackUrl((await headers()).get(RETURN_TO_HEADER))));

  return (
    <div className="flex min-h-dvh flex-col">
      <a
        href="#main"
        className="sr-only z-50 rounded-md bg-accent px-4 py-2 font-medium text-accent-fg focus:not-sr-only focus:fixed focus:left-4 focus:top-3"
      >
        Skip to content
      </a>
      <AppHeader user={{ name: user.name, email: user.email }} />
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-7xl flex-1 px-4 py-8 outline-none sm:px-6 lg:px-8 lg:py-12">
        {children}
      </main>
    </div>
  );
}
