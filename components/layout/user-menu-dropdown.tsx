"use client";

import * as DropdownMenu from "@radix-ui/react-dropdown-menu";
import Link from "next/link";
import { useRef } from "react";
import { cn } from "@/lib/ui/cn";
import { SettingsIcon, SignOutIcon } from "@/components/ui/icons";
import { signOutToVisitorPage } from "./sign-out";
import { triggerStyles, UserMenuButtonFace, type UserMenuUser } from "./user-menu";

const itemStyles =
  "flex cursor-default select-none items-center gap-2.5 rounded-md px-2.5 py-2 text-sm text-ink-100 no-underline outline-none " +
  "data-highlighted:bg-white/[0.07] data-highlighted:text-ink-50";

/**
 * The menu itself (Radix DropdownMenu and its positioning), loaded by UserMenu on the first
 * press of its button and opened at once (opened from the keyboard, its first item takes focus).
 */
export default function UserMenuDropdown({ user, focusFirstItem }: { user: UserMenuUser; focusFirstItem: boolean }) {
  const displayName = user.name.trim() || user.email;
  const firstItemPending = useRef(focusFirstItem);
  return (
    <DropdownMenu.Root defaultOpen>
      <DropdownMenu.Trigger className={triggerStyles}>
        <UserMenuButtonFace user={user} />
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content
          align="end"
          sideOffset={8}
          onFocus={(event) => {
            // Radix focuses the content when it opens; opened from the keyboard, move on to the first item.
            if (!firstItemPending.current || event.target !== event.currentTarget) return;
            firstItemPending.current = false;
            event.currentTarget.querySelector<HTMLElement>('[role="menuitem"]')?.focus({ preventScroll: true });
          }}
          className="z-50 w-64 max-w-[calc(100vw-1rem)] rounded-lg border border-line-strong bg-surface-raised p-1.5 shadow-overlay data-[state=open]:animate-pop-in"
        >
          <DropdownMenu.Label className="px-2.5 pb-2 pt-1.5">
            <span className="block truncate text-sm font-semibold text-ink-50">{displayName}</span>
            <span className="block truncate text-xs text-fg-subtle">{user.email}</span>
          </DropdownMenu.Label>
          <DropdownMenu.Separator className="-mx-1.5 my-1 h-px bg-line" />
          <DropdownMenu.Item asChild className={itemStyles}>
            <Link href="/settings">
              <SettingsIcon className="size-4 text-fg-subtle" />
              Settings
            </Link>
          </DropdownMenu.Item>
          <DropdownMenu.Item
            className={cn(itemStyles, "data-highlighted:text-danger")}
            onSelect={() => {
              void signOutToVisitorPage();
            }}
          >
            <SignOutIcon className="size-4 text-fg-subtle" />
            Sign out
          </DropdownMenu.Item>
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
