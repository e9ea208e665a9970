"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
// clsx, not cn: these class lists are the nav's own, with no caller override to resolve, so the
// header every page paints needs no tailwind-merge.
import { clsx } from "clsx";
import { NAV_ITEMS, isActivePath } from "./nav-items";

export type MainNavProps = {
  /** "bar" for the desktop header, "list" for the mobile drawer. */
  layout?: "bar" | "list";
  /** Called after a link is chosen (the drawer closes itself with it). */
  onNavigate?: () => void;
  className?: string;
};

export function MainNav({ layout = "bar", onNavigate, className }: MainNavProps) {
  const pathname = usePathname();
  const isBar = layout === "bar";
  return (
    <nav aria-label="Main" className={className}>
      <ul className={clsx("flex", isBar ? "items-center gap-1" : "flex-col gap-1")}>
        {NAV_ITEMS.map(({ href, label, icon: Icon }) => {
          const active = isActivePath(pathname, href);
          return (
            <li key={href}>
              <Link
                href={href}
                aria-current={active ? "page" : undefined}
                onClick={onNavigate}
                className={clsx(
                  "relative flex items-center gap-2 rounded-md font-medium no-underline transition-colors",
                  isBar ? "px-3 py-2 text-sm" : "px-3 py-3 text-base",
                  active ? "bg-white/[0.07] text-ink-50" : "text-fg-muted hover:bg-white/[0.04] hover:text-ink-50",
                  active &&
                    isBar &&
                    "after:absolute after:inset-x-3 after:-bottom-[13px] after:h-0.5 after:rounded-full after:bg-accent",
                  active && !isBar && "shadow-[inset_3px_0_0_0_#f1ac2b]",
                )}
              >
                <Icon className={clsx("size-[1.125rem] shrink-0", active ? "text-accent" : "text-fg-subtle")} />
                {label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
