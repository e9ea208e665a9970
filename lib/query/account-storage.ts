"use client";

import { queryOptions, useQuery } from "@tanstack/react-query";
import type { StorageStandingResponse } from "@/lib/schemas/account-response";
import { fetchJson } from "./fetch-json";
import { queryKeys } from "./keys";

const storageQuery = () =>
  queryOptions({
    queryKey: queryKeys.account.storage,
    queryFn: ({ signal }): Promise<StorageStandingResponse> =>
      fetchJson<StorageStandingResponse>("/api/account/storage", { signal }),
  });

/** GET /api/account/storage: the bytes the user's images take, beside the quota. */
export const useStorageStanding = () => useQuery(storageQuery());
