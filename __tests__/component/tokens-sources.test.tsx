// The Tokens page's sources: a gallery image picker instead of pasting ids, a profile picker for
// description tokens, and the NPC batch form with per-item results.
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { NpcBatch } from "@/components/tokens/npc-batch";
import { TokenMaker } from "@/components/tokens/token-maker";
import {
  BUILTIN_PROFILE as BUILTIN,
  OPENAI_PROFILE as DALLE,
  profileView as profile,
  PROVIDERS,
  polyfillRadix,
} from "./profile-fixtures";

beforeAll(polyfillRadix);

const CLAUDE = profile({
  id: "33333333-3333-4333-8333-333333333333",
  name: "Claude",
  kind: "ANTHROPIC",
  textModel: "claude-sonnet",
  hasKey: true,
});
const IMG_A = "aaaaaaaa-1111-4111-8111-111111111111";
const IMG_B = "bbbbbbbb-1111-4111-8111-111111111111";
const galleryImage = (id: string, name: string, kind = "portrait") => ({
  id,
  url: `/api/images/${id}/file`,
  thumbnail_url: "",
  width: 1024,
  height: 1024,
  bytes: 1,
  format: "png",
  source: "generated",
  is_favorite: false,
  tags: [],
  created_at: "",
  model: null,
  prompt: null,
  generation_id: null,
  campaign_id: null,
  asset: { id: `asset-${id}`, name, kind, tags: [] },
});
const token = (name: string) => ({
  id: `t-${name}`,
  name,
  imageUrl: `/api/images/t-${name}/file`,
  sourceImageId: null,
  pixels: 256,
  format: "webp",
});

type Routes = Record<string, (body: unknown) => { status?: number; body: unknown }>;
function setup(ui: React.ReactNode, routes: Routes) {
  const calls: Array<{ key: string; body?: unknown }> = [];
  const all: Routes = {
    "GET /api/profiles": () => ({ body: { profiles: [DALLE, BUILTIN, CLAUDE] } }),
    "GET /api/providers": () => ({ body: { providers: PROVIDERS } }),
    "GET /api/characters": () => ({ body: { characters: [] } }),
    ...routes,
  };
  global.fetch = jest.fn(async (url: string, init?: RequestInit) => {
    const key = `${init?.method ?? "GET"} ${url}`;
    const body = init?.body ? JSON.parse(String(init.body)) : undefined;
    calls.push({ key, body });
    const route = all[key];
    if (!route) throw new Error(`unexpected fetch ${key}`);
    const { status = 200, body: answer } = route(body);
    return { ok: status < 400, status, json: async () => answer, headers: { get: () => null } };
  }) as unknown as typeof fetch;
  const client = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  render(<QueryClientProvider client={client}>{ui}</QueryClientProvider>);
  return calls;
}

test("a gallery image is chosen from thumbnails in a dialog, not pasted as an id", async () => {
  const user = userEvent.setup();
  const calls = setup(<TokenMaker campaignId={null} />, {
    "GET /api/gallery/images?": () => ({
      body: {
        images: [
          galleryImage(IMG_A, "Tordek portrait"),
          galleryImage(IMG_B, "Goblin cave"),
          galleryImage("cccccccc-1111-4111-8111-111111111111", "Klarg token", "token"),
        ],
        next_cursor: null,
      },
    }),
    "POST /api/generate/token": () => ({ body: token("Goblin cave") }),
  });
  await user.click(screen.getByRole("tab", { name: "Gallery image" }));
  expect(screen.queryByRole("textbox", { name: /image id/i })).not.toBeInTheDocument();
  expect(screen.getByRole("button", { name: "Make token" })).toBeDisabled();
  await user.click(screen.getByRole("button", { name: "Choose from gallery…" }));

  const grid = await screen.findByRole("list", { name: "Your images" });
  const thumbs = within(grid).getAllByRole("button");
  expect(thumbs).toHaveLength(2); // the token is not offered as a source
  expect(grid.querySelectorAll("img")[0]).toHaveAttribute("src", `/api/images/${IMG_A}/file?width=160&format=webp`);
  await user.click(within(grid).getByRole("button", { name: "Use Goblin cave" }));

  await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
  expect(within(screen.getByTestId("picked-image")).getByRole("img", { name: "Goblin cave" })).toHaveAttribute(
    "src",
    `/api/images/${IMG_B}/file?width=160&format=webp`,
  );
  expect(screen.getByTestId("token-preview").querySelector("img")).toHaveAttribute("src", `/api/images/${IMG_B}/file`);
  await user.click(screen.getByRole("button", { name: "Make token" }));
  await waitFor(() =>
    expect(calls.find((c) => c.key === "POST /api/generate/token")?.body).toMatchObject({
      source: { kind: "image", imageId: IMG_B },
    }),
  );
});

