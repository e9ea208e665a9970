"use client";

import { StatusMessage } from "@/components/layout/status-message";
import { PLAIN_PRIMARY_BUTTON } from "@/components/layout/plain-button-styles";
import "./globals.css";

/** When the root layout itself fails: its own document, still in the app's theme. */
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en" className="dark">
      <body>
        <main className="px-4">
          <StatusMessage
            eyebrow="Something went wrong"
            title="Arcane Forge could not start this page"
            actions={
              <button type="button" onClick={reset} className={PLAIN_PRIMARY_BUTTON}>
                Try again
              </button>
            }
          >
            <p>Try again in a moment; if it keeps happening, the server may be restarting.</p>
          </StatusMessage>
        </main>
      </body>
    </html>
  );
}
