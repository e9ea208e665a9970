import { fireEvent, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { GenerationStages } from "@/components/maps/generation-stages";
import { MapVersions } from "@/components/maps/map-versions";
import { MapViewport } from "@/components/maps/map-viewport";
import { generateLayout } from "@/lib/maps/generate-layout";
import type { MapView } from "@/lib/maps/map-view";

// jsdom has no PointerEvent (so fireEvent would drop clientX) and no pointer capture.
beforeAll(() => {
  Element.prototype.setPointerCapture ??= () => {};
  if (!("PointerEvent" in window)) {
    class PointerEventPolyfill extends MouseEvent {
      pointerId: number;
      constructor(type: string, init: PointerEventInit = {}) {
        super(type, init);
        this.pointerId = init.pointerId ?? 0;
      }
    }
    Object.assign(window, { PointerEvent: PointerEventPolyfill });
  }
});

test("stage progress marks earlier stages done, the current one active, then shows measured timings", () => {
  const { rerender } = render(<GenerationStages stage="render" timings={null} />);
  const state = (s: string) =>
    screen.getByRole("status").querySelector(`[data-stage="${s}"]`)!.getAttribute("data-state");
  expect([state("layout"), state("render"), state("export")]).toEqual(["done", "active", "waiting"]);
  rerender(<GenerationStages stage={null} timings={{ layoutMs: 12, renderMs: 150, exportMs: 3 }} />);
  expect([state("layout"), state("render"), state("export")]).toEqual(["done", "done", "done"]);
  expect(screen.getByRole("status")).toHaveTextContent("Render 150 ms");
});

test("the version switcher lists v1…vn and picks one", async () => {
  const onPick = jest.fn();
  const versions = [1, 2, 3].map((version) => ({
    id: `id-${version}`,
    version,
    seed: `s${version}`,
    createdAt: new Date(2026, 0, version).toISOString(),
  }));
  render(<MapVersions versions={versions} currentId="id-2" onPick={onPick} />);
  const group = screen.getByRole("group", { name: "Versions" });
  expect(
    within(group)
      .getAllByRole("button")
      .map((b) => b.textContent),
  ).toEqual(["v1", "v2", "v3"]);
  expect(within(group).getByRole("button", { name: "v2" })).toHaveAttribute("aria-pressed", "true");
  await userEvent.setup().click(within(group).getByRole("button", { name: "v3" }));
  expect(onPick).toHaveBeenCalledWith("id-3");
});

test("dragging pans the map and overlays follow; reset puts it back", () => {
  const layout = generateLayout({ mapType: "dungeon", difficulty: "medium", width: 20, height: 16, seed: "pan" });
  const map = {
    id: "m",
    name: "Crypt",
    version: 1,
    imageUrl: "/x.png",
    widthSquares: 20,
    heightSquares: 16,
    layout: { ...layout, imageId: "i", source: { kind: "generator", notes: [] } },
  } as unknown as MapView;
  const onZoom = jest.fn();
  render(<MapViewport map={map} show={{ walls: true, doors: true, lights: false }} zoom={1} onZoom={onZoom} />);
  const viewport = screen.getByTestId("map-viewport");
  fireEvent.pointerDown(viewport, { clientX: 100, clientY: 100, pointerId: 1 });
  fireEvent.pointerMove(viewport, { clientX: 160, clientY: 70, pointerId: 1 });
  fireEvent.pointerUp(viewport, { pointerId: 1 });
  const panned = viewport.firstElementChild as HTMLElement;
  expect(panned.style.transform).toBe("translate(60px, -30px)");
  expect(panned.querySelectorAll('[data-overlay="wall"]').length).toBeGreaterThan(0);
  expect(panned.querySelectorAll('[data-overlay="light"]')).toHaveLength(0);
  fireEvent.wheel(viewport, { deltaY: -100 });
  expect(onZoom).toHaveBeenCalledWith(1.25);
  fireEvent.click(screen.getByRole("button", { name: "Reset view" }));
  expect(panned.style.transform).toBe("translate(0px, 0px)");
});
