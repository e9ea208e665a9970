"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { InviteCodeResponse } from "@/lib/schemas/campaigns-response";
import { fetchJson } from "./fetch-json";
import { queryKeys } from "./keys";

/** POST /api/campaigns/{id}/invite: the DM replaces the invite code (the old one stops working). */
export function useRotateInvite(campaignId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => fetchJson<InviteCodeResponse>(`/api/campaigns/${campaignId}/invite`, { method: "POST" }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.campaigns.detail(campaignId) }),
  });
}
