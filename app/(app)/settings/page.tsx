import type { Metadata } from "next";
import { PageHeader } from "@/components/layout/page-header";
import { ProvidersSettings } from "@/components/settings/providers-settings";
import { ApiTokensSettings } from "@/components/settings/api-tokens-settings";
import { LinkedAccountsSettings } from "@/components/settings/linked-accounts-settings";
import { SessionsSettings } from "@/components/settings/sessions-settings";
import { StorageSettings } from "@/components/settings/storage-settings";

export const metadata: Metadata = { title: "Settings" };

type SettingsSearchParams = Promise<Record<string, string | string[] | undefined>>;
const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/**
 * Settings: the AI provider profiles, personal API tokens, storage used against the quota, linked
 * sign-in providers and signed-in sessions (client islands with React Query). A provider link
 * comes back here with `?linked=` or `?linkError=`.
 */
export default async function SettingsPage({ searchParams }: { searchParams: SettingsSearchParams }) {
  const params = await searchParams;
  return (
    <>
      <PageHeader
        title="Settings"
        description="Your AI connections, API tokens, storage and signed-in browsers. Everything you generate uses your own keys — or the offline engine, which needs none."
      />
      <ProvidersSettings />
      <ApiTokensSettings />
      <StorageSettings />
      <LinkedAccountsSettings linked={first(params.linked)} linkError={first(params.linkError)} />
      <SessionsSettings />
    </>
  );
}
