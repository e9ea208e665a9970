import type { Metadata } from "next";
import Link from "next/link";
import { Logo } from "@/components/layout/logo";
import { StatusMessage } from "@/components/layout/status-message";
import { buttonStyles } from "@/components/ui/button";

export const metadata: Metadata = { title: "Page not found" };

/** An address that matches no page, for anyone (signed in or not). */
export default function NotFound() {
  return (
    <div className="flex min-h-dvh flex-col px-4 py-6 sm:px-8">
      <header>
        <Logo />
      </header>
      <main id="main" className="flex flex-1 items-center justify-center">
        <StatusMessage
          eyebrow="404"
          title="This page does not exist"
          actions={
            <>
              <Link href="/" className={buttonStyles()}>
                Go to the home page
              </Link>
              <Link href="/sign-in" className={buttonStyles({ variant: "secondary" })}>
                Sign in
              </Link>
            </>
          }
        >
          <p>The address may be mistyped, or the page moved. Nothing here was lost.</p>
        </StatusMessage>
      </main>
    </div>
  );
}
