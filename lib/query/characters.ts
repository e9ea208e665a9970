"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { CampaignStateView, CharacterProfileView, EnrichedCharacter } from "@/lib/characters/view";
import { readApiError } from "@/components/auth/api-error";
import { ApiRequestError, fetchJson } from "./fetch-json";
import type { GenerationStatusValue } from "./generations";
import { queryKeys } from "./keys";

export type CharacterDetail = CharacterProfileView & { is_owner: boolean; campaigns: Array<CampaignStateView & { campaign_name: string; is_dm: boolean }> };
export type PortraitHistoryItem = { generation_id: string; status: GenerationStatusValue; image_url: string | null; prompt_used: string; enhanced_prompt: string | null; is_current: boolean; error: { code: string; message: string } | null };
export type PortraitState = { has_portrait: boolean; portrait_url: string | null; prompt_used: string | null; in_progress: boolean; history: PortraitHistoryItem[] };
export type StartedPortrait = { generated: boolean; generations: Array<{ id: string; status: GenerationStatusValue }>; prompt_used: string; raw_prompt?: string };
export type CampaignSummary = { campaign_id: string; name: string; description: string; is_dm: boolean; invite_code: string | null; character_count: number };
export type CampaignDetail = CampaignSummary & { roster: Array<EnrichedCharacter & { player_name: string }> };

export const useCharacters = () =>
  useQuery({ queryKey: queryKeys.characters.list(), queryFn: async () => (await fetchJson<{ characters: CharacterProfileView[] }>("/api/characters")).characters });
export const useCharacter = (id: string) => useQuery({ queryKey: queryKeys.characters.detail(id), queryFn: () => fetchJson<CharacterDetail>(`/api/characters/${id}`) });
export const usePregenerated = () =>
  useQuery({ queryKey: queryKeys.characters.pregenerated(), queryFn: async () => (await fetchJson<{ characters: Array<Record<string, unknown> & { slug: string; name: string }> }>("/api/characters/pregenerated")).characters });
/** Polls while a generation of the portrait is still running. */
export const usePortrait = (id: string | undefined) =>
  useQuery({
    queryKey: queryKeys.characters.portrait(id ?? "none"),
    queryFn: () => fetchJson<PortraitState>(`/api/characters/${id}/portrait`),
    enabled: Boolean(id),
    refetchInterval: (query) => (query.state.data?.in_progress ? 1000 : false),
  });

function useCharacterMutation<V, R>(mutationFn: (variables: V) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSettled: () => Promise.all([queryClient.invalidateQueries({ queryKey: queryKeys.characters.all }), queryClient.invalidateQueries({ queryKey: queryKeys.campaigns.all })]),
  });
}

export const useSaveCharacter = () =>
  useCharacterMutation(({ id, body }: { id?: string; body: Record<string, unknown> }) =>
    id ? fetchJson<CharacterDetail>(`/api/characters/${id}`, { method: "PATCH", body }) : fetchJson<CharacterProfileView>("/api/characters", { method: "POST", body }),
  );
export const useGeneratePortrait = () =>
  useCharacterMutation(({ id, body }: { id: string; body: Record<string, unknown> }) => fetchJson<StartedPortrait>(`/api/characters/${id}/portrait/generate`, { method: "POST", body }));
export const useSelectPortrait = () =>
  useCharacterMutation(({ id, generationId }: { id: string; generationId: string }) => fetchJson<PortraitState>(`/api/characters/${id}/portrait/select`, { method: "POST", body: { generation_id: generationId } }));

export const useCampaigns = () =>
  useQuery({ queryKey: queryKeys.campaigns.list(), queryFn: async () => (await fetchJson<{ campaigns: CampaignSummary[] }>("/api/campaigns")).campaigns });
/** The roster refreshes itself while any portrait is missing, so "generate missing" shows progress. */
export const useCampaign = (id: string, poll = false) =>
  useQuery({ queryKey: queryKeys.campaigns.detail(id), queryFn: () => fetchJson<CampaignDetail>(`/api/campaigns/${id}`), refetchInterval: poll ? 1500 : false });
export const useCreateCampaign = () => useCharacterMutation((body: { name: string; description?: string }) => fetchJson<CampaignSummary>("/api/campaigns", { method: "POST", body }));
export const useJoinCampaign = () => useCharacterMutation((body: { invite_code: string; character_id: string }) => fetchJson<CampaignDetail>("/api/campaigns/join", { method: "POST", body }));
export const useLeaveCampaign = () => useCharacterMutation((id: string) => fetchJson<null>(`/api/campaigns/${id}/leave`, { method: "POST" }));
/**
 * Deletions: every list the item appeared in is invalidated by prefix (characters, campaigns and
 * rosters, tokens, images: a campaign's map and token pictures go with it). Nothing is refetched
 * now (`refetchType: "none"`): the page still showing the deleted item would turn into a 404
 * before the caller navigates away; the lists refetch when they mount, being invalid.
 */
function useDeleteMutation(url: (id: string) => string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => fetchJson<null>(url(id), { method: "DELETE" }),
    onSuccess: () =>
      Promise.all(
        [queryKeys.characters.all, queryKeys.campaigns.all, queryKeys.tokens.all, queryKeys.images.all].map((queryKey) =>
          queryClient.invalidateQueries({ queryKey, refetchType: "none" }),
        ),
      ),
  });
}
export const useDeleteCharacter = () => useDeleteMutation((id) => `/api/characters/${id}`);
export const useDeleteCampaign = () => useDeleteMutation((id) => `/api/campaigns/${id}`);
export const useUpdateState = () =>
  useCharacterMutation(({ campaignId, characterId, body }: { campaignId: string; characterId: string; body: Record<string, unknown> }) =>
    fetchJson(`/api/campaigns/${campaignId}/characters/${characterId}`, { method: "PATCH", body }),
  );
export const useRemoveFromCampaign = () =>
  useCharacterMutation(({ campaignId, characterId }: { campaignId: string; characterId: string }) => fetchJson(`/api/campaigns/${campaignId}/characters/${characterId}`, { method: "DELETE" }));
export const useGenerateMissing = () =>
  useCharacterMutation((campaignId: string) => fetchJson<{ started: Array<{ character_id: string }> }>(`/api/campaigns/${campaignId}/portraits/generate-missing`, { method: "POST" }));

/** Multipart upload of a custom portrait (fetchJson only sends JSON). */
export const useUploadPortrait = () =>
  useCharacterMutation(async ({ id, file }: { id: string; file: File }) => {
    const form = new FormData();
    form.set("file", file);
    const response = await fetch(`/api/characters/${id}/portrait/upload`, { method: "POST", body: form });
    if (!response.ok) throw new ApiRequestError(response.status, await readApiError(response));
    return (await response.json()) as PortraitState;
  });
