import type { ComponentType } from "react";
import {
  CampaignIcon,
  CharacterIcon,
  GalleryIcon,
  MapIcon,
  SettingsIcon,
  TokenIcon,
  type IconProps,
} from "@/components/ui/icons";

export type NavItem = {
  href: string;
  label: string;
  icon: ComponentType<IconProps>;
  /** One honest sentence on what the area is for. */
  summary: string;
};

export const NAV_ITEMS: readonly NavItem[] = [
  {
    href: "/characters",
    label: "Characters",
    icon: CharacterIcon,
    summary: "Build characters from structured visual fields and generate AI portraits you can refine and regenerate.",
  },
  {
    href: "/campaigns",
    label: "Campaigns",
    icon: CampaignIcon,
    summary: "Run a campaign as its DM: invite players and review the party roster with portraits and state.",
  },
  {
    href: "/maps",
    label: "Maps",
    icon: MapIcon,
    summary: "Generate battle maps that export to Foundry VTT and Universal VTT with walls, doors and lights.",
  },
  {
    href: "/tokens",
    label: "Tokens",
    icon: TokenIcon,
    summary: "Stamp tokens for the tabletop from portraits or any image, sized for the grid.",
  },
  {
    href: "/gallery",
    label: "Gallery",
    icon: GalleryIcon,
    summary: "Browse, tag, favorite and search everything you have generated or uploaded.",
  },
  {
    href: "/settings",
    label: "Settings",
    icon: SettingsIcon,
    summary: "Connect your own AI provider keys, or keep using the built-in offline engine that needs none.",
  },
];

/** A nav item is current on its own page and on every page below it. */
export function isActivePath(pathname: string | null, href: string): boolean {
  if (!pathname) return false;
  return pathname === href || pathname.startsWith(`${href}/`);
}
