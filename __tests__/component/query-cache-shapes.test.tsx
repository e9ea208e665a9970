// Pages share one react-query cache across client-side navigation, so a key must hold the same
// shape whichever page filled it: the tokens page and the campaigns/characters pages once stored
// `campaigns.list()` and `characters.list()` differently, and the second page to render broke.
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render, screen, within } from "@testing-library/react";
import { CampaignsOverview } from "@/components/campaigns/campaigns-overview";
import { CharacterList } from "@/components/characters/character-list";
import { TokensWorkspace } from "@/components/tokens/tokens-workspace";
import { queryKeys } from "@/lib/query/keys";
import { PROVIDERS, polyfillRadix } from "./profile-fixtures";

beforeAll(polyfillRadix);

const CAMPAIGN = {
  campaign_id: "c0000000-0000-4000-8000-000000000001",
  name: "The Sunken Crown",
  description: "",
  role: "DM",
  is_dm: true,
  invite_code: "ABCD2345",
  character_count: 0,
  created_at: "2026-01-01T00:00:00.000Z",
};
const CHARACTER = {
  character_id: "d0000000-0000-4000-8000-000000000001",
  name: "Mirela Thornquist",
  race: "halfling",
  character_class: "bard",
  base_level: 1,
  portrait_url: null,
  has_portrait: false,
  portrait: null,
};

const ROUTES: Record<string, unknown> = {
  "/api/campaigns": { campaigns: [CAMPAIGN] },
  "/api/characters": { characters: [CHARACTER] },
  "/api/characters/pregenerated": { characters: [] },
  "/api/profiles": { profiles: [] },
  "/api/providers": { providers: PROVIDERS },
  "/api/tokens": { tokens: [] },
};

beforeEach(() => {
  // Only the answers matter here; the routes themselves are covered by integration tests.
  global.fetch = jest.fn(async (url: string) => {
    if (!(url in ROUTES)) throw new Error(`unexpected fetch ${url}`);
    return { ok: true, status: 200, json: async () => ROUTES[url], headers: { get: () => null } };
  }) as unknown as typeof fetch;
});

/** Renders pages one after another on one cache, as client-side navigation does. */
function navigator() {
  // staleTime: the second page renders from the cache first, as it does between real pages.
  const client = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: 60_000 } } });
  let current: ReturnType<typeof render> | null = null;
  return {
    client,
    show(page: React.ReactNode) {
      current?.unmount();
      current = render(<QueryClientProvider client={client}>{page}</QueryClientProvider>);
    },
  };
}

test("the campaigns page reads the campaign list the tokens page cached, and back", async () => {
  const nav = navigator();
  nav.show(<TokensWorkspace userId="u1" />);
  const picker = screen.getByRole("combobox", { name: "Campaign" });
  expect(await within(picker).findByRole("option", { name: "The Sunken Crown (DM)" })).toBeInTheDocument();
  expect(nav.client.getQueryData(queryKeys.campaigns.list())).toEqual([CAMPAIGN]);

  nav.show(<CampaignsOverview />);
  expect(await screen.findByText("The Sunken Crown")).toBeInTheDocument();

  nav.show(<TokensWorkspace userId="u1" />);
  expect(
    within(screen.getByRole("combobox", { name: "Campaign" })).getByRole("option", { name: "The Sunken Crown (DM)" }),
  ).toBeInTheDocument();
});

test("the characters page reads the character list the token maker cached", async () => {
  const nav = navigator();
  nav.show(<TokensWorkspace userId="u1" />);
  await screen.findByRole("option", { name: "The Sunken Crown (DM)" });
  expect(nav.client.getQueryData(queryKeys.characters.list())).toEqual([CHARACTER]);

  nav.show(<CharacterList />);
  expect(await screen.findByText("Mirela Thornquist")).toBeInTheDocument();
});
