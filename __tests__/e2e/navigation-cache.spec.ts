import type { Page } from "@playwright/test";
import { expect, signUp, test, uniqueEmail } from "./support/fixtures";

/**
 * Pages share react-query's cache across client-side navigation. The tokens page once stored
 * `characters.list()` and `campaigns.list()` as the `{ characters }` / `{ campaigns }` envelopes
 * while the campaigns and characters pages stored the lists themselves, so whichever page came
 * second read the other's shape and broke. Moving between them through the nav links (never a
 * full load, which would empty the cache) must keep every page working.
 */
const CHARACTER = "Mirela Thornquist";
const CAMPAIGN = "The Sunken Crown";

async function goThroughNav(page: Page, label: string, path: string) {
  await page.getByRole("navigation", { name: /main/i }).getByRole("link", { name: label }).click();
  await page.waitForURL((url) => url.pathname === path);
  await expect(page.getByRole("heading", { name: label, level: 1 })).toBeVisible();
}

async function expectNoErrorUi(page: Page) {
  await expect(page.getByText(/application error|something went wrong/i)).toHaveCount(0);
  // Next's route announcer is an alert too; only the app's own alerts count.
  await expect(page.locator('[role="alert"]:not(#__next-route-announcer__)')).toHaveCount(0);
}

async function expectTokensPage(page: Page) {
  // The campaign picker lists the campaign (DM), and the maker offers the character as a source.
  await expect(
    page.getByRole("combobox", { name: "Campaign" }).getByRole("option", { name: `${CAMPAIGN} (DM)` }),
  ).toHaveCount(1);
  await page.getByRole("tab", { name: "Character portrait" }).click();
  await expect(
    page.getByRole("combobox", { name: "Character" }).getByRole("option", { name: new RegExp(CHARACTER) }),
  ).toHaveCount(1);
  await expectNoErrorUi(page);
}

test("tokens → campaigns → tokens → characters keeps every page working (one cache shape per key)", async ({
  page,
  consoleErrors,
}) => {
  await signUp(page, "Cache Walker", uniqueEmail("cache"));
  // The page's own session cookie: created through the API the pages read.
  const character = await page.request.post("/api/characters", {
    data: { name: CHARACTER, race: "halfling", character_class: "bard" },
  });
  expect(character.status()).toBe(201);
  const campaign = await page.request.post("/api/campaigns", { data: { name: CAMPAIGN } });
  expect(campaign.status()).toBe(201);

  await goThroughNav(page, "Tokens", "/tokens");
  await expectTokensPage(page);

  await goThroughNav(page, "Campaigns", "/campaigns");
  await expect(page.getByText(CAMPAIGN, { exact: true })).toBeVisible();
  await expectNoErrorUi(page);

  await goThroughNav(page, "Tokens", "/tokens");
  await expectTokensPage(page);

  await goThroughNav(page, "Characters", "/characters");
  await expect(page.getByText(CHARACTER, { exact: true })).toBeVisible();
  await expectNoErrorUi(page);

  expect(consoleErrors).toEqual([]);
});
