"use client";

import { StatusMessage } from "@/components/layout/status-message";
import { Button } from "@/components/ui/button";
import "./globals.css";

/** When the root layout itself fails: its own document, still in the app's theme. */
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en" className="dark">
      <body>
        <main className="px-4">
          <StatusMessage eyebrow="Something went wrong" title="Arcane Forge could not start this page" actions={<Button onClick={reset}>Try again</Button>}>
            <p>Try again in a moment; if it keeps happening, the server may be restarting.</p>
          </StatusMessage>
        </main>
      </body>
    </html>
  );
}
