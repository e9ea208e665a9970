"use client";

import { useMutation, useQueries, useQueryClient } from "@tanstack/react-query";
import type {
  GenerationStateResponse,
  GenerationStatusValue,
  StartedGenerationResponse,
} from "@/lib/schemas/generations-response";
import { fetchJson } from "./fetch-json";
import { queryKeys } from "./keys";

export type { GenerationStatusValue };

export type GenerationOptionsInput = {
  n?: number;
  size?: string;
  quality?: "standard" | "hd";
  style?: "vivid" | "natural";
  aspectRatio?: string;
  resolution?: "1k" | "2k";
  seed?: number;
};

export type StartGenerationInput = {
  prompt: string;
  profileId: string;
  tags?: Array<{ tagType: string; tagId: string }>;
  options?: GenerationOptionsInput;
};

export type GenerationState = GenerationStateResponse;

export const isTerminal = (status: GenerationStatusValue) =>
  status === "COMPLETED" || status === "FAILED" || status === "CANCELLED";

const POLL_INTERVAL_MS = 1000;

/** Starts a batch without waiting (`wait: false`), so the dialog can show each image's progress. */
export function useStartGeneration() {
  return useMutation({
    mutationFn: (input: StartGenerationInput) =>
      fetchJson<StartedGenerationResponse>("/api/images/generate", { method: "POST", body: { ...input, wait: false } }),
  });
}

/** Polls each generation until it settles; settled ones stop polling on their own. */
export function useGenerationStatuses(ids: string[]) {
  return useQueries({
    queries: ids.map((id) => ({
      queryKey: queryKeys.generations.detail(id),
      queryFn: ({ signal }: { signal: AbortSignal }) =>
        fetchJson<GenerationStateResponse>(`/api/generations/${id}`, { signal }),
      refetchInterval: (query: { state: { data?: GenerationState } }) =>
        query.state.data && isTerminal(query.state.data.status) ? false : POLL_INTERVAL_MS,
      staleTime: 0,
    })),
  });
}

/** Cancels whatever is still running; one that finished meanwhile (409) is simply left as it is. */
export function useCancelGenerations() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (ids: string[]) => {
      await Promise.allSettled(ids.map((id) => fetchJson(`/api/generations/${id}/cancel`, { method: "POST" })));
    },
    onSettled: (_data, _error, ids) =>
      Promise.all(ids.map((id) => queryClient.invalidateQueries({ queryKey: queryKeys.generations.detail(id) }))),
  });
}

/** New images exist once a batch completes: any gallery list is stale. */
export function useInvalidateImages() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: queryKeys.images.all });
}
