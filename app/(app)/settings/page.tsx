import type { Metadata } from "next";
import { PageHeader } from "@/components/layout/page-header";
import { ProvidersSettings } from "@/components/settings/providers-settings";
import { ApiTokensSettings } from "@/components/settings/api-tokens-settings";

export const metadata: Metadata = { title: "Settings" };

/** Settings: the AI provider profiles and personal API tokens (client islands with React Query). */
export default function SettingsPage() {
  return (
    <>
      <PageHeader
        title="Settings"
        description="Your AI connections. Everything you generate uses your own keys — or the offline engine, which needs none."
      />
      <ProvidersSettings />
      <ApiTokensSettings />
    </>
  );
}
