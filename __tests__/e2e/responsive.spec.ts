import { expect, screenshot, signUp, test, uniqueEmail } from "./support/fixtures";

test("on a phone the navigation folds into a menu", async ({ page, consoleErrors }) => {
  await signUp(page, "Phone Player", uniqueEmail("phone"));
  await screenshot(page, "phone-home");
  await page.getByRole("button", { name: "Open navigation" }).click();
  const nav = page.getByRole("navigation", { name: /main/i });
  await nav.getByRole("link", { name: "Gallery" }).click();
  await page.waitForURL(/\/gallery/);
  await screenshot(page, "phone-gallery");
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  expect(consoleErrors).toEqual([]);
});
