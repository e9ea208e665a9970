import { redirect } from "next/navigation";
import type { ReactNode } from "react";
import { AppHeader } from "@/components/layout/app-header";
import { getCurrentUser } from "@/lib/auth/session";

/** Every page in this group needs a signed-in user. */
export default async function SignedInLayout({ children }: { children: ReactNode }) {
  const user = await getCurrentUser();
  // A layout does not receive the current path, so the way back after signing in is left to the
  // sign-in page's default ("/"); a proxy can add callbackUrl if deep links need it.
  if (!user) redirect("/sign-in");

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
