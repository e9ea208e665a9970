/**
 * The one query-key factory of the app. Keys are arrays that nest by prefix, so invalidating
 * `queryKeys.profiles.all` refreshes every profile query (list and details) at once.
 * Other features add their own branch here rather than inventing keys inline.
 */
export const queryKeys = {
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
  },
} as const;
