// The DM edits inventory and quests item by item (validated by the API's zod schemas); the player's
// sheet shows them.
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { StateEditor } from "@/components/campaigns/state-editor";
import { CharacterSheet } from "@/components/characters/character-sheet";
import type { CampaignDetail } from "@/lib/query/campaigns";
import { polyfillRadix } from "./profile-fixtures";

const mockPush = jest.fn();
jest.mock("next/navigation", () => ({ useRouter: () => ({ push: mockPush, refresh: jest.fn() }) }));

beforeAll(polyfillRadix);

const CAMPAIGN = "cccccccc-1111-4111-8111-111111111111";
const CHARACTER = "aaaaaaaa-1111-4111-8111-111111111111";
const state = {
  campaign_id: CAMPAIGN,
  info_id: "i1",
  level: 3,
  level_override: null,
  hit_points_current: 20,
  hit_points_max: 24,
  armor_class: 16,
  status: "ACTIVE",
  location: "Phandalin",
  notes: "",
  inventory: [
    { name: "Torch", quantity: 3 },
    { name: "Rope (50 ft)", quantity: 1 },
  ],
  quests: [
    { title: "Find Gundren", done: false },
    { title: "Clear Cragmaw hideout", done: true },
  ],
};
const rosterEntry = {
  ...state,
  character_id: CHARACTER,
  name: "Tordek",
  player_name: "Ann",
} as unknown as CampaignDetail["roster"][number];

function setup(ui: React.ReactNode, routes: Record<string, (body: unknown) => { status?: number; body: unknown }>) {
  const calls: Array<{ key: string; body?: unknown }> = [];
  global.fetch = jest.fn(async (url: string, init?: RequestInit) => {
    const key = `${init?.method ?? "GET"} ${url}`;
    const body = init?.body ? JSON.parse(String(init.body)) : undefined;
    calls.push({ key, body });
    if (!routes[key]) throw new Error(`unexpected fetch ${key}`);
    const { status = 200, body: answer } = routes[key](body);
    return { ok: status < 400, status, json: async () => answer, headers: { get: () => null } };
  }) as unknown as typeof fetch;
  const client = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  render(<QueryClientProvider client={client}>{ui}</QueryClientProvider>);
  return calls;
}

test("the DM adds, changes and removes items and quests one by one, and saves them as lists", async () => {
  const user = userEvent.setup();
  const patch = `PATCH /api/campaigns/${CAMPAIGN}/characters/${CHARACTER}`;
  const calls = setup(<StateEditor campaignId={CAMPAIGN} character={rosterEntry} />, { [patch]: (body) => ({ body }) });
  await user.click(screen.getByRole("button", { name: "Edit state" }));
  const dialog = await screen.findByRole("dialog");
  expect(within(dialog).getByRole("textbox", { name: "Item 1 name" })).toHaveValue("Torch");
  expect(within(dialog).getByRole("spinbutton", { name: "Item 1 quantity" })).toHaveValue(3);
  expect(within(dialog).getByRole("checkbox", { name: "Quest 2 done" })).toBeChecked();

  // Change a quantity, remove the rope, add a potion; tick the first quest, add one.
  await user.clear(within(dialog).getByRole("spinbutton", { name: "Item 1 quantity" }));
  await user.type(within(dialog).getByRole("spinbutton", { name: "Item 1 quantity" }), "5");
  await user.click(within(dialog).getByRole("button", { name: "Remove item 2" }));
  await user.click(within(dialog).getByRole("button", { name: "+ Add item" }));
  await user.type(within(dialog).getByRole("textbox", { name: "Item 2 name" }), "Potion of healing");
  await user.clear(within(dialog).getByRole("spinbutton", { name: "Item 2 quantity" }));
  await user.type(within(dialog).getByRole("spinbutton", { name: "Item 2 quantity" }), "2");
  await user.click(within(dialog).getByRole("checkbox", { name: "Quest 1 done" }));
  await user.click(within(dialog).getByRole("button", { name: "+ Add quest" }));

  // An empty quest title is refused by questSchema before anything is sent.
  await user.click(within(dialog).getByRole("button", { name: "Save state" }));
  expect(await within(dialog).findByRole("alert")).toHaveTextContent(/Give the quest a title/);
  expect(calls.some((call) => call.key === patch)).toBe(false);

  await user.type(within(dialog).getByRole("textbox", { name: "Quest 3 title" }), "Rescue Sildar");
  await user.click(within(dialog).getByRole("button", { name: "Save state" }));
  await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
  expect(calls.find((call) => call.key === patch)?.body).toMatchObject({
    inventory: [
      { name: "Torch", quantity: 5 },
      { name: "Potion of healing", quantity: 2 },
    ],
    quests: [
      { title: "Find Gundren", done: true },
      { title: "Clear Cragmaw hideout", done: true },
      { title: "Rescue Sildar", done: false },
    ],
  });
});

