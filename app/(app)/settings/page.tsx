import type { Metadata } from "next";
import { PageHeader } from "@/components/layout/page-header";
import { ProvidersSettings } from "@/components/settings/providers-settings";

export const metadata: Metadata = { title: "Settings" };

/** Settings. Its one section so far is the AI provider profiles (a client island with React Query). */
export default function SettingsPage() {
  return (
    <>
      <PageHeader title="Settings" description="Your AI connections. Everything you generate uses your own keys — or the offline engine, which needs none." />
      <ProvidersSettings />
    </>
  );
}
