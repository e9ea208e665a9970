"use client";

import { queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { NpcListResponse, NpcView } from "@/lib/schemas/npcs-response";
import type { RandomNpcDocumentResponse } from "@/lib/schemas/document-envelopes";
import type { DocumentToken } from "@/lib/schemas/document-envelopes";

type GenerateTokenDocument = { success: true; token: DocumentToken };
import { fetchJson } from "./fetch-json";
import { queryKeys } from "./keys";

export const npcQueries = {
  list: (campaignId: string) =>
    queryOptions({
      queryKey: queryKeys.npcs.list(campaignId),
      queryFn: async ({ signal }): Promise<NpcView[]> =>
        (await fetchJson<NpcListResponse>(`/api/campaigns/${campaignId}/npcs`, { signal })).npcs,
    }),
};

export const useNpcs = (campaignId: string) => useQuery(npcQueries.list(campaignId));

/** A roll of the random NPC generator (not cached: every roll is new). */
export const useRollNpc = () =>
  useMutation({ mutationFn: () => fetchJson<RandomNpcDocumentResponse>("/api/generate/random/npc") });

/** NPC changes refresh the NPC lists; a token made from an NPC refreshes the token lists too. */
function useNpcMutation<Variables, Result>(mutationFn: (variables: Variables) => Promise<Result>, alsoTokens = false) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSettled: async () => {
      await queryClient.invalidateQueries({ queryKey: queryKeys.npcs.all });
      if (alsoTokens) await queryClient.invalidateQueries({ queryKey: queryKeys.tokens.all });
    },
  });
}

/** POST /api/campaigns/{id}/npcs with the generator's answer as it is (or a hand-made NPC). */
export const useSaveNpc = (campaignId: string) =>
  useNpcMutation((npc: Record<string, unknown>) =>
    fetchJson<NpcView>(`/api/campaigns/${campaignId}/npcs`, { method: "POST", body: npc }),
  );

/** POST /api/generate/token with the requirement's body: the NPC's token, drawn from its record. */
export const useMakeNpcToken = (campaignId: string) =>
  useNpcMutation(
    (npcId: string) =>
      fetchJson<GenerateTokenDocument>("/api/generate/token", {
        method: "POST",
        body: { campaign_id: campaignId, npc_id: npcId, format: "png" },
      }),
    true,
  );
