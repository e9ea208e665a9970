"use client";

import { useInfiniteQuery, useMutation, useQuery, useQueryClient, type InfiniteData } from "@tanstack/react-query";
import type {
  AssetDetailResponse,
  DailyTrend,
  ProjectStatsResponse,
  ProjectTagsResponse,
} from "@/lib/schemas/assets-response";
import type {
  GalleryBulkResponse,
  GalleryImage,
  GalleryPageResponse,
  GalleryUploadResponse,
} from "@/lib/schemas/gallery-response";
import { fetchJson } from "./fetch-json";
import { applyBulkAction, type BulkAction } from "./gallery-optimistic";
import { queryKeys } from "./keys";

export type { BulkAction, DailyTrend, GalleryImage };

export type GalleryFilters = {
  kind?: string;
  source?: string;
  tags?: string;
  favorites?: string;
  campaign?: string;
  from?: string;
  to?: string;
  model?: string;
  q?: string;
  sort?: string;
};
export type GalleryPage = GalleryPageResponse;

export function galleryUrl(filters: GalleryFilters, cursor?: string | null): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value) params.set(key, value);
  if (cursor) params.set("cursor", cursor);
  return `/api/gallery/images?${params}`;
}

/** The grid's pages, fetched one cursor at a time as the user scrolls. */
export function useGalleryImages(filters: GalleryFilters) {
  return useInfiniteQuery({
    queryKey: queryKeys.images.gallery(filters),
    queryFn: ({ pageParam, signal }) => fetchJson<GalleryPage>(galleryUrl(filters, pageParam), { signal }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.next_cursor,
  });
}

export function useBulkImages() {
  const queryClient = useQueryClient();
  const grids = { queryKey: queryKeys.images.galleries() };
  return useMutation({
    mutationFn: (input: { action: BulkAction; image_ids: string[]; tags?: string[] }) =>
      fetchJson<GalleryBulkResponse>("/api/gallery/images/bulk", { method: "POST", body: input }),
    onMutate: async ({ action, image_ids, tags }) => {
      // A refetch already running would land with the old rows after the change shows.
      await queryClient.cancelQueries(grids);
      const before = queryClient.getQueriesData<InfiniteData<GalleryPage>>(grids);
      queryClient.setQueriesData<InfiniteData<GalleryPage>>(grids, (data) =>
        applyBulkAction(data, action, image_ids, tags),
      );
      return { before };
    },
    onError: (_error, _input, context) => context?.before.forEach(([key, data]) => queryClient.setQueryData(key, data)),
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.images.all }),
  });
}

/** Drag-and-drop upload, sent as multipart `file`. */
export function useUploadImage() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => {
      const form = new FormData();
      form.set("file", file, file.name);
      return fetchJson<GalleryUploadResponse>("/api/gallery/images", { method: "POST", body: form });
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.images.all }),
  });
}

export function useAssetDetail(assetId: string | null | undefined) {
  return useQuery({
    queryKey: queryKeys.images.asset(assetId ?? "none"),
    queryFn: ({ signal }) => fetchJson<AssetDetailResponse>(`/api/v1/assets/${assetId}`, { signal }),
    enabled: Boolean(assetId),
  });
}

export function useProjectTags(projectId = "personal") {
  return useQuery({
    queryKey: queryKeys.images.tags(projectId),
    queryFn: ({ signal }) => fetchJson<ProjectTagsResponse>(`/api/v1/projects/${projectId}/tags`, { signal }),
  });
}

export function useProjectStats(projectId = "personal") {
  return useQuery({
    queryKey: queryKeys.images.stats(projectId),
    queryFn: ({ signal }) => fetchJson<ProjectStatsResponse>(`/api/v1/projects/${projectId}/stats`, { signal }),
  });
}
