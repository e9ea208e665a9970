import { expect, screenshot, signUp, test, uniqueEmail } from "./support/fixtures";

test("on a phone the navigation folds into a menu", async ({ page, consoleErrors }) => {
  await signUp(page, "Phone Player", uniqueEmail("phone"));
  await screenshot(page, "phone-home");
  await page.getByRole("button", { name: "Open navigation" }).click();
  const nav = page.getByRole("navigation", { name: /main/i });
  await nav.getByRole("link", { name: "Gallery" }).click();
  await page.waitForURL(/\/gallery/);
  await screenshot(page, "phone-gallery");
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  expect(consoleErrors).toEqual([]);
});

test("on a phone the Maps page shows a generated map edge to edge, with no empty band under it", async ({
  page,
  consoleErrors,
}) => {
  test.setTimeout(90_000);
  await signUp(page, "Phone DM", uniqueEmail("phone-maps"));
  await page.goto("/maps");
  await page.getByLabel("Width (squares)").fill("30");
  await page.getByLabel("Height (squares)").fill("20");
  await page.getByLabel("Seed").fill("phone");
  await page.getByRole("button", { name: "Generate map" }).click();
  const viewport = page.getByTestId("map-viewport");
  await expect(page.getByRole("img", { name: /version 1 \(DM version\)/ })).toBeVisible({ timeout: 30_000 });
  await viewport.scrollIntoViewIfNeeded();
  // The box takes the map's proportions: as high as the picture it shows.
  const box = (await viewport.boundingBox())!;
  const picture = (await page.getByRole("img", { name: /version 1/ }).boundingBox())!;
  expect(Math.abs(box.height - picture.height)).toBeLessThanOrEqual(2);
  expect(Math.abs(box.height - (box.width * 20) / 30)).toBeLessThanOrEqual(2);
  await screenshot(page, "phone-maps");
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  expect(consoleErrors).toEqual([]);
});
