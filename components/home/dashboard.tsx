import Link from "next/link";
import type { ReactNode } from "react";
import { PageHeader } from "@/components/layout/page-header";
import { buttonStyles } from "@/components/ui/button";
import { CampaignIcon, CharacterIcon, GalleryIcon, MapIcon } from "@/components/ui/icons";
import { labelFor } from "@/lib/schemas/character-vocabulary";
import { FirstSteps, type FirstStep } from "./first-steps";

export type DashboardItem = { id: string; href: string; title: string; detail: string; pictureUrl: string | null };

export type DashboardProps = {
  firstName: string | null;
  steps: FirstStep[];
  characters: DashboardItem[];
  campaigns: DashboardItem[];
  maps: DashboardItem[];
  gallery: DashboardItem[];
};

const QUICK_ACTIONS = [
  { href: "/characters/new", label: "New character" },
  { href: "/maps", label: "Generate a map" },
  { href: "/campaigns", label: "Start a campaign" },
];

/** Home for a signed-in user: what they made last, the quick actions, and the first-visit path. */
export function Dashboard({ firstName, steps, characters, campaigns, maps, gallery }: DashboardProps) {
  const returning = steps.some((step) => step.done);
  // A start that is still an open first step is offered there only, not again as a quick action
  // or an empty section's button (a new user's phone showed each three times).
  const openSteps = new Set(steps.filter((step) => !step.done).map((step) => step.href));
  const offered = (href: string) => !openSteps.has(href);
  const quickActions = QUICK_ACTIONS.filter((action) => offered(action.href));
  return (
    <>
      <PageHeader
        title={`${returning ? "Welcome back" : "Welcome"}${firstName ? `, ${firstName}` : ""}`}
        description={
          returning
            ? "Pick up where you left off, or start something new."
            : "Start with a character: the steps below take you from its portrait to a battle map with tokens."
        }
        actions={
          quickActions.length > 0 && (
            <>
              {quickActions.map((action, index) => (
                <Link
                  key={action.href}
                  href={action.href}
                  className={buttonStyles({ variant: index === 0 ? "primary" : "secondary" })}
                >
                  {action.label}
                </Link>
              ))}
            </>
          )
        }
      />
      <FirstSteps steps={steps} />
      <div className="grid gap-8 lg:grid-cols-2">
        <Recent
          title="Recent characters"
          icon={<CharacterIcon />}
          all="/characters"
          items={characters}
          empty="No characters yet."
          cta={offered("/characters/new") ? { href: "/characters/new", label: "Create a character" } : undefined}
        />
        <Recent
          title="Campaigns"
          icon={<CampaignIcon />}
          all="/campaigns"
          items={campaigns}
          empty="No campaigns yet."
          cta={offered("/campaigns") ? { href: "/campaigns", label: "Start or join a campaign" } : undefined}
        />
        <Recent
          title="Recent maps"
          icon={<MapIcon />}
          all="/maps"
          items={maps}
          empty="No maps yet."
          cta={offered("/maps") ? { href: "/maps", label: "Generate a map" } : undefined}
        />
        <Recent
          title="Latest in the gallery"
          icon={<GalleryIcon />}
          all="/gallery"
          items={gallery}
          empty="Nothing in the gallery yet."
          cta={offered("/gallery") ? { href: "/gallery", label: "Open the gallery" } : undefined}
        />
      </div>
    </>
  );
}

type RecentProps = {
  title: string;
  icon: ReactNode;
  all: string;
  items: DashboardItem[];
  empty: string;
  /** The empty section's way to start; none when the first steps already offer it. */
  cta?: { href: string; label: string };
};

function Recent({ title, icon, all, items, empty, cta }: RecentProps) {
  return (
    <section aria-label={title} className="rounded-card border border-line bg-surface/90 p-5 shadow-card">
      <div className="mb-4 flex items-center justify-between gap-3">
        <h2 className="flex items-center gap-2.5 text-lg font-semibold">
          <span aria-hidden="true" className="text-accent [&_svg]:size-5">
            {icon}
          </span>
          {title}
        </h2>
        {items.length > 0 && (
          <Link href={all} className="text-sm">
            See all<span className="sr-only"> {title.toLowerCase()}</span>
          </Link>
        )}
      </div>
      {items.length === 0 ? (
        <div className="flex flex-wrap items-center justify-between gap-3 rounded-lg border border-dashed border-line-strong px-4 py-5">
          <p className="text-sm text-fg-muted">{empty}</p>
          {cta && (
            <Link href={cta.href} className={buttonStyles({ size: "sm", variant: "secondary" })}>
              {cta.label}
            </Link>
          )}
        </div>
      ) : (
        <ul className="grid grid-cols-2 gap-3 sm:grid-cols-4">
          {items.map((item) => (
            <li key={item.id}>
              <Link href={item.href} className="group block rounded-lg no-underline">
                <span className="block aspect-square overflow-hidden rounded-lg border border-line bg-surface-sunken">
                  {item.pictureUrl ? (
                    <img
                      src={item.pictureUrl}
                      alt=""
                      loading="lazy"
                      className="size-full object-cover transition-transform duration-300 group-hover:scale-105"
                    />
                  ) : (
                    <span
                      aria-hidden="true"
                      className="flex size-full items-center justify-center text-fg-subtle [&_svg]:size-7"
                    >
                      {icon}
                    </span>
                  )}
                </span>
                {/* Two lines before an ellipsis: a tile is narrow, and "The Sunken Cro…" says little. */}
                <span className="mt-2 line-clamp-2 break-words text-sm font-medium text-ink-50 group-hover:underline">
                  {item.title}
                </span>
                <span className="line-clamp-2 text-xs text-fg-muted">{item.detail}</span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** "High Elf Wizard" from a character's stored slugs. */
export const raceAndClass = (race: string, characterClass: string) => `${labelFor(race)} ${labelFor(characterClass)}`;
