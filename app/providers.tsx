"use client";

import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { useState, type ReactNode } from "react";
import { ToastProvider } from "@/components/ui/toast";

function makeQueryClient() {
  return new QueryClient({
    defaultOptions: {
      // Server-rendered data is fresh on arrival; don't refetch it the instant the page hydrates.
      queries: { staleTime: 30_000, refetchOnWindowFocus: false, retry: 1 },
    },
  });
}

/**
 * Client-side context for the whole app: data cache and toasts. No next-auth SessionProvider:
 * nothing reads the session on the client (server components and route handlers do), and
 * signIn/signOut work without it, so every page is spared next-auth's client.
 */
export function Providers({ children }: { children: ReactNode }) {
  // One client per browser tab, created lazily so it survives re-renders.
  const [queryClient] = useState(makeQueryClient);
  return (
    <QueryClientProvider client={queryClient}>
      <ToastProvider>{children}</ToastProvider>
    </QueryClientProvider>
  );
}
