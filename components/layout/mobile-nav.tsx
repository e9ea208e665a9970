"use client";

import { lazy, Suspense, useState } from "react";
import { MenuIcon } from "@/components/ui/icons";

export const menuButtonStyles =
  "inline-flex size-10 items-center justify-center rounded-md text-fg-muted transition-colors hover:bg-white/[0.06] hover:text-ink-50 lg:hidden";

const loadDrawer = () => import("./mobile-nav-drawer");
const MobileNavDrawer = lazy(loadDrawer);

/**
 * Below the lg breakpoint the navigation lives in a drawer opened from a menu button. The drawer
 * (Radix Dialog) loads on the first press, not with every page.
 */
export function MobileNav() {
  const [open, setOpen] = useState(false);
  const [wanted, setWanted] = useState(false);
  const placeholder = (
    <button
      type="button"
      aria-label="Open navigation"
      aria-haspopup="dialog"
      aria-expanded={open}
      className={menuButtonStyles}
      onPointerEnter={() => void loadDrawer()}
      onFocus={() => void loadDrawer()}
      onClick={() => {
        setWanted(true);
        setOpen(true);
      }}
    >
      <MenuIcon />
    </button>
  );
  if (!wanted) return placeholder;
  return (
    <Suspense fallback={placeholder}>
      <MobileNavDrawer open={open} setOpen={setOpen} />
    </Suspense>
  );
}
