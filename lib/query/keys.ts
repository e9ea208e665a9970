/**
 * The one query-key factory of the app. Keys are arrays that nest by prefix, so invalidating
 * `queryKeys.profiles.all` refreshes every profile query (list and details) at once.
 * Other features add their own branch here rather than inventing keys inline. One key holds one
 * shape: a key is filled only through the query options defined beside it in lib/query/<domain>.ts.
 */
export const queryKeys = {
  account: {
    sessions: ["account", "sessions"] as const,
    links: ["account", "links"] as const,
    storage: ["account", "storage"] as const,
  },
  profiles: {
    all: ["profiles"] as const,
    list: () => [...queryKeys.profiles.all, "list"] as const,
    detail: (id: string) => [...queryKeys.profiles.all, "detail", id] as const,
  },
  providers: {
    all: ["providers"] as const,
  },
  generations: {
    all: ["generations"] as const,
    detail: (id: string) => [...queryKeys.generations.all, "detail", id] as const,
  },
  images: {
    all: ["images"] as const,
    // The gallery lives under images.all, so anything that invalidates images (the Generate
    // dialog does after a batch) refreshes the grid, the dialog's asset, tags and statistics.
    galleries: () => [...queryKeys.images.all, "gallery"] as const,
    gallery: (filters: Record<string, unknown>) => [...queryKeys.images.galleries(), filters] as const,
    asset: (assetId: string) => [...queryKeys.images.all, "asset", assetId] as const,
    tags: (projectId: string) => [...queryKeys.images.all, "tags", projectId] as const,
    stats: (projectId: string) => [...queryKeys.images.all, "stats", projectId] as const,
  },
  characters: {
    all: ["characters"] as const,
    list: () => [...queryKeys.characters.all, "list"] as const,
    detail: (id: string) => [...queryKeys.characters.all, "detail", id] as const,
    portrait: (id: string) => [...queryKeys.characters.all, "portrait", id] as const,
    pregenerated: () => [...queryKeys.characters.all, "pregenerated"] as const,
  },
  tokens: {
    all: ["tokens"] as const,
    list: (campaignId: string | null) => [...queryKeys.tokens.all, "list", campaignId ?? "all"] as const,
  },
  maps: {
    all: ["maps"] as const,
    list: (campaignId: string | null) => [...queryKeys.maps.all, "list", campaignId ?? "all"] as const,
    detail: (id: string) => [...queryKeys.maps.all, "detail", id] as const,
  },
  campaigns: {
    all: ["campaigns"] as const,
    list: () => [...queryKeys.campaigns.all, "list"] as const,
    detail: (id: string) => [...queryKeys.campaigns.all, "detail", id] as const,
  },
  npcs: {
    all: ["npcs"] as const,
    list: (campaignId: string) => [...queryKeys.npcs.all, "list", campaignId] as const,
  },
  apiTokens: {
    all: ["api-tokens"] as const,
  },
} as const;
