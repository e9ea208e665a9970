// A roster card without a portrait shows the character's initials in the avatar ring, named for
// assistive technology; with a portrait, the picture.
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render, screen, within } from "@testing-library/react";
import { CampaignRoster } from "@/components/campaigns/campaign-roster";

jest.mock("next/navigation", () => ({ useRouter: () => ({ push: jest.fn(), refresh: jest.fn() }) }));

const CAMPAIGN = "cccccccc-2222-4222-8222-222222222222";
const member = (id: string, name: string, portrait: string | null) => ({
  character_id: id,
  name,
  player_name: "Ann",
  race: "dwarf",
  character_class: "cleric",
  level: 1,
  hit_points_current: 10,
  hit_points_max: 10,
  armor_class: 10,
  status: "ACTIVE",
  has_portrait: portrait !== null,
  portrait_url: portrait,
});

function renderRoster(roster: ReturnType<typeof member>[], isDm = false) {
  global.fetch = jest.fn(async () => ({
    ok: true,
    status: 200,
    headers: { get: () => null },
    json: async () => ({ campaign_id: CAMPAIGN, name: "The Sunken Crown", is_dm: isDm, invite_code: null, roster }),
  })) as unknown as typeof fetch;
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <CampaignRoster id={CAMPAIGN} />
    </QueryClientProvider>,
  );
}

test("a character without a portrait gets its initials in a ring, and a name that says so", async () => {
  renderRoster([
    member("aaaaaaaa-2222-4222-8222-222222222222", "Bram Oakhand", null),
    member("bbbbbbbb-2222-4222-8222-222222222222", "Seraphine Vale", "/api/images/x/file"),
  ]);
  const cards = await screen.findAllByTestId("roster-card");
  const placeholder = within(cards[0]).getByRole("img", { name: "Bram Oakhand has no portrait yet" });
  expect(placeholder).toHaveTextContent("BO");
  expect(within(cards[1]).getByRole("img", { name: "Portrait of Seraphine Vale" })).toHaveAttribute(
    "src",
    "/api/images/x/file",
  );
  expect(within(cards[1]).queryByTestId("portrait-placeholder")).toBeNull();
});
