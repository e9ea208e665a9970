import { act, render, screen } from "@testing-library/react";
import { GalleryTile } from "@/components/gallery/gallery-tile";
import { SETTLE_MS } from "@/components/gallery/use-settled-image";
import type { GalleryImage } from "@/lib/query/gallery";

const image: GalleryImage = {
  id: "i1",
  url: "/api/images/i1/file",
  thumbnail_url: "/api/images/i1/file?width=384&height=384&format=webp",
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
  asset: { id: "a1", name: "Scroll tile", kind: "image", tags: [] },
};
const noop = () => undefined;
const tile = () => (
  <GalleryTile image={image} index={0} selected={false} focused={false} onOpen={noop} onToggle={noop} onFocus={noop} />
);

beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

test("a tile asks for its thumbnail only after it has settled in the window", () => {
  render(tile());
  const thumbnail = screen.getByAltText("Scroll tile");
  expect(thumbnail).not.toHaveAttribute("src");
  act(() => jest.advanceTimersByTime(SETTLE_MS - 1));
  expect(thumbnail).not.toHaveAttribute("src");
  act(() => jest.advanceTimersByTime(1));
  expect(thumbnail).toHaveAttribute("src", image.thumbnail_url);
});

test("a tile scrolled past before settling never asks, and one leaving mid-load drops its request", () => {
  const passed = render(tile());
  const unsettled = screen.getByAltText("Scroll tile");
  passed.unmount();
  act(() => jest.advanceTimersByTime(SETTLE_MS * 2));
  expect(unsettled).not.toHaveAttribute("src");

  const loading = render(tile());
  act(() => jest.advanceTimersByTime(SETTLE_MS));
  const thumbnail = screen.getByAltText("Scroll tile") as HTMLImageElement;
  expect(thumbnail).toHaveAttribute("src", image.thumbnail_url);
  // jsdom never loads images, so this one is still incomplete when its tile leaves the window.
  Object.defineProperty(thumbnail, "complete", { value: false });
  loading.unmount();
  expect(thumbnail).not.toHaveAttribute("src");
});
