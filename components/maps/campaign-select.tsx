"use client";
import { Select } from "@/components/ui/select";
import { useCampaigns } from "@/lib/query/campaigns";

/** The user's campaigns as a select; `dmOnly` for saving (only a campaign's DM adds maps to it). */
export function CampaignSelect({
  value,
  onChange,
  label,
  emptyLabel,
  dmOnly,
}: {
  value: string;
  onChange: (id: string) => void;
  label: string;
  emptyLabel: string;
  dmOnly?: boolean;
}) {
  const { data } = useCampaigns();
  const campaigns = (data ?? []).filter((c) => !dmOnly || c.is_dm);
  return (
    <Select
      label={label}
      value={value || NONE}
      onValueChange={(v) => onChange(v === NONE ? "" : v)}
      options={[{ value: NONE, label: emptyLabel }, ...campaigns.map((c) => ({ value: c.campaign_id, label: c.name }))]}
    />
  );
}

/** Radix reserves the empty value: "no campaign" has a name of its own. */
const NONE = "none";
