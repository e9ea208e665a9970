import path from "node:path";
import type { Locator } from "@playwright/test";
import { expect, SCREENSHOT_DIR, signUp, test, uniqueEmail } from "./support/fixtures";
import { seedGalleryImages } from "./support/seed-images";

const COUNT = 3000;

/** Loaded means decoded pixels: an `<img>` without a `src` also reports `complete`. */
const expectLoaded = (image: Locator) =>
  expect
    .poll(() => image.evaluate((element: HTMLImageElement) => (element.complete ? element.naturalWidth : 0)))
    .toBeGreaterThan(0);

test("gallery: three thousand images in a windowed grid, and every keyboard shortcut", async ({
  page,
  consoleErrors,
}) => {
  test.setTimeout(240_000);
  const email = uniqueEmail("archivist");
  await signUp(page, "Archivist", email);
  await seedGalleryImages(email, COUNT);
  await page.goto("/gallery");
  const tiles = page.getByRole("gridcell");
  const tile = (name: string) => tiles.filter({ has: page.getByAltText(name, { exact: true }) });
  await expect(tiles.first().getByRole("img")).toHaveAttribute("alt", "Scroll tile 0001");
  const viewport = (name: string) => page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`) });
  await expectLoaded(tiles.first().getByRole("img"));
  await expectLoaded(tile("Scroll tile 0006").getByRole("img"));
  await viewport("gallery-thousands-top");

  // Scroll to the very end: pages load as the window nears the last row; the DOM stays small.
  await page.evaluate(() => {
    const state = window as unknown as { longTasks: number[] };
    state.longTasks = [];
    new PerformanceObserver((list) =>
      list.getEntries().forEach((entry) => state.longTasks.push(entry.duration)),
    ).observe({ type: "longtask" });
  });
  const started = Date.now();
  let mostTiles = 0;
  const last = page.getByAltText(`Scroll tile ${COUNT}`, { exact: true });
  for (let step = 0; step < 400 && !(await last.isVisible()); step++) {
    await page.mouse.wheel(0, 4000);
    mostTiles = Math.max(mostTiles, await tiles.count());
  }
  await expect(last).toBeVisible();
  const longTasks = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);
  console.log(
    `[gallery-scale] reached image ${COUNT} in ${Date.now() - started} ms; at most ${mostTiles} tiles in the DOM; ` +
      `${longTasks.length} long tasks, longest ${Math.round(Math.max(0, ...longTasks))} ms`,
  );
  expect(mostTiles).toBeLessThan(200);
  // Every tile in view at the end shows its picture: the tiles scrolled past did not take its place
  // in the queue.
  await expectLoaded(last);
  for (const image of await tiles.getByRole("img").all()) {
    if (await image.isVisible()) await expectLoaded(image);
  }
  await viewport("gallery-thousands-end");

  // Back to the top, keyboard only from here.
  await page.evaluate(() => window.scrollTo(0, 0));
  await tile("Scroll tile 0001").focus();
  const focusedName = () => page.evaluate(() => document.activeElement?.querySelector("img")?.getAttribute("alt"));
  await page.keyboard.press("ArrowRight");
  expect(await focusedName()).toBe("Scroll tile 0002");
  const columns = Number(await page.getByRole("grid", { name: "Images" }).getAttribute("data-columns"));
  await page.keyboard.press("ArrowDown");
  const below = `Scroll tile ${String(2 + columns).padStart(4, "0")}`;
  expect(await focusedName()).toBe(below);
  await page.keyboard.press("ArrowLeft");
  await page.keyboard.press("ArrowUp");
  expect(await focusedName()).toBe("Scroll tile 0001");

  // F favorites the focused tile.
  await page.keyboard.press("f");
  await expect(tile("Scroll tile 0001").getByLabel("Favorite")).toBeVisible();

  // Enter opens it; in the dialog F toggles the favorite, arrows go image to image, Esc closes.
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog", { name: "Scroll tile 0001" });
  await expect(dialog.getByRole("button", { name: "★ Favorite" })).toBeVisible();
  await page.keyboard.press("f");
  await expect(dialog.getByRole("button", { name: "☆ Favorite" })).toBeVisible();
  await expect(tile("Scroll tile 0001").getByLabel("Favorite")).toHaveCount(0);
  await page.keyboard.press("ArrowRight");
  await expect(page.getByRole("dialog", { name: "Scroll tile 0002" })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("dialog")).toHaveCount(0);

  // Delete asks first: Esc keeps the image, confirming removes it.
  await tile("Scroll tile 0003").focus();
  await page.keyboard.press("Delete");
  const confirm = page.getByRole("dialog", { name: "Delete this image?" });
  await expect(confirm).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(confirm).toBeHidden();
  await expect(tile("Scroll tile 0003")).toHaveCount(1);
  await tile("Scroll tile 0003").focus();
  await page.keyboard.press("Delete");
  await confirm.getByRole("button", { name: "Delete" }).click();
  // While a dialog is open the grid is hidden from the accessibility tree (no gridcells at all):
  // only after it closes does "no tile 0003" mean the grid dropped it. It goes at once, before the
  // refetch of every loaded page, and must not come back with it.
  await expect(confirm).toBeHidden();
  await expect(tile("Scroll tile 0002")).toHaveCount(1);
  await expect(tile("Scroll tile 0003")).toHaveCount(0, { timeout: 300 });
  await expect(page.getByText("Image deleted", { exact: true })).toBeVisible();
  await page.waitForLoadState("networkidle");
  await expect(tile("Scroll tile 0003")).toHaveCount(0);
  await expect(tile("Scroll tile 0004")).toHaveCount(1);

  // Esc clears a selection, also with the focus on a tile's checkbox.
  await page.getByRole("checkbox", { name: "Select Scroll tile 0004" }).check();
  await page.getByRole("checkbox", { name: "Select Scroll tile 0005" }).check();
  const toolbar = page.getByRole("toolbar", { name: "Selected images" });
  await expect(toolbar).toContainText("2 selected");
  await viewport("gallery-thousands-selection");
  await page.keyboard.press("Escape");
  await expect(toolbar).toBeHidden();
  expect(consoleErrors).toEqual([]);
});
