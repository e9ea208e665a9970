import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { ToastProvider } from "@/components/ui/toast";
import { GalleryView } from "@/components/gallery/gallery-view";
import type { GalleryImage } from "@/lib/query/gallery";

const images: GalleryImage[] = Array.from({ length: 3000 }, (_, index) => ({
  id: `i${index}`,
  url: `/api/images/i${index}/file`,
  thumbnail_url: `/api/images/i${index}/file?width=384`,
  width: 10,
  height: 10,
  bytes: 1,
  format: "png",
  source: "upload",
  is_favorite: false,
  tags: [],
  created_at: new Date(0).toISOString(),
  model: null,
  prompt: null,
  generation_id: null,
  campaign_id: null,
  visibility: "party",
  asset: { id: `a${index}`, name: `Image ${index}`, kind: "portrait", tags: [] },
}));
const fetchNextPage = jest.fn();

jest.mock("@/lib/query/gallery", () => ({
  useGalleryImages: () => ({
    data: { pages: [{ images, next_cursor: "more" }] },
    isPending: false,
    hasNextPage: true,
    isFetchingNextPage: false,
    fetchNextPage,
  }),
  useProjectTags: () => ({ data: { tags: [] } }),
  useBulkImages: () => ({ mutateAsync: jest.fn(), isPending: false }),
  useUploadImage: () => ({ mutateAsync: jest.fn(), isPending: false }),
}));

// The grid sits 300 px down the document, 1216 px wide (6 columns of ~193 px tiles, 205 px rows).
const GRID_TOP = 300;
let scrollY = 0;
beforeEach(() => {
  scrollY = 0;
  fetchNextPage.mockClear();
  Object.defineProperty(window, "scrollY", { configurable: true, get: () => scrollY });
  Object.defineProperty(window, "innerHeight", { configurable: true, value: 800 });
  window.scrollTo = jest.fn((options?: ScrollToOptions | number) => {
    scrollY = typeof options === "number" ? options : (options?.top ?? 0);
  }) as typeof window.scrollTo;
  jest.spyOn(HTMLElement.prototype, "getBoundingClientRect").mockImplementation(function (this: HTMLElement) {
    const top = this.hasAttribute("data-gallery-grid") ? GRID_TOP - scrollY : 0;
    const width = this.hasAttribute("data-gallery-grid") ? 1216 : 0;
    return { x: 0, y: top, top, left: 0, width, height: 0, right: width, bottom: top, toJSON: () => ({}) } as DOMRect;
  });
});
afterEach(() => jest.restoreAllMocks());

const renderedIndexes = () => screen.getAllByRole("gridcell").map((cell) => Number(cell.dataset.index));

async function scrollTo(y: number) {
  scrollY = y;
  await act(async () => {
    window.dispatchEvent(new Event("scroll"));
    await new Promise((resolve) => requestAnimationFrame(resolve));
  });
}

test("with 3,000 images only the rows near the viewport are in the DOM, and scrolling moves the window", async () => {
  render(<GalleryView />, { wrapper: ToastProvider });
  const grid = await screen.findByRole("grid", { name: "Images" });
  expect(grid).toHaveAttribute("data-columns", "6");
  const first = renderedIndexes();
  expect(first.length).toBeGreaterThan(12);
  expect(first.length).toBeLessThan(80);
  expect(first[0]).toBe(0);
  // The padding below stands in for the other 500 rows, so the page's scrollbar is right.
  expect(parseFloat(grid.style.paddingBottom)).toBeGreaterThan(400 * 200);

  await scrollTo(GRID_TOP + 250 * 205);
  const later = renderedIndexes();
  expect(later.length).toBeLessThan(80);
  expect(later[0]).toBeGreaterThan(1400);
  expect(later).toContain(1500);
  expect(screen.queryByAltText("Image 0")).not.toBeInTheDocument();
  expect(parseFloat(grid.style.paddingTop)).toBeCloseTo((later[0] / 6) * (1156 / 6 + 12));
  expect(fetchNextPage).not.toHaveBeenCalled();

  // Near the end of the loaded images, the next page is asked for.
  await scrollTo(GRID_TOP + 498 * 205);
  expect(renderedIndexes()).toContain(2999);
  expect(fetchNextPage).toHaveBeenCalled();
});

test("shift-click selects a range across rows that are not rendered, and select all takes every image", async () => {
  render(<GalleryView />, { wrapper: ToastProvider });
  fireEvent.click(await screen.findByRole("checkbox", { name: "Select Image 2" }));
  await scrollTo(GRID_TOP + 200 * 205);
  expect(screen.queryByAltText("Image 2")).not.toBeInTheDocument();
  fireEvent.click(screen.getByAltText("Image 1200"), { shiftKey: true });
  const toolbar = screen.getByRole("toolbar", { name: "Selected images" });
  expect(toolbar).toHaveTextContent("1199 selected");
  expect(screen.getByAltText("Image 1200").closest("[role=gridcell]")).toHaveAttribute("aria-selected", "true");
  expect(screen.getByAltText("Image 1201").closest("[role=gridcell]")).toHaveAttribute("aria-selected", "false");

  await scrollTo(0);
  expect(screen.getByAltText("Image 1").closest("[role=gridcell]")).toHaveAttribute("aria-selected", "false");
  expect(screen.getByAltText("Image 2").closest("[role=gridcell]")).toHaveAttribute("aria-selected", "true");
  fireEvent.click(within(toolbar).getByRole("button", { name: /select all/i }));
  expect(screen.getByRole("toolbar", { name: "Selected images" })).toHaveTextContent("3000 selected");
});

test("arrow keys move focus across rows, scrolling an unrendered row in and focusing its tile", async () => {
  render(<GalleryView />, { wrapper: ToastProvider });
  const tile = (index: number) => document.querySelector<HTMLElement>(`[data-gallery-grid] [data-index="${index}"]`);
  await screen.findByRole("grid", { name: "Images" });
  act(() => tile(0)!.focus());
  fireEvent.keyDown(document.activeElement ?? document.body, { key: "ArrowDown" });
  await waitFor(() => expect(tile(6)).toHaveFocus());
  fireEvent.keyDown(document.activeElement ?? document.body, { key: "ArrowRight" });
  await waitFor(() => expect(tile(7)).toHaveFocus());

  // Scrolled far away with the wheel, the focused tile is gone; an arrow brings its neighbour back.
  await scrollTo(GRID_TOP + 300 * 205);
  expect(tile(7)).toBeNull();
  fireEvent.keyDown(document.activeElement ?? document.body, { key: "ArrowDown" });
  await waitFor(() => expect(tile(13)).toHaveFocus());
  expect(window.scrollTo).toHaveBeenCalled();
  expect(scrollY).toBeLessThan(GRID_TOP + 205);
});
