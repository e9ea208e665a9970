"use client";

import { queryOptions, useQuery } from "@tanstack/react-query";
import type { ProviderDescription, ProviderListResponse } from "@/lib/schemas/profiles-response";
import { fetchJson } from "./fetch-json";
import { queryKeys } from "./keys";

export type { ProviderDescription };

/** The provider catalogue changes only on deploy, so it is cached for the whole session. */
export const providerQueries = {
  list: () =>
    queryOptions({
      queryKey: queryKeys.providers.all,
      queryFn: async ({ signal }): Promise<ProviderDescription[]> =>
        (await fetchJson<ProviderListResponse>("/api/providers", { signal })).providers,
      staleTime: Infinity,
    }),
};

export function useProviders() {
  return useQuery(providerQueries.list());
}
