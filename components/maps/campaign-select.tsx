"use client";
import { useCampaigns } from "@/lib/query/campaigns";

/** The user's campaigns as a select; `dmOnly` for saving (only a campaign's DM adds maps to it). */
export function CampaignSelect({ value, onChange, label, emptyLabel, dmOnly, className }: { value: string; onChange: (id: string) => void; label: string; emptyLabel: string; dmOnly?: boolean; className: string }) {
  const { data } = useCampaigns();
  const campaigns = (data ?? []).filter((c) => !dmOnly || c.is_dm);
  return (
    <label className="flex flex-col gap-1 text-sm">
      {label}
      <select aria-label={label} className={className} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{emptyLabel}</option>
        {campaigns.map((c) => <option key={c.campaign_id} value={c.campaign_id}>{c.name}</option>)}
      </select>
    </label>
  );
}
