"use client";

import dynamic from "next/dynamic";
import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from "react";

// Radix Toast and the toast markup load with the first toast, not with every page.
const ToastViewport = dynamic(() => import("./toast-viewport"), { ssr: false });

export type ToastVariant = "default" | "success" | "error";

export type ToastOptions = {
  title: string;
  description?: string;
  variant?: ToastVariant;
  /** Milliseconds before it hides itself; defaults to 5 s (errors 8 s). */
  duration?: number;
};

export type ToastEntry = ToastOptions & { id: number; open: boolean };

type ToastApi = {
  /** Shows a toast and returns its id. */
  toast: (options: ToastOptions) => number;
  dismiss: (id: number) => void;
};

const ToastContext = createContext<ToastApi | null>(null);

const MAX_VISIBLE = 4;
const EXIT_ANIMATION_MS = 200;

/** Holds the toasts of the app and renders them in a viewport (F8 moves focus there). */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<ToastEntry[]>([]);
  const lastId = useRef(0);
  // Mounted with the first toast and kept (exit animations, F8 focus target).
  const [viewportWanted, setViewportWanted] = useState(false);

  const toast = useCallback((options: ToastOptions) => {
    lastId.current += 1;
    const id = lastId.current;
    setViewportWanted(true);
    setToasts((current) => [...current, { ...options, id, open: true }].slice(-MAX_VISIBLE));
    return id;
  }, []);

  const dismiss = useCallback((id: number) => {
    setToasts((current) => current.map((entry) => (entry.id === id ? { ...entry, open: false } : entry)));
    // Keep the closed toast mounted long enough to play its exit animation.
    setTimeout(() => setToasts((current) => current.filter((entry) => entry.id !== id)), EXIT_ANIMATION_MS);
  }, []);

  const api = useMemo(() => ({ toast, dismiss }), [toast, dismiss]);

  return (
    <ToastContext.Provider value={api}>
      {children}
      {viewportWanted ? <ToastViewport toasts={toasts} dismiss={dismiss} /> : null}
    </ToastContext.Provider>
  );
}

/** `const { toast } = useToast(); toast({ title: "Saved", variant: "success" })` */
export function useToast(): ToastApi {
  const api = useContext(ToastContext);
  if (!api) throw new Error("useToast() must be used inside <ToastProvider>");
  return api;
}
