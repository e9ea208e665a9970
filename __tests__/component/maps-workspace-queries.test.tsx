// The Maps page reads through react-query: the saved-maps list and the open map are queries, and
// a generated map is shown at once, then the list and the map's versions are fetched again.
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { MapsWorkspace } from "@/components/maps/maps-workspace";
import { generateLayout } from "@/lib/maps/generate-layout";
import type { MapView } from "@/lib/schemas/maps-response";
import { PROVIDERS } from "./profile-fixtures";

const layout = generateLayout({ mapType: "dungeon", difficulty: "medium", width: 20, height: 16, seed: "crypt" });
const version = (n: number): MapView => ({
  id: `00000000-0000-4000-8000-00000000000${n}`,
  assetId: "a0000000-0000-4000-8000-000000000001",
  campaignId: null,
  version: n,
  name: "Crypt",
  description: "",
  mapType: "dungeon",
  difficulty: "medium",
  seed: "crypt",
  widthSquares: 20,
  heightSquares: 16,
  pixelsPerSquare: 70,
  gridSizeFeet: 5,
  imageId: `10000000-0000-4000-8000-00000000000${n}`,
  imageUrl: `/api/images/v${n}/file`,
  thumbnailUrl: `/api/images/v${n}/file?width=160&format=webp`,
  pictureVersion: "dm",
  playerImageUrl: null,
  visibility: "party",
  layout: { ...layout, imageId: `10000000-0000-4000-8000-00000000000${n}`, source: { kind: "generator", notes: [] } },
  createdAt: "2026-01-01T00:00:00.000Z",
  versions: [],
});
const summary = (map: MapView) => ({ id: map.id, version: map.version, seed: map.seed, createdAt: map.createdAt });
const [v1, v2] = [version(1), version(2)];

let saved: MapView[];
let calls: string[];
beforeEach(() => {
  saved = [v1];
  calls = [];
  // The answers of the real routes (their shapes are checked against the contracts in the integration tests).
  global.fetch = jest.fn(async (url: string, init?: RequestInit) => {
    const key = `${init?.method ?? "GET"} ${url}`;
    calls.push(key);
    const routes: Record<string, () => unknown> = {
      "GET /api/maps": () => ({ maps: saved.slice(-1) }),
      "GET /api/campaigns": () => ({ campaigns: [] }),
      "GET /api/profiles": () => ({ profiles: [] }),
      "GET /api/providers": () => ({ providers: PROVIDERS }),
      [`GET /api/maps/${v1.id}`]: () => ({ ...v1, versions: saved.map(summary) }),
      [`GET /api/maps/${v2.id}`]: () => ({ ...v2, versions: saved.map(summary) }),
      "POST /api/generate/map": () => {
        saved = [v1, v2];
        return { ...v2, timings: { layoutMs: 5, renderMs: 40, exportMs: 2 } };
      },
    };
    if (!routes[key]) throw new Error(`unexpected fetch ${key}`);
    return {
      ok: true,
      status: key.startsWith("POST") ? 201 : 200,
      json: async () => routes[key](),
      headers: { get: () => null },
    };
  }) as unknown as typeof fetch;
});

function renderPage() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <MapsWorkspace />
    </QueryClientProvider>,
  );
}

test("opening a saved map loads it with its versions", async () => {
  const user = userEvent.setup();
  renderPage();
  await user.click(
    await within(screen.getByRole("complementary", { name: "Saved maps" })).findByRole("button", { name: /Crypt/ }),
  );
  expect(await screen.findByRole("heading", { name: "Crypt — version 1" })).toBeInTheDocument();
  expect(
    within(screen.getByRole("group", { name: "Versions" }))
      .getAllByRole("button")
      .map((b) => b.textContent),
  ).toEqual(["v1"]);
});

test("a generated version shows at once, then the saved list and the version list are fetched again", async () => {
  const user = userEvent.setup();
  renderPage();
  await screen.findByRole("button", { name: /Crypt/ });
  await user.click(screen.getByRole("button", { name: "Generate map" }));

  expect(await screen.findByRole("heading", { name: "Crypt — version 2" })).toBeInTheDocument();
  await waitFor(() =>
    expect(
      within(screen.getByRole("group", { name: "Versions" }))
        .getAllByRole("button")
        .map((b) => b.textContent),
    ).toEqual(["v1", "v2"]),
  );
  expect(calls.filter((call) => call === "GET /api/maps")).toHaveLength(2);
  expect(calls).toContain(`GET /api/maps/${v2.id}`);
  expect(screen.getByRole("status")).toHaveTextContent("Render 40 ms");
});

test("a refused generation shows the server's message from the one error shape", async () => {
  const user = userEvent.setup();
  const ok = global.fetch;
  global.fetch = jest.fn(async (url: string, init?: RequestInit) =>
    init?.method === "POST"
      ? {
          ok: false,
          status: 400,
          json: async () => ({ error: { code: "VALIDATION", message: "at most 80 squares" } }),
          headers: { get: () => null },
        }
      : ok(url, init),
  ) as unknown as typeof fetch;
  renderPage();
  await user.click(screen.getByRole("button", { name: "Generate map" }));
  expect(await screen.findByRole("alert")).toHaveTextContent("at most 80 squares");
  expect(screen.queryByRole("heading", { name: /version/ })).not.toBeInTheDocument();
});
