// The map view's controls on the app's primitives (switches for the overlays, a labelled slider
// for the zoom; no browser-default checkbox or range look) and the floor switcher of a
// multi-storey map, whose upper floors come from the map's download route.
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { fireEvent, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { MapResult } from "@/components/maps/map-result";
import { generateLayout } from "@/lib/maps/generate-layout";
import type { MapView } from "@/lib/schemas/maps-response";

const layout = generateLayout({ mapType: "tavern", difficulty: "medium", width: 30, height: 24, seed: "inn" });
const map = {
  id: "00000000-0000-4000-8000-000000000001",
  assetId: "a0000000-0000-4000-8000-000000000001",
  campaignId: null,
  version: 1,
  name: "The Gilded Goose",
  description: "",
  mapType: "tavern",
  difficulty: "medium",
  seed: "inn",
  widthSquares: 30,
  heightSquares: 24,
  pixelsPerSquare: 70,
  gridSizeFeet: 5,
  imageId: "i1",
  imageUrl: "/api/images/i1/file",
  thumbnailUrl: "/api/images/i1/file?width=160",
  pictureVersion: "dm",
  playerImageUrl: "/api/images/p1/file",
  visibility: "dm_only",
  layout: { ...layout, imageId: "i1", source: { kind: "generator", notes: [] } },
  createdAt: "2026-01-01T00:00:00.000Z",
  versions: [],
} as unknown as MapView;

const renderResult = (view: MapView = map) =>
  render(
    <QueryClientProvider client={new QueryClient()}>
      <MapResult map={view} onRegenerate={() => {}} onPickVersion={() => {}} busy={false} />
    </QueryClientProvider>,
  );

test("overlay switches toggle the overlays; the zoom slider is labelled and says its value", async () => {
  const user = userEvent.setup();
  renderResult();
  expect(document.querySelector('input[type="checkbox"]')).toBeNull();
  const walls = screen.getByRole("switch", { name: "Show walls" });
  expect(walls).toHaveAttribute("aria-checked", "false");
  expect(document.querySelectorAll('[data-overlay="wall"]')).toHaveLength(0);
  await user.click(walls);
  expect(walls).toHaveAttribute("aria-checked", "true");
  expect(document.querySelectorAll('[data-overlay="wall"]').length).toBeGreaterThan(0);
  // The words are its label: clicking them toggles it too.
  await user.click(screen.getByText("Show walls"));
  expect(walls).toHaveAttribute("aria-checked", "false");

  const zoom = screen.getByRole("slider", { name: "Zoom" });
  expect(zoom).toHaveAttribute("aria-valuetext", "1×");
  fireEvent.change(zoom, { target: { value: "2" } });
  expect(zoom).toHaveAttribute("aria-valuetext", "2×");
  expect(screen.getByRole("button", { name: "Reset view" })).toBeInTheDocument();
});

test("a multi-storey map switches floors: each floor's picture and its own overlay, in the version shown", async () => {
  const user = userEvent.setup();
  renderResult();
  const floors = screen.getByRole("group", { name: "Floor" });
  expect(
    within(floors)
      .getAllByRole("button")
      .map((b) => b.textContent),
  ).toEqual(layout.floors!.map((f) => f.name));
  const picture = () => screen.getByRole("img", { name: /The Gilded Goose version 1/ });
  expect(picture()).toHaveAttribute("src", "/api/images/i1/file");
  await user.click(screen.getByRole("switch", { name: "Show walls" }));
  const groundWalls = document.querySelectorAll('[data-overlay="wall"]').length;

  await user.click(within(floors).getByRole("button", { name: "Upper floor" }));
  expect(within(floors).getByRole("button", { name: "Upper floor" })).toHaveAttribute("aria-pressed", "true");
  expect(picture()).toHaveAttribute("src", `/api/maps/${map.id}/download?format=png&floor=1&picture=dm`);
  expect(picture()).toHaveAccessibleName("The Gilded Goose version 1, Upper floor (DM version)");
  expect(document.querySelectorAll('[data-overlay="wall"]').length).not.toBe(groundWalls);

  await user.click(
    within(screen.getByRole("group", { name: "Picture" })).getByRole("button", { name: "Player version" }),
  );
  expect(picture()).toHaveAttribute("src", `/api/maps/${map.id}/download?format=png&floor=1&picture=player`);
  await user.click(within(floors).getByRole("button", { name: "Ground floor" }));
  expect(picture()).toHaveAttribute("src", "/api/images/p1/file");
});

test("a one-floor map has no floor switcher", () => {
  const dungeon = generateLayout({ mapType: "dungeon", difficulty: "medium", width: 20, height: 16, seed: "crypt" });
  renderResult({ ...map, layout: { ...dungeon, imageId: "i1", source: { kind: "generator", notes: [] } } } as MapView);
  expect(screen.queryByRole("group", { name: "Floor" })).toBeNull();
});
