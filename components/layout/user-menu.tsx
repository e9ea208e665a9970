"use client";

import { lazy, Suspense, useState } from "react";
import { ChevronDownIcon } from "@/components/ui/icons";
import { initialsOf } from "@/lib/ui/initials";

export type UserMenuUser = { name: string; email: string };

export const triggerStyles =
  "group flex items-center gap-2 rounded-full py-1 pl-1 pr-1 text-sm text-ink-100 transition-colors hover:bg-white/[0.05] sm:pr-2.5";

/**
 * What the menu button shows: initials, name, chevron (the same before and after the menu loads).
 * Its text is its name, "Account menu for <name>" (the prefix for screen readers only, the name
 * visible from the sm breakpoint), so the visible words are part of what a voice user says.
 */
export function UserMenuButtonFace({ user }: { user: UserMenuUser }) {
  const displayName = user.name.trim() || user.email;
  return (
    <>
      <span
        aria-hidden="true"
        className="flex size-8 items-center justify-center rounded-full bg-linear-to-br from-gold-300 to-arcane-500 p-px"
      >
        <span className="flex size-full items-center justify-center rounded-full bg-surface-raised text-xs font-semibold tracking-wide text-ink-50">
          {initialsOf(user.name.trim() || user.email)}
        </span>
      </span>
      <span className="sr-only">Account menu for </span>
      {/* Phones show only the initials; the name is still read there. */}
      <span className="sr-only sm:hidden">{displayName}</span>
      <span className="hidden max-w-36 truncate font-medium sm:inline">{displayName}</span>
      <ChevronDownIcon className="hidden size-4 text-fg-subtle transition-transform group-data-[state=open]:rotate-180 sm:block" />
    </>
  );
}

const loadDropdown = () => import("./user-menu-dropdown");
const UserMenuDropdown = lazy(loadDropdown);

/** The signed-in user's menu: who is signed in, Settings, Sign out. */
export function UserMenu({ user }: { user: UserMenuUser }) {
  // Radix DropdownMenu (with its positioning engine) loads on the first press, not with every page.
  // How it was first opened: from the keyboard the first item takes focus, as Radix does.
  const [wanted, setWanted] = useState<false | "keyboard" | "pointer">(false);
  const placeholder = (
    <button
      type="button"
      aria-haspopup="menu"
      aria-expanded={wanted ? true : false}
      className={triggerStyles}
      onPointerEnter={() => void loadDropdown()}
      onFocus={() => void loadDropdown()}
      onKeyDown={(event) => {
        if (["Enter", " ", "ArrowDown"].includes(event.key)) {
          event.preventDefault();
          setWanted("keyboard");
        }
      }}
      onClick={() => setWanted("pointer")}
    >
      <UserMenuButtonFace user={user} />
    </button>
  );
  if (!wanted) return placeholder;
  return (
    <Suspense fallback={placeholder}>
      <UserMenuDropdown user={user} focusFirstItem={wanted === "keyboard"} />
    </Suspense>
  );
}
