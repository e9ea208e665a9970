"use client";

import * as DialogPrimitive from "@radix-ui/react-dialog";
import { CloseIcon, MenuIcon } from "@/components/ui/icons";
import { LogoMark } from "./logo";
import { MainNav } from "./main-nav";
import { menuButtonStyles } from "./mobile-nav";

/** The drawer itself (Radix Dialog), loaded by MobileNav on the first press of its button. */
export default function MobileNavDrawer({ open, setOpen }: { open: boolean; setOpen: (open: boolean) => void }) {
  return (
    <DialogPrimitive.Root open={open} onOpenChange={setOpen}>
      <DialogPrimitive.Trigger aria-label="Open navigation" className={menuButtonStyles}>
        <MenuIcon />
      </DialogPrimitive.Trigger>
      <DialogPrimitive.Portal>
        <DialogPrimitive.Overlay className="fixed inset-0 z-50 bg-ink-950/75 backdrop-blur-[2px] data-[state=closed]:animate-fade-out data-[state=open]:animate-fade-in lg:hidden" />
        <DialogPrimitive.Content
          aria-describedby={undefined}
          className="fixed inset-y-0 right-0 z-50 flex w-[min(20rem,86vw)] flex-col border-l border-line-strong bg-surface shadow-overlay focus:outline-none data-[state=closed]:animate-drawer-out data-[state=open]:animate-drawer-in lg:hidden"
        >
          <div className="flex h-16 items-center justify-between border-b border-line px-4">
            <DialogPrimitive.Title className="flex items-center gap-2 font-display text-base font-semibold text-ink-50">
              <LogoMark className="size-6" />
              Navigation
            </DialogPrimitive.Title>
            <DialogPrimitive.Close
              aria-label="Close navigation"
              className="inline-flex size-10 items-center justify-center rounded-md text-fg-muted transition-colors hover:bg-white/[0.06] hover:text-ink-50"
            >
              <CloseIcon />
            </DialogPrimitive.Close>
          </div>
          <MainNav layout="list" onNavigate={() => setOpen(false)} className="flex-1 overflow-y-auto p-3" />
        </DialogPrimitive.Content>
      </DialogPrimitive.Portal>
    </DialogPrimitive.Root>
  );
}
