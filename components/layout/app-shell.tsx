import type { ReactNode } from "react";
import { AppHeader } from "./app-header";

/** The signed-in frame: skip link, header with navigation and account menu, and the main region. */
export function AppShell({ user, children }: { user: { name: string; email: string }; children: ReactNode }) {
  return (
    <div className="flex min-h-dvh flex-col">
      <a
        href="#main"
        className="sr-only z-50 rounded-md bg-accent px-4 py-2 font-medium text-accent-fg focus:not-sr-only focus:fixed focus:left-4 focus:top-3"
      >
        Skip to content
      </a>
      <AppHeader user={user} />
      <main
        id="main"
        tabIndex={-1}
        className="mx-auto w-full max-w-7xl flex-1 px-4 py-8 outline-none sm:px-6 lg:px-8 lg:py-12"
      >
        {children}
      </main>
    </div>
  );
}
