"use client";

import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { useLinkedProviders, useRequestLink } from "@/lib/query/account";
import type { LinkedProviderView } from "@/lib/schemas/account-response";

export type LinkedAccountsSettingsProps = {
  /** `?linked=<provider>` after a successful round trip. */
  linked?: string;
  /** `?linkError=<code>` after a refused one. */
  linkError?: string;
};

const LINK_ERRORS: Record<string, string> = {
  OAUTH_LINKED_ELSEWHERE: "That account is already linked to another Arcane Forge account, so it was not linked here.",
};

/**
 * Settings → Linked accounts: sign in with GitHub, Discord or Google as well as a password. A
 * provider is linked only from here, by the signed-in user asking first (the server records it),
 * then next-auth's OAuth round trip; an email that matches is never enough. Nothing shows when the
 * operator enabled no provider.
 */
export function LinkedAccountsSettings({ linked, linkError }: LinkedAccountsSettingsProps) {
  const providers = useLinkedProviders();
  if (!providers.data || providers.data.length === 0) return null;
  const linkedName = providers.data.find((provider) => provider.id === linked && provider.linked)?.name;
  return (
    <section aria-labelledby="linked-accounts-heading" className="mt-10 flex flex-col gap-5">
      <div>
        <h2 id="linked-accounts-heading" className="text-2xl font-semibold">
          Linked accounts
        </h2>
        <p className="mt-1 max-w-2xl text-sm text-fg-muted">
          Sign in with one of these as well as your password. Linking takes you to the provider and back.
        </p>
      </div>
      {linkedName && <Alert variant="success">{linkedName} is linked: you can sign in with it now.</Alert>}
      {linkError && <Alert>{LINK_ERRORS[linkError] ?? "The account was not linked. Please try again."}</Alert>}
      <ul className="flex flex-col divide-y divide-line rounded-lg border border-line" aria-label="Sign-in providers">
        {providers.data.map((provider) => (
          <ProviderRow key={provider.id} provider={provider} />
        ))}
      </ul>
    </section>
  );
}

function ProviderRow({ provider }: { provider: LinkedProviderView }) {
  const request = useRequestLink();
  const [leaving, setLeaving] = useState(false);
  const link = async () => {
    const asked = await request.mutateAsync(provider.id).then(
      () => true,
      () => false,
    );
    if (!asked) return;
    setLeaving(true);
    const { signIn } = await import("next-auth/react");
    // The browser leaves for the provider; it comes back to Settings (linked, or why not).
    await signIn(provider.id, { callbackUrl: `/settings?linked=${provider.id}` });
  };
  return (
    <li className="flex items-center justify-between gap-3 p-3 text-sm">
      <span className="font-medium">{provider.name}</span>
      {provider.linked ? (
        <Badge variant="success">Linked</Badge>
      ) : (
        <div className="flex flex-col items-end gap-1">
          <Button size="sm" variant="secondary" loading={request.isPending || leaving} onClick={() => void link()}>
            Link {provider.name}
          </Button>
          {request.error && <p className="text-xs text-danger-soft">{request.error.message}</p>}
        </div>
      )}
    </li>
  );
}
