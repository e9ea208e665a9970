"use client";

import { useInfiniteQuery, useMutation, useQuery, useQueryClient, type InfiniteData } from "@tanstack/react-query";
import { ApiRequestError, fetchJson } from "./fetch-json";
import { applyBulkAction } from "./gallery-optimistic";
import { queryKeys } from "./keys";

/** One tile of GET /api/gallery/images (lib/gallery/image-view.ts). */
export type GalleryImage = {
  id: string;
  url: string;
  thumbnail_url: string;
  width: number;
  height: number;
  bytes: number;
  format: string;
  source: string;
  is_favorite: boolean;
  tags: string[];
  created_at: string;
  model: string | null;
  prompt: string | null;
  generation_id: string | null;
  campaign_id: string | null;
  asset: { id: string; name: string; kind: string; tags: string[] } | null;
};

export type GalleryFilters = { kind?: string; source?: string; tags?: string; favorites?: string; campaign?: string; from?: string; to?: string; model?: string; q?: string; sort?: string };
export type BulkAction = "tag" | "untag" | "favorite" | "unfavorite" | "delete";
export type GalleryPage = { images: GalleryImage[]; next_cursor: string | null };

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
  const grids = { queryKey: [...queryKeys.images.all, "gallery"] };
  return useMutation({
    mutationFn: (input: { action: BulkAction; image_ids: string[]; tags?: string[] }) =>
      fetchJson<{ updated: string[]; failed: { image_id: string; error: string }[] }>("/api/gallery/images/bulk", { method: "POST", body: input }),
    onMutate: async ({ action, image_ids, tags }) => {
      // A refetch already running would land with the old rows after the change shows.
      await queryClient.cancelQueries(grids);
      const before = queryClient.getQueriesData<InfiniteData<GalleryPage>>(grids);
      queryClient.setQueriesData<InfiniteData<GalleryPage>>(grids, (data) => applyBulkAction(data, action, image_ids, tags));
      return { before };
    },
    onError: (_error, _input, context) => context?.before.forEach(([key, data]) => queryClient.setQueryData(key, data)),
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.images.all }),
  });
}

/** Multipart upload (fetchJson speaks JSON only). */
export function useUploadImage() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (file: File) => {
      const form = new FormData();
      form.set("file", file, file.name);
      const response = await fetch("/api/gallery/images", { method: "POST", body: form });
      const body = await response.json().catch(() => null);
      if (!response.ok) throw new ApiRequestError(response.status, { code: body?.error?.code ?? "ERROR", message: body?.error?.message ?? "Upload failed", issues: [] });
      return body as { id: string; asset_id: string };
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.images.all }),
  });
}

export type AssetGeneration = {
  id: string;
  status: string;
  image_id: string | null;
  image_url: string | null;
  is_favorite: boolean;
  created_at: string;
  dimensions: { width: number; height: number };
  parameters: Record<string, unknown> & { prompt?: string; enhanced_prompt?: string | null; provider?: string; model?: string | null };
};
export type AssetDetail = { id: string; name: string; kind: string; tags: string[]; generations: AssetGeneration[] };

export function useAssetDetail(assetId: string | null | undefined) {
  return useQuery({
    queryKey: queryKeys.images.asset(assetId ?? "none"),
    queryFn: ({ signal }) => fetchJson<AssetDetail>(`/api/v1/assets/${assetId}`, { signal }),
    enabled: Boolean(assetId),
  });
}

export function useProjectTags(projectId = "personal") {
  return useQuery({
    queryKey: queryKeys.images.tags(projectId),
    queryFn: ({ signal }) => fetchJson<{ tags: { name: string; count: number }[] }>(`/api/v1/projects/${projectId}/tags`, { signal }),
  });
}

export type DailyTrend = { date: string; total: number; completed: number; failed: number; pending: number; generating: number; cancelled: number };
export type ProjectStats = {
  total_assets: number;
  total_generations: number;
  generations_by_status: Record<string, number>;
  storage_used: number;
  most_used_tags: string[];
  tag_counts: { name: string; count: number }[];
  generation_trends: { daily: DailyTrend[]; models_used: Record<string, number> };
};

export function useProjectStats(projectId = "personal") {
  return useQuery({
    queryKey: queryKeys.images.stats(projectId),
    queryFn: ({ signal }) => fetchJson<ProjectStats>(`/api/v1/projects/${projectId}/stats`, { signal }),
  });
}
