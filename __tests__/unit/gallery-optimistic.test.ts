import type { InfiniteData } from "@tanstack/react-query";
import type { GalleryImage, GalleryPage } from "@/lib/query/gallery";
import { applyBulkAction } from "@/lib/query/gallery-optimistic";

const image = (id: string, extra: Partial<GalleryImage> = {}) =>
  ({ id, is_favorite: false, tags: ["old"], ...extra }) as GalleryImage;
const data = (): InfiniteData<GalleryPage> => ({
  pages: [
    { images: [image("a"), image("b")], next_cursor: "c1" },
    { images: [image("c"), image("d", { tags: ["old", "keep"] })], next_cursor: null },
  ],
  pageParams: [null, "c1"],
});
const ids = (result: InfiniteData<GalleryPage> | undefined) =>
  result?.pages.map((page) => page.images.map((one) => one.id));

describe("applyBulkAction", () => {
  it("removes deleted images from every loaded page and keeps the cursors", () => {
    const result = applyBulkAction(data(), "delete", ["b", "c"]);
    expect(ids(result)).toEqual([["a"], ["d"]]);
    expect(result?.pageParams).toEqual([null, "c1"]);
    expect(result?.pages.map((page) => page.next_cursor)).toEqual(["c1", null]);
  });

  it("flips favorites and adds or removes tags on the chosen images only", () => {
    const favored = applyBulkAction(data(), "favorite", ["a", "d"]);
    expect(favored?.pages.flatMap((page) => page.images.map((one) => one.is_favorite))).toEqual([
      true,
      false,
      false,
      true,
    ]);
    const tagged = applyBulkAction(data(), "tag", ["a"], ["old", "hero"]);
    expect(tagged?.pages[0].images.map((one) => one.tags)).toEqual([["old", "hero"], ["old"]]);
    const untagged = applyBulkAction(data(), "untag", ["d"], ["old"]);
    expect(untagged?.pages[1].images.map((one) => one.tags)).toEqual([["old"], ["keep"]]);
  });

  it("leaves a grid with nothing loaded alone and never changes the data it was given", () => {
    expect(applyBulkAction(undefined, "delete", ["a"])).toBeUndefined();
    const given = data();
    applyBulkAction(given, "delete", ["a"]);
    expect(ids(given)).toEqual([
      ["a", "b"],
      ["c", "d"],
    ]);
  });
});
