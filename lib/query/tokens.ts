"use client";

import { queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { TokenBatchResponse, TokenListResponse, TokenView } from "@/lib/schemas/tokens-response";
import { fetchJson } from "./fetch-json";
import { queryKeys } from "./keys";

export type { TokenView } from "@/lib/schemas/tokens-response";

/** The zip of a campaign's tokens (or all the user's), as a plain download link. */
export const packUrl = (campaignId: string | null) =>
  campaignId ? `/api/tokens/pack?campaignId=${campaignId}` : "/api/tokens/pack";

export const tokenQueries = {
  list: (campaignId: string | null) =>
    queryOptions({
      queryKey: queryKeys.tokens.list(campaignId),
      queryFn: async ({ signal }): Promise<TokenView[]> =>
        (
          await fetchJson<TokenListResponse>(campaignId ? `/api/tokens?campaignId=${campaignId}` : "/api/tokens", {
            signal,
          })
        ).tokens,
    }),
};

/** The tokens of one campaign, or every token the user may see. */
export const useTokens = (campaignId: string | null) => useQuery(tokenQueries.list(campaignId));

/** Every token change refreshes every token list (a token shows in "all" and in its campaign's). */
function useTokenMutation<V, R>(mutationFn: (variables: V) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.tokens.all }),
  });
}

/** POST /api/generate/token: one token (the body is the token request schema's input). */
export const useMakeToken = () =>
  useTokenMutation((body: Record<string, unknown>) =>
    fetchJson<TokenView>("/api/generate/token", { method: "POST", body }),
  );
/** POST /api/generate/token/batch: NPCs or the party; each item reports its own outcome. */
export const useTokenBatch = () =>
  useTokenMutation((body: Record<string, unknown>) =>
    fetchJson<TokenBatchResponse>("/api/generate/token/batch", { method: "POST", body }),
  );
export const useDeleteToken = () =>
  useTokenMutation((id: string) => fetchJson<null>(`/api/tokens/${id}`, { method: "DELETE" }));
