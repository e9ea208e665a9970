"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { SetVisibilityInput, SetVisibilityResponse } from "@/lib/schemas/visibility";
import { useCampaigns } from "./campaigns";
import { fetchJson } from "./fetch-json";
import { queryKeys } from "./keys";

/**
 * PUT /api/visibility: the DM reveals campaign items to the party or hides them. Every list that
 * shows such items (maps, tokens, the gallery) is refreshed afterwards.
 */
export function useSetVisibility() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SetVisibilityInput) =>
      fetchJson<SetVisibilityResponse>("/api/visibility", { method: "PUT", body }),
    onSettled: () =>
      Promise.all(
        [queryKeys.maps.all, queryKeys.tokens.all, queryKeys.images.all, queryKeys.npcs.all].map((queryKey) =>
          queryClient.invalidateQueries({ queryKey }),
        ),
      ),
  });
}

/** Whether the signed-in user runs this campaign (only the DM reveals and hides). */
export function useIsCampaignDm(campaignId: string | null): boolean {
  const campaigns = useCampaigns();
  return Boolean(
    campaignId && campaigns.data?.some((campaign) => campaign.campaign_id === campaignId && campaign.is_dm),
  );
}