test("description tokens offer image-capable profiles, the built-in engine by default", async () => {
  const user = userEvent.setup();
  const calls = setup(<TokenMaker campaignId={null} />, {
    "POST /api/generate/token": () => ({ body: token("Klarg") }),
  });
  const picker = screen.getByRole("combobox", { name: "Drawn by" });
  await waitFor(() => expect(within(picker).getAllByRole("option")).toHaveLength(2));
  expect(
    within(picker)
      .getAllByRole("option")
      .map((o) => o.textContent),
  ).toEqual(["Built-in offline engine (default)", "Work OpenAI · dall-e-3"]);
  expect(picker).toHaveValue("");

  fireEvent.change(screen.getByRole("textbox", { name: "Description" }), { target: { value: "a bugbear chief" } });
  await user.click(screen.getByRole("button", { name: "Make token" }));
  await waitFor(() => expect(calls.filter((c) => c.key === "POST /api/generate/token")).toHaveLength(1));
  expect(calls.find((c) => c.key === "POST /api/generate/token")?.body).toMatchObject({
    source: { kind: "description", description: "a bugbear chief" },
  });
  expect(calls.find((c) => c.key === "POST /api/generate/token")?.body).not.toHaveProperty("source.profileId");

  // The drawn picture became the source; back to a description with another profile.
  await user.click(await screen.findByRole("tab", { name: "Description" }));
  await user.selectOptions(screen.getByRole("combobox", { name: "Drawn by" }), DALLE.id);
  await user.click(screen.getByRole("button", { name: "Make token" }));
  await waitFor(() => expect(calls.filter((c) => c.key === "POST /api/generate/token")).toHaveLength(2));
  expect(calls.filter((c) => c.key === "POST /api/generate/token")[1].body).toMatchObject({
    source: { kind: "description", profileId: DALLE.id },
  });
});

test("the NPC batch checks rows with the API's schema, sends them, and shows each result with failures", async () => {
  const user = userEvent.setup();
  const calls = setup(<NpcBatch campaignId="cccccccc-1111-4111-8111-111111111111" />, {
    "POST /api/generate/token/batch": () => ({
      body: {
        created: 1,
        failed: 1,
        results: [
          { index: 0, name: "Klarg", ok: true, token: token("Klarg") },
          {
            index: 1,
            name: "Venomfang",
            ok: false,
            error: { code: "PROVIDER_ERROR", message: "The engine ran out of ink" },
          },
        ],
      },
    }),
  });
  await user.click(screen.getByRole("button", { name: "+ Add NPC" }));
  expect(within(screen.getByRole("list", { name: "NPCs" })).getAllByRole("listitem")).toHaveLength(2);

  await user.type(screen.getByRole("textbox", { name: "NPC 1 name" }), "Klarg");
  await user.type(screen.getByRole("textbox", { name: "NPC 1 description" }), "a bugbear chief");
  await user.selectOptions(screen.getByRole("combobox", { name: "NPC 1 size" }), "LARGE");
  await user.type(screen.getByRole("textbox", { name: "NPC 2 name" }), "Venomfang");
  await user.click(screen.getByRole("button", { name: "Make 2 NPC tokens" }));
  expect(await screen.findByRole("alert")).toHaveTextContent(/Description/);
  expect(calls.some((c) => c.key === "POST /api/generate/token/batch")).toBe(false);

  await user.type(screen.getByRole("textbox", { name: "NPC 2 description" }), "a young green dragon");
  await user.selectOptions(screen.getByRole("combobox", { name: "NPC 2 size" }), "HUGE");
  await user.selectOptions(screen.getByRole("combobox", { name: "NPC 2 disposition" }), "NEUTRAL");
  await user.click(screen.getByRole("button", { name: "Make 2 NPC tokens" }));

  const results = await screen.findByRole("list", { name: "NPC batch results" });
  expect(calls.find((c) => c.key === "POST /api/generate/token/batch")?.body).toEqual({
    campaignId: "cccccccc-1111-4111-8111-111111111111",
    npcs: [
      { name: "Klarg", description: "a bugbear chief", size: "LARGE", disposition: "HOSTILE" },
      { name: "Venomfang", description: "a young green dragon", size: "HUGE", disposition: "NEUTRAL" },
    ],
  });
  expect(within(results).getByRole("img", { name: "Klarg token" })).toBeInTheDocument();
  expect(within(results).getAllByRole("listitem")[1]).toHaveTextContent(
    /Venomfang\s*failed: The engine ran out of ink/,
  );
  expect(screen.getByText("1 made, 1 failed.")).toBeInTheDocument();

  await user.click(screen.getByRole("button", { name: "Remove NPC 2" }));
  expect(within(screen.getByRole("list", { name: "NPCs" })).getAllByRole("listitem")).toHaveLength(1);
  expect(screen.getByRole("button", { name: "Remove NPC 1" })).toBeDisabled();
});