test("a quantity out of range is shown on its row and nothing is sent", async () => {
  const user = userEvent.setup();
  const calls = setup(<StateEditor campaignId={CAMPAIGN} character={rosterEntry} />, {});
  await user.click(screen.getByRole("button", { name: "Edit state" }));
  const dialog = await screen.findByRole("dialog");
  await user.clear(within(dialog).getByRole("spinbutton", { name: "Item 2 quantity" }));
  await user.type(within(dialog).getByRole("spinbutton", { name: "Item 2 quantity" }), "100000");
  await user.click(within(dialog).getByRole("button", { name: "Save state" }));
  const rows = within(within(dialog).getByRole("list", { name: "Inventory items" })).getAllByRole("listitem");
  expect(within(rows[1]).getByRole("alert")).toHaveTextContent(/whole number from 0 to 9999/);
  expect(within(rows[0]).queryByRole("alert")).not.toBeInTheDocument();
  expect(calls).toHaveLength(0);
});

test("the player's sheet shows each campaign's inventory and quests", async () => {
  setup(<CharacterSheet id={CHARACTER} />, {
    [`GET /api/characters/${CHARACTER}`]: () => ({
      body: {
        id: CHARACTER,
        character_id: CHARACTER,
        name: "Tordek",
        race: "dwarf",
        character_class: "fighter",
        base_level: 3,
        is_owner: true,
        portrait_url: null,
        campaigns: [{ ...state, campaign_name: "Phandelver", is_dm: false }],
      },
    }),
  });
  const inventory = await screen.findByRole("list", { name: "Inventory in Phandelver" });
  expect(
    within(inventory)
      .getAllByRole("listitem")
      .map((item) => item.textContent),
  ).toEqual(["Torch×3", "Rope (50 ft)×1"]);
  const quests = screen.getByRole("list", { name: "Quests in Phandelver" });
  expect(
    within(quests)
      .getAllByRole("listitem")
      .map((item) => item.textContent),
  ).toEqual(["Find Gundren (open)", "Clear Cragmaw hideout (done)"]);
});

test("the owner deletes the character from the sheet after confirming, then goes back to the list", async () => {
  const user = userEvent.setup();
  const character = {
    id: CHARACTER,
    character_id: CHARACTER,
    name: "Tordek",
    race: "dwarf",
    character_class: "fighter",
    base_level: 3,
    is_owner: true,
    portrait_url: null,
    campaigns: [],
  };
  const calls = setup(<CharacterSheet id={CHARACTER} />, {
    [`GET /api/characters/${CHARACTER}`]: () => ({ body: character }),
    [`DELETE /api/characters/${CHARACTER}`]: () => ({ status: 204, body: null }),
  });
  await user.click(await screen.findByRole("button", { name: "Delete character" }));
  const dialog = await screen.findByRole("dialog", { name: "Delete Tordek?" });
  await user.click(within(dialog).getByRole("button", { name: "Cancel" }));
  expect(calls.filter((call) => call.key.startsWith("DELETE"))).toHaveLength(0);
  await user.click(screen.getByRole("button", { name: "Delete character" }));
  await user.click(within(await screen.findByRole("dialog")).getByRole("button", { name: "Delete character" }));
  await waitFor(() => expect(mockPush).toHaveBeenCalledWith("/characters"));
  expect(calls.filter((call) => call.key.startsWith("DELETE"))).toHaveLength(1);
});

test("someone else's character has no Delete button", async () => {
  setup(<CharacterSheet id={CHARACTER} />, {
    [`GET /api/characters/${CHARACTER}`]: () => ({
      body: {
        id: CHARACTER,
        character_id: CHARACTER,
        name: "Tordek",
        race: "dwarf",
        character_class: "fighter",
        base_level: 3,
        is_owner: false,
        portrait_url: null,
        campaigns: [],
      },
    }),
  });
  await screen.findByRole("heading", { name: "Tordek" });
  expect(screen.queryByRole("button", { name: "Delete character" })).not.toBeInTheDocument();
});
