"use client";

import * as DropdownMenu from "@radix-ui/react-dropdown-menu";
import Link from "next/link";
import { signOut } from "next-auth/react";
import { cn } from "@/lib/ui/cn";
import { ChevronDownIcon, SettingsIcon, SignOutIcon } from "@/components/ui/icons";

export type UserMenuUser = { name: string; email: string };

function initialsOf(user: UserMenuUser): string {
  const source = user.name.trim() || user.email;
  const parts = source.split(/\s+/).filter(Boolean);
  const letters = parts.length > 1 ? parts[0][0] + parts[parts.length - 1][0] : source.slice(0, 2);
  return letters.toUpperCase();
}

const itemStyles =
  "flex cursor-default select-none items-center gap-2.5 rounded-md px-2.5 py-2 text-sm text-ink-100 no-underline outline-none " +
  "data-highlighted:bg-white/[0.07] data-highlighted:text-ink-50";

/** The signed-in user's menu: who is signed in, Settings, Sign out. */
export function UserMenu({ user }: { user: UserMenuUser }) {
  const displayName = user.name.trim() || user.email;
  return (
    <DropdownMenu.Root>
      <DropdownMenu.Trigger
        aria-label={`Account menu for ${displayName}`}
        className="group flex items-center gap-2 rounded-full py-1 pl-1 pr-1 text-sm text-ink-100 transition-colors hover:bg-white/[0.05] sm:pr-2.5"
      >
        <span
          aria-hidden="true"
          className="flex size-8 items-center justify-center rounded-full bg-linear-to-br from-gold-300 to-arcane-500 p-px"
        >
          <span className="flex size-full items-center justify-center rounded-full bg-surface-raised text-xs font-semibold tracking-wide text-ink-50">
            {initialsOf(user)}
          </span>
        </span>
        <span className="hidden max-w-36 truncate font-medium sm:inline">{displayName}</span>
        <ChevronDownIcon className="hidden size-4 text-fg-subtle transition-transform group-data-[state=open]:rotate-180 sm:block" />
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content
          align="end"
          sideOffset={8}
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
              void signOut({ callbackUrl: "/sign-in" });
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
