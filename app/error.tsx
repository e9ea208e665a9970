"use client";

import Link from "next/link";
import { useEffect } from "react";
import { StatusMessage } from "@/components/layout/status-message";
import { PLAIN_PRIMARY_BUTTON, PLAIN_SECONDARY_BUTTON } from "@/components/layout/plain-button-styles";

/** The error boundary of every page: a page that failed to render says so and offers a retry. */
export default function ErrorBoundary({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <div className="px-4">
      <StatusMessage
        eyebrow="Something went wrong"
        title="This page could not be shown"
        actions={
          <>
            <button type="button" onClick={reset} className={PLAIN_PRIMARY_BUTTON}>
              Try again
            </button>
            <Link href="/" className={PLAIN_SECONDARY_BUTTON}>
              Go to the home page
            </Link>
          </>
        }
      >
        <p>
          Your work is saved. Try again in a moment; if it keeps happening, the server may be restarting or its database
          unreachable.
        </p>
        {error.digest && <p className="mt-2 text-sm text-fg-subtle">Reference: {error.digest}</p>}
      </StatusMessage>
    </div>
  );
}
