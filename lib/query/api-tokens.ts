"use client";

import { queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { ApiTokenListResponse, ApiTokenView, CreatedApiTokenResponse } from "@/lib/schemas/api-tokens-response";
import { fetchJson } from "./fetch-json";
import { queryKeys } from "./keys";

export const apiTokenQueries = {
  list: () =>
    queryOptions({
      queryKey: queryKeys.apiTokens.all,
      queryFn: async ({ signal }): Promise<ApiTokenView[]> =>
        (await fetchJson<ApiTokenListResponse>("/api/api-tokens", { signal })).tokens,
    }),
};

export const useApiTokens = () => useQuery(apiTokenQueries.list());

function useApiTokenMutation<Variables, Result>(mutationFn: (variables: Variables) => Promise<Result>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.apiTokens.all }),
  });
}

/** POST /api/api-tokens: the answer carries the secret, shown once. */
export const useCreateApiToken = () =>
  useApiTokenMutation((name: string) =>
    fetchJson<CreatedApiTokenResponse>("/api/api-tokens", { method: "POST", body: { name } }),
  );
export const useRenameApiToken = () =>
  useApiTokenMutation(({ id, name }: { id: string; name: string }) =>
    fetchJson<ApiTokenView>(`/api/api-tokens/${id}`, { method: "PATCH", body: { name } }),
  );
export const useRevokeApiToken = () =>
  useApiTokenMutation((id: string) => fetchJson<ApiTokenView>(`/api/api-tokens/${id}`, { method: "DELETE" }));
