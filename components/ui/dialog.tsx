"use client";

import * as DialogPrimitive from "@radix-ui/react-dialog";
import type { ComponentProps, ReactNode } from "react";
import { cn } from "@/lib/ui/cn";
import { CloseIcon } from "./icons";

/** Radix Dialog: focus is trapped inside, Escape and the close button close it, focus returns to the trigger. */
export const Dialog = DialogPrimitive.Root;
export const DialogTrigger = DialogPrimitive.Trigger;
export const DialogClose = DialogPrimitive.Close;

const widths = { sm: "max-w-sm", md: "max-w-lg", lg: "max-w-2xl" } as const;

export type DialogContentProps = Omit<ComponentProps<typeof DialogPrimitive.Content>, "title"> & {
  /** Required: every dialog is announced by its title. */
  title: ReactNode;
  description?: ReactNode;
  size?: keyof typeof widths;
  /** Hide the × button (Escape still closes the dialog). */
  hideCloseButton?: boolean;
};

export function DialogContent({
  title,
  description,
  size = "md",
  hideCloseButton = false,
  className,
  children,
  ...props
}: DialogContentProps) {
  // Without a description Radix must be told so, or it warns about a missing aria-describedby.
  const describedBy = description ? {} : { "aria-describedby": undefined };
  return (
    <DialogPrimitive.Portal>
      <DialogPrimitive.Overlay className="fixed inset-0 z-50 bg-ink-950/75 backdrop-blur-[2px] data-[state=closed]:animate-fade-out data-[state=open]:animate-fade-in" />
      <DialogPrimitive.Content
        {...describedBy}
        className={cn(
          "fixed left-1/2 top-1/2 z-50 w-[calc(100vw-2rem)] -translate-x-1/2 -translate-y-1/2",
          "max-h-[calc(100dvh-2rem)] overflow-y-auto rounded-card border border-line-strong bg-surface p-6 shadow-overlay",
          "focus:outline-none data-[state=closed]:animate-dialog-out data-[state=open]:animate-dialog-in",
          widths[size],
          className,
        )}
        {...props}
      >
        <div className={cn("flex flex-col gap-1.5", !hideCloseButton && "pr-8")}>
          <DialogPrimitive.Title className="font-display text-xl font-semibold text-ink-50">
            {title}
          </DialogPrimitive.Title>
          {description && (
            <DialogPrimitive.Description className="text-sm text-fg-muted">{description}</DialogPrimitive.Description>
          )}
        </div>
        <div className="mt-5">{children}</div>
        {!hideCloseButton && (
          <DialogPrimitive.Close
            aria-label="Close"
            className="absolute right-4 top-4 inline-flex size-8 items-center justify-center rounded-md text-fg-subtle transition-colors hover:bg-white/[0.06] hover:text-ink-50"
          >
            <CloseIcon className="size-4" />
          </DialogPrimitive.Close>
        )}
      </DialogPrimitive.Content>
    </DialogPrimitive.Portal>
  );
}

/** Action row at the bottom of a dialog; stacks on narrow screens with the main action on top. */
export function DialogFooter({ className, ...props }: ComponentProps<"div">) {
  return <div className={cn("mt-6 flex flex-col-reverse gap-2 sm:flex-row sm:justify-end", className)} {...props} />;
}
