import type { Metadata } from "next";
import { Dashboard, raceAndClass } from "@/components/home/dashboard";
import type { FirstStep } from "@/components/home/first-steps";
import { VisitorPage } from "@/components/home/visitor-page";
import { AppShell } from "@/components/layout/app-shell";
import { getCurrentUser } from "@/lib/auth/session";
import { listCampaigns } from "@/lib/campaigns/campaigns";
import { listCharacters } from "@/lib/characters/characters";
import { listGalleryImages } from "@/lib/gallery/list-images";
import { imageFileUrl } from "@/lib/images/urls";
import { listMaps } from "@/lib/maps/map-queries";
import { listTokens } from "@/lib/tokens/token-queries";

export const metadata: Metadata = {
  title: { absolute: "Arcane Forge · characters, portraits, battle maps and tokens" },
};

const RECENT = 4;
const THUMBNAIL = { width: 240, format: "webp" } as const;

/**
 * `/` is two pages: the visitor page for someone signed out (the signed-in group's layout would
 * send them to sign in, so this page lives outside it) and the dashboard, in the same shell as
 * every signed-in page, for a user.
 */
export default async function HomePage() {
  const user = await getCurrentUser();
  if (!user) return <VisitorPage />;

  const [characters, campaigns, maps, gallery, tokens] = await Promise.all([
    listCharacters(user.id),
    listCampaigns(user.id),
    listMaps(user.id),
    listGalleryImages(user.id, { limit: RECENT }),
    listTokens(user.id),
  ]);
  const steps: FirstStep[] = [
    { label: "Create a character", href: "/characters/new", done: characters.length > 0 },
    {
      label: "Give it a portrait",
      href: characters[0] ? `/characters/${characters[0].character_id}/edit` : "/characters/new",
      done: characters.some((character) => character.has_portrait),
    },
    { label: "Start a campaign", href: "/campaigns", done: campaigns.length > 0 },
    { label: "Generate a map", href: "/maps", done: maps.length > 0 },
    { label: "Make tokens", href: "/tokens", done: tokens.length > 0 },
  ];

  return (
    <AppShell user={{ name: user.name, email: user.email }}>
      <Dashboard
        firstName={user.name.trim().split(/\s+/)[0] || null}
        steps={steps}
        characters={characters.slice(0, RECENT).map((character) => ({
          id: character.character_id,
          href: `/characters/${character.character_id}`,
          title: character.name,
          detail: `${raceAndClass(character.race, character.character_class)} · level ${character.base_level}`,
          pictureUrl: character.portrait ? imageFileUrl(character.portrait.image_id, THUMBNAIL) : null,
        }))}
        campaigns={campaigns.slice(0, RECENT).map((campaign) => ({
          id: campaign.campaign_id,
          href: `/campaigns/${campaign.campaign_id}`,
          title: campaign.name,
          detail: `${campaign.is_dm ? "You are the DM" : "Player"} · ${campaign.character_count} ${campaign.character_count === 1 ? "character" : "characters"}`,
          pictureUrl: null,
        }))}
        maps={maps.slice(0, RECENT).map((map) => ({
          id: map.id,
          href: "/maps",
          title: map.name,
          detail: `${map.widthSquares}×${map.heightSquares} squares`,
          pictureUrl: map.thumbnailUrl,
        }))}
        gallery={gallery.images.map((image) => ({
          id: image.id,
          href: "/gallery",
          title: image.asset?.name ?? "Image",
          detail: image.asset?.kind
            ? `${image.asset.kind.charAt(0).toUpperCase()}${image.asset.kind.slice(1).toLowerCase()}`
            : image.source,
          pictureUrl: image.thumbnail_url,
        }))}
      />
    </AppShell>
  );
}
