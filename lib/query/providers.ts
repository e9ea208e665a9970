"use client";

import { useQuery } from "@tanstack/react-query";
import type { ProviderDescription } from "@/lib/providers/registry";
import { fetchJson } from "./fetch-json";
import { queryKeys } from "./keys";

export type { ProviderDescription };

/** The provider catalogue changes only on deploy, so it is cached for the whole session. */
export function useProviders() {
  return useQuery({
    queryKey: queryKeys.providers.all,
    queryFn: async () => (await fetchJson<{ providers: ProviderDescription[] }>("/api/providers")).providers,
    staleTime: Infinity,
  });
}
