"use client";

import * as ToastPrimitive from "@radix-ui/react-toast";
import { cn } from "@/lib/ui/cn";
import { AlertIcon, CloseIcon, SuccessIcon } from "./icons";
import type { ToastEntry, ToastVariant } from "./toast";

const variantStyles: Record<ToastVariant, string> = {
  default: "border-line-strong",
  success: "border-success/40",
  error: "border-danger/50",
};

/**
 * The toasts themselves (Radix Toast: swipe, pause on hover, F8 to the viewport). Loaded by
 * ToastProvider with the first toast, so pages that never show one don't ship Radix Toast.
 */
export default function ToastViewport({ toasts, dismiss }: { toasts: ToastEntry[]; dismiss: (id: number) => void }) {
  return (
    <ToastPrimitive.Provider swipeDirection="right" label="Notification">
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
  );
}
