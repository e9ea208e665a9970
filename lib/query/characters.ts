"use client";

import { queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type {
  CharacterDetailResponse,
  CharacterListResponse,
  CharacterProfileView,
  GeneratePortraitResponse,
  PortraitStateResponse,
  PregeneratedListResponse,
} from "@/lib/schemas/characters-response";
import { fetchJson } from "./fetch-json";
import { queryKeys } from "./keys";

export type { PortraitHistoryItem } from "@/lib/schemas/characters-response";

/**
 * Each key is defined together with the one function that fills it, so every page that reads
 * `characters.list()` stores the same shape (the list itself, not the `{ characters }` envelope).
 */
export const characterQueries = {
  list: () =>
    queryOptions({
      queryKey: queryKeys.characters.list(),
      queryFn: async ({ signal }): Promise<CharacterProfileView[]> =>
        (await fetchJson<CharacterListResponse>("/api/characters", { signal })).characters,
    }),
  detail: (id: string) =>
    queryOptions({
      queryKey: queryKeys.characters.detail(id),
      queryFn: ({ signal }) => fetchJson<CharacterDetailResponse>(`/api/characters/${id}`, { signal }),
    }),
  pregenerated: () =>
    queryOptions({
      queryKey: queryKeys.characters.pregenerated(),
      queryFn: async ({ signal }) =>
        (await fetchJson<PregeneratedListResponse>("/api/characters/pregenerated", { signal })).characters,
    }),
};

export const useCharacters = () => useQuery(characterQueries.list());
export const useCharacter = (id: string) => useQuery(characterQueries.detail(id));
export const usePregenerated = () => useQuery(characterQueries.pregenerated());
/** Polls while a generation of the portrait is still running. */
export const usePortrait = (id: string | undefined) =>
  useQuery({
    queryKey: queryKeys.characters.portrait(id ?? "none"),
    queryFn: ({ signal }) => fetchJson<PortraitStateResponse>(`/api/characters/${id}/portrait`, { signal }),
    enabled: Boolean(id),
    refetchInterval: (query) => (query.state.data?.in_progress ? 1000 : false),
  });

/** Character and campaign changes show in both (rosters embed characters), so both refresh. */
export function useCharacterMutation<V, R>(mutationFn: (variables: V) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.characters.all }),
        queryClient.invalidateQueries({ queryKey: queryKeys.campaigns.all }),
      ]),
  });
}

export const useSaveCharacter = () =>
  useCharacterMutation(({ id, body }: { id?: string; body: Record<string, unknown> }) =>
    id
      ? fetchJson<CharacterDetailResponse>(`/api/characters/${id}`, { method: "PATCH", body })
      : fetchJson<CharacterProfileView>("/api/characters", { method: "POST", body }),
  );
export const useGeneratePortrait = () =>
  useCharacterMutation(({ id, body }: { id: string; body: Record<string, unknown> }) =>
    fetchJson<GeneratePortraitResponse>(`/api/characters/${id}/portrait/generate`, { method: "POST", body }),
  );
export const useSelectPortrait = () =>
  useCharacterMutation(({ id, generationId }: { id: string; generationId: string }) =>
    fetchJson<PortraitStateResponse>(`/api/characters/${id}/portrait/select`, {
      method: "POST",
      body: { generation_id: generationId },
    }),
  );
/** A custom portrait, sent as multipart `file`. */
export const useUploadPortrait = () =>
  useCharacterMutation(({ id, file }: { id: string; file: File }) => {
    const form = new FormData();
    form.set("file", file);
    return fetchJson<PortraitStateResponse>(`/api/characters/${id}/portrait/upload`, { method: "POST", body: form });
  });

/**
 * Deletions: every list the item appeared in is invalidated by prefix (characters, campaigns and
 * rosters, tokens, images: a campaign's map and token pictures go with it). Nothing is refetched
 * now (`refetchType: "none"`): the page still showing the deleted item would turn into a 404
 * before the caller navigates away; the lists refetch when they mount, being invalid.
 */
export function useDeleteMutation(url: (id: string) => string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => fetchJson<null>(url(id), { method: "DELETE" }),
    onSuccess: () =>
      Promise.all(
        [
          queryKeys.characters.all,
          queryKeys.campaigns.all,
          queryKeys.tokens.all,
          queryKeys.maps.all,
          queryKeys.images.all,
        ].map((queryKey) => queryClient.invalidateQueries({ queryKey, refetchType: "none" })),
      ),
  });
}
export const useDeleteCharacter = () => useDeleteMutation((id) => `/api/characters/${id}`);
