"use client";

import { queryOptions, useQuery } from "@tanstack/react-query";
import type { EnrichedCharacter } from "@/lib/schemas/characters-response";
import type {
  CampaignDetailResponse,
  CampaignListResponse,
  CampaignSummary,
  GenerateMissingResponse,
} from "@/lib/schemas/campaigns-response";
import { useCharacterMutation, useDeleteMutation } from "./characters";
import { fetchJson } from "./fetch-json";
import { queryKeys } from "./keys";

export type { CampaignSummary };
export type CampaignDetail = CampaignDetailResponse;

/** `campaigns.list()` always holds the list itself (every page: campaigns, tokens, maps). */
export const campaignQueries = {
  list: () =>
    queryOptions({
      queryKey: queryKeys.campaigns.list(),
      queryFn: async ({ signal }): Promise<CampaignSummary[]> =>
        (await fetchJson<CampaignListResponse>("/api/campaigns", { signal })).campaigns,
    }),
  detail: (id: string) =>
    queryOptions({
      queryKey: queryKeys.campaigns.detail(id),
      queryFn: ({ signal }) => fetchJson<CampaignDetailResponse>(`/api/campaigns/${id}`, { signal }),
    }),
};

export const useCampaigns = () => useQuery(campaignQueries.list());
/** The roster refreshes itself while any portrait is missing, so "generate missing" shows progress. */
export const useCampaign = (id: string, poll = false) =>
  useQuery({ ...campaignQueries.detail(id), refetchInterval: poll ? 1500 : false });

export const useCreateCampaign = () =>
  useCharacterMutation((body: { name: string; description?: string }) =>
    fetchJson<CampaignSummary>("/api/campaigns", { method: "POST", body }),
  );
export const useJoinCampaign = () =>
  useCharacterMutation((body: { invite_code: string; character_id: string }) =>
    fetchJson<CampaignDetailResponse>("/api/campaigns/join", { method: "POST", body }),
  );
export const useLeaveCampaign = () =>
  useCharacterMutation((id: string) => fetchJson<null>(`/api/campaigns/${id}/leave`, { method: "POST" }));
export const useDeleteCampaign = () => useDeleteMutation((id) => `/api/campaigns/${id}`);
export const useUpdateState = () =>
  useCharacterMutation(
    ({ campaignId, characterId, body }: { campaignId: string; characterId: string; body: Record<string, unknown> }) =>
      fetchJson<EnrichedCharacter>(`/api/campaigns/${campaignId}/characters/${characterId}`, { method: "PATCH", body }),
  );
export const useRemoveFromCampaign = () =>
  useCharacterMutation(({ campaignId, characterId }: { campaignId: string; characterId: string }) =>
    fetchJson<null>(`/api/campaigns/${campaignId}/characters/${characterId}`, { method: "DELETE" }),
  );
export const useGenerateMissing = () =>
  useCharacterMutation((campaignId: string) =>
    fetchJson<GenerateMissingResponse>(`/api/campaigns/${campaignId}/portraits/generate-missing`, { method: "POST" }),
  );
