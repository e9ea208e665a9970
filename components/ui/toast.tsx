"use client";

import * as ToastPrimitive from "@radix-ui/react-toast";
import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from "react";
import { cn } from "@/lib/ui/cn";
import { AlertIcon, CloseIcon, SuccessIcon } from "./icons";

export type ToastVariant = "default" | "success" | "error";

export type ToastOptions = {
  title: string;
  description?: string;
  variant?: ToastVariant;
  /** Milliseconds before it hides itself; defaults to 5 s (errors 8 s). */
  duration?: number;
};

type ToastEntry = ToastOptions & { id: number; open: boolean };

type ToastApi = {
  /** Shows a toast and returns its id. */
  toast: (options: ToastOptions) => number;
  dismiss: (id: number) => void;
};

const ToastContext = createContext<ToastApi | null>(null);

const MAX_VISIBLE = 4;
const EXIT_ANIMATION_MS = 200;

const variantStyles: Record<ToastVariant, string> = {
  default: "border-line-strong",
  success: "border-success/40",
  error: "border-danger/50",
};

/** Holds the toasts of the app and renders them in a viewport (F8 moves focus there). */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<ToastEntry[]>([]);
  const lastId = useRef(0);

  const toast = useCallback((options: ToastOptions) => {
    lastId.current += 1;
    const id = lastId.current;
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
      <ToastPrimitive.Provider swipeDirection="right" label="Notification">
        {children}
        {toasts.map(({ id, open, title, description, variant = "default", duration }) => (
          <ToastPrimitive.Root
            key={id}
            open={open}
            onOpenChange={(next) => {
              if (!next) dismiss(id);
            }}
            type={variant === "error" ? "foreground" : "background"}
            duration={duration ?? (variant === "error" ? 8000 : 5000)}
            className={cn(
              "relative flex w-full items-start gap-3 rounded-card border bg-surface-raised p-4 pr-10 shadow-overlay",
              "data-[state=open]:animate-toast-in data-[state=closed]:animate-toast-out",
              "data-[swipe=move]:translate-x-[var(--radix-toast-swipe-move-x)] data-[swipe=cancel]:translate-x-0",
              "data-[swipe=cancel]:transition-[translate] data-[swipe=end]:animate-toast-swipe-out",
              variantStyles[variant],
            )}
          >
            {variant === "success" && <SuccessIcon className="mt-0.5 size-5 shrink-0 text-success" />}
            {variant === "error" && <AlertIcon className="mt-0.5 size-5 shrink-0 text-danger" />}
            <div className="flex min-w-0 flex-col gap-0.5">
              <ToastPrimitive.Title className="text-sm font-semibold text-ink-50">{title}</ToastPrimitive.Title>
              {description && (
                <ToastPrimitive.Description className="text-sm text-fg-muted">{description}</ToastPrimitive.Description>
              )}
            </div>
            <ToastPrimitive.Close
              aria-label="Dismiss notification"
              className="absolute right-2.5 top-2.5 inline-flex size-7 items-center justify-center rounded-md text-fg-subtle transition-colors hover:bg-white/[0.06] hover:text-ink-50"
            >
              <CloseIcon className="size-4" />
            </ToastPrimitive.Close>
          </ToastPrimitive.Root>
        ))}
        <ToastPrimitive.Viewport className="fixed bottom-0 right-0 z-[100] m-0 flex w-full list-none flex-col gap-2 p-4 outline-none sm:max-w-sm" />
      </ToastPrimitive.Provider>
    </ToastContext.Provider>
  );
}

/** `const { toast } = useToast(); toast({ title: "Saved", variant: "success" })` */
export function useToast(): ToastApi {
  const api = useContext(ToastContext);
  if (!api) throw new Error("useToast() must be used inside <ToastProvider>");
  return api;
}
