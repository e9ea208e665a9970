"use client";

import { queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { ProfileCreateInput, ProfileUpdateInput } from "@/lib/schemas/profiles";
import type {
  ConnectionTestResult,
  ProfileListResponse,
  ProfileModelsResult,
  ProfileResponse,
  ProfileView,
} from "@/lib/schemas/profiles-response";
import { fetchJson } from "./fetch-json";
import { queryKeys } from "./keys";

export const profileQueries = {
  list: () =>
    queryOptions({
      queryKey: queryKeys.profiles.list(),
      queryFn: async ({ signal }): Promise<ProfileView[]> =>
        (await fetchJson<ProfileListResponse>("/api/profiles", { signal })).profiles,
    }),
};

export function useProfiles() {
  return useQuery(profileQueries.list());
}

/** Every profile mutation refreshes all profile queries by prefix (the default star moves between rows). */
function useProfileMutation<Variables, Result>(mutationFn: (variables: Variables) => Promise<Result>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.profiles.all }),
  });
}

export function useCreateProfile() {
  return useProfileMutation(
    async (input: ProfileCreateInput) =>
      (await fetchJson<ProfileResponse>("/api/profiles", { method: "POST", body: input })).profile,
  );
}

export function useUpdateProfile() {
  return useProfileMutation(
    async ({ id, input }: { id: string; input: ProfileUpdateInput }) =>
      (await fetchJson<ProfileResponse>(`/api/profiles/${id}`, { method: "PATCH", body: input })).profile,
  );
}

export function useDeleteProfile() {
  return useProfileMutation((id: string) => fetchJson<null>(`/api/profiles/${id}`, { method: "DELETE" }));
}

export function useSetDefaultProfile() {
  return useProfileMutation(
    async (id: string) => (await fetchJson<ProfileResponse>(`/api/profiles/${id}/default`, { method: "POST" })).profile,
  );
}

/** Not a cache mutation: testing changes nothing stored, so nothing is invalidated. */
export function useTestProfileConnection() {
  return useMutation({
    mutationFn: (id: string) => fetchJson<ConnectionTestResult>(`/api/profiles/${id}/test`, { method: "POST" }),
  });
}

/** The provider's live model list for a profile (cached on the server per profile; `refresh` reads it again). */
export function useProfileModels() {
  return useMutation({
    mutationFn: ({ id, refresh = false }: { id: string; refresh?: boolean }) =>
      fetchJson<ProfileModelsResult>(`/api/profiles/${id}/models${refresh ? "?refresh=true" : ""}`),
  });
}
