import type { ReactNode } from "react";
import { Logo } from "@/components/layout/logo";

/** Sign-in and sign-up: one centred card under the product name. */
export default function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <div className="relative flex min-h-dvh flex-col items-center justify-center px-4 py-10 sm:py-16">
      <div
        aria-hidden="true"
        className="pointer-events-none absolute left-1/2 top-1/3 -z-10 size-[36rem] max-w-full -translate-x-1/2 -translate-y-1/2 rounded-full bg-arcane-600/10 blur-3xl"
      />
      <div className="mb-8 flex flex-col items-center gap-3 text-center">
        <Logo className="text-2xl [&_svg]:size-10" />
        <p className="max-w-xs text-sm text-fg-muted">Characters, portraits, battle maps and tokens for your table.</p>
      </div>
      <main className="w-full max-w-[26rem] rounded-card border border-line bg-surface/90 p-6 shadow-card backdrop-blur-sm sm:p-8">
        {children}
      </main>
    </div>
  );
}
