"use client";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { useIsCampaignDm, useSetVisibility } from "@/lib/query/visibility";
import type { VisibilityName } from "@/lib/schemas/visibility";

type Item = {
  type: "map" | "token" | "image" | "asset";
  id: string;
  name: string;
  campaignId: string | null;
  visibility: VisibilityName;
};

/** Says who in the campaign sees an item. Outside a campaign there is no one to hide it from. */
export function VisibilityBadge({ campaignId, visibility }: Pick<Item, "campaignId" | "visibility">) {
  if (!campaignId) return null;
  return visibility === "party" ? (
    <Badge variant="success">Revealed to players</Badge>
  ) : (
    <Badge variant="warning">Hidden from players</Badge>
  );
}

/**
 * The badge, and for the campaign's DM a Reveal / Hide button. Players see the badge only on what
 * is revealed (they never receive hidden items at all).
 */
export function VisibilityControl({ item, size = "sm" }: { item: Item; size?: "sm" | "md" }) {
  const isDm = useIsCampaignDm(item.campaignId);
  const change = useSetVisibility();
  if (!item.campaignId) return null;
  const next = item.visibility === "party" ? "dm_only" : "party";
  const refused = change.data?.failed[0]?.error;
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <VisibilityBadge campaignId={item.campaignId} visibility={item.visibility} />
      {isDm && (
        <Button
          size={size}
          variant="secondary"
          disabled={change.isPending}
          aria-label={`${next === "party" ? "Reveal" : "Hide"} ${item.name} ${next === "party" ? "to" : "from"} players`}
          onClick={() => change.mutate({ visibility: next, items: [{ type: item.type, id: item.id }] })}
        >
          {next === "party" ? "Reveal to players" : "Hide from players"}
        </Button>
      )}
      {(change.error || refused) && (
        <span role="alert" className="text-xs text-danger">
          {change.error?.message ?? refused}
        </span>
      )}
    </span>
  );
}
