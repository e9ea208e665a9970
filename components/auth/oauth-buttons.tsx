"use client";

import { signIn } from "next-auth/react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { safeCallbackUrl } from "./callback-url";

export type OAuthProvider = { id: "github" | "discord" | "google"; name: string };

export type OAuthButtonsProps = {
  providers: OAuthProvider[];
  /** The raw `callbackUrl` search parameter; it is checked before use. */
  callbackUrl?: string;
};

/** One "Continue with X" button per enabled provider, then an "or" divider; nothing when none is enabled. */
export function OAuthButtons({ providers, callbackUrl }: OAuthButtonsProps) {
  const [pendingId, setPendingId] = useState<string | null>(null);
  if (providers.length === 0) return null;
  return (
    <div className="flex flex-col gap-5">
      <div className="flex flex-col gap-2.5">
        {providers.map((provider) => (
          <Button
            key={provider.id}
            variant="secondary"
            size="lg"
            className="w-full"
            loading={pendingId === provider.id}
            disabled={pendingId !== null}
            onClick={() => {
              setPendingId(provider.id);
              // The browser leaves for the provider; a failure comes back as ?error= on this page.
              void signIn(provider.id, { callbackUrl: safeCallbackUrl(callbackUrl, window.location.origin) });
            }}
          >
            Continue with {provider.name}
          </Button>
        ))}
      </div>
      <div className="flex items-center gap-3 text-xs uppercase tracking-[0.14em] text-fg-subtle">
        <span className="h-px flex-1 bg-line" />
        or
        <span className="h-px flex-1 bg-line" />
      </div>
    </div>
  );
}
