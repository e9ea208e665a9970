"use client";

import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { GeneratedMapResponse, MapListResponse, MapView } from "@/lib/schemas/maps-response";
import { fetchJson } from "./fetch-json";
import { queryKeys } from "./keys";

export type { GeneratedMapResponse, MapView, StageTimings } from "@/lib/schemas/maps-response";

export const mapQueries = {
  list: (campaignId: string | null) =>
    queryOptions({
      queryKey: queryKeys.maps.list(campaignId),
      queryFn: async ({ signal }): Promise<MapView[]> =>
        (await fetchJson<MapListResponse>(campaignId ? `/api/maps?campaignId=${campaignId}` : "/api/maps", { signal }))
          .maps,
    }),
  /** One version with the list of all versions of the same map (the POST answer has no versions). */
  detail: (id: string) =>
    queryOptions({
      queryKey: queryKeys.maps.detail(id),
      queryFn: ({ signal }) => fetchJson<MapView>(`/api/maps/${id}`, { signal }),
    }),
};

/** The latest version of each saved map, of one campaign or all. */
export const useMaps = (campaignId: string | null) => useQuery(mapQueries.list(campaignId));

/**
 * The open map. While another version or map loads, the one on screen stays (previous data), so
 * switching versions does not blank the viewport.
 */
export const useMap = (id: string | null) =>
  useQuery({ ...mapQueries.detail(id ?? "none"), enabled: id !== null, placeholderData: keepPreviousData });

/**
 * POST /api/generate/map. The new version is shown at once from the answer (cached as its detail),
 * then every map query is refreshed: the saved-maps lists, and the detail with its version list,
 * which the POST answer does not carry.
 */
export function useGenerateMap(onSaved: (map: GeneratedMapResponse) => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Record<string, unknown>) =>
      fetchJson<GeneratedMapResponse>("/api/generate/map", { method: "POST", body }),
    onSuccess: (map) => {
      queryClient.setQueryData(queryKeys.maps.detail(map.id), map);
      onSaved(map);
      return queryClient.invalidateQueries({ queryKey: queryKeys.maps.all });
    },
  });
}
