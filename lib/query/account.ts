"use client";

import { queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type {
  LinkedProvidersResponse,
  LinkedProviderView,
  SessionListResponse,
  SessionView,
} from "@/lib/schemas/account-response";
import { fetchJson } from "./fetch-json";
import { queryKeys } from "./keys";

export const accountQueries = {
  sessions: () =>
    queryOptions({
      queryKey: queryKeys.account.sessions,
      queryFn: async ({ signal }): Promise<SessionView[]> =>
        (await fetchJson<SessionListResponse>("/api/account/sessions", { signal })).sessions,
    }),
  links: () =>
    queryOptions({
      queryKey: queryKeys.account.links,
      queryFn: async ({ signal }): Promise<LinkedProviderView[]> =>
        (await fetchJson<LinkedProvidersResponse>("/api/account/links", { signal })).providers,
    }),
};

export const useSessions = () => useQuery(accountQueries.sessions());
export const useLinkedProviders = () => useQuery(accountQueries.links());

/** DELETE /api/account/sessions/{id}: that browser's next request is signed out. */
export function useEndSession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => fetchJson<null>(`/api/account/sessions/${id}`, { method: "DELETE" }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.account.sessions }),
  });
}

/** DELETE /api/account/sessions: every session, this one included (the caller then leaves). */
export const useSignOutEverywhere = () =>
  useMutation({ mutationFn: () => fetchJson<null>("/api/account/sessions", { method: "DELETE" }) });

/** POST /api/account/links: records the request; the OAuth round trip follows. */
export const useRequestLink = () =>
  useMutation({
    mutationFn: (provider: LinkedProviderView["id"]) =>
      fetchJson<null>("/api/account/links", { method: "POST", body: { provider } }),
  });
