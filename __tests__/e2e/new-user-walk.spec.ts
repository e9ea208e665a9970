import type { Download, Locator, Page } from "@playwright/test";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import {
  chooseOption,
  drawBuiltinPortrait,
  expect,
  forgiveConsoleErrors,
  PASSWORD,
  screenshot,
  test,
  uniqueEmail,
} from "./support/fixtures";
import { openRecordingContext } from "./support/contexts";

// A new user's whole path, at desktop and phone widths, with a screenshot of every page and
// dialog: sign up → Settings (add a provider key, sessions, linked accounts) → a character and
// its portrait → a campaign as DM → a player joins by the invite link → a battle map exported to
// Foundry → tokens → the gallery (tag, favorite, search, bulk tag and delete) → statistics.
const VIEWPORTS = [
  { name: "desktop", viewport: { width: 1280, height: 800 }, isMobile: false },
  { name: "phone", viewport: { width: 390, height: 844 }, isMobile: true },
] as const;

// A key no provider will ever accept: the walk only checks it is stored and never shown back.
const PROVIDER_KEY = "sk-walk-never-shown-key-9q4abcd";

/** No element is wider than the window: nothing to scroll sideways on a phone. */
async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, `${page.url()} scrolls sideways`).toBeLessThanOrEqual(1);
}

/** The controls sit on one row (their tops within 2 px): nothing wrapped onto a line of its own. */
async function expectOneRow(what: string, controls: Locator[]): Promise<void> {
  const tops = await Promise.all(controls.map(async (control) => (await control.boundingBox())!.y));
  expect(Math.max(...tops) - Math.min(...tops), `${what} share one row`).toBeLessThanOrEqual(2);
}

async function loadedImages(page: Page, selector: string): Promise<number> {
  return page
    .locator(selector)
    .evaluateAll(
      (images) =>
        images.filter((image) => (image as HTMLImageElement).complete && (image as HTMLImageElement).naturalWidth > 0)
          .length,
    );
}

for (const size of VIEWPORTS) {
  test(`a new user's walk at ${size.name} width`, async ({ browser }) => {
    test.setTimeout(300_000);
    const errors: string[] = [];
    let step = 0;
    const shot = async (page: Page, name: string, options: { top?: boolean } = {}) => {
      step += 1;
      if (options.top !== false) await page.evaluate(() => window.scrollTo(0, 0));
      await expectNoSidewaysScroll(page);
      await screenshot(page, `walk-${size.name}-${String(step).padStart(2, "0")}-${name}`);
    };
    const context = await openRecordingContext(browser, size, errors, { acceptDownloads: true });
    const page = await context.newPage();

    // Sign up: a mistake first, then the account.
    await page.goto("/sign-up");
    await page.getByLabel("Name").fill("Mira Newcomer");
    await page.getByLabel("Email").fill("not an email");
    await page.getByLabel("Password").fill("short");
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.getByLabel("Email")).toHaveAttribute("aria-invalid", "true");
    await shot(page, "sign-up-errors");
    const email = uniqueEmail("mira");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Create account" }).click();
    await page.waitForURL((url) => url.pathname === "/");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Welcome, Mira");
    await shot(page, "dashboard");

    // The navigation: the user menu, and on a phone the drawer.
    if (size.isMobile) {
      await page.getByRole("button", { name: "Open navigation" }).click();
      await expect(page.getByRole("dialog")).toBeVisible();
      await shot(page, "nav-drawer", { top: false });
      await page.getByRole("button", { name: "Close navigation" }).click();
      await expect(page.getByRole("dialog")).toBeHidden();
    }

    // Settings: the built-in engine is there; a provider key is added and never shown back.
    await page.goto("/settings");
    await expect(page.getByRole("group", { name: "Built-in offline engine" })).toBeVisible();
    await expect(page.getByRole("list", { name: "Your sessions" }).getByRole("listitem")).toHaveCount(1);
    await shot(page, "settings");
    await page.getByRole("button", { name: "Add profile" }).click();
    const profileDialog = page.getByRole("dialog", { name: "Add an AI provider" });
    await profileDialog.getByLabel("Name").fill("My OpenAI");
    await profileDialog.getByLabel("API key").fill(PROVIDER_KEY);
    await shot(page, "settings-add-profile", { top: false });
    await profileDialog.getByRole("button", { name: "Add profile" }).click();
    await expect(profileDialog).toBeHidden();
    await expect(page.getByRole("group", { name: "My OpenAI" }).getByTestId("key-hint")).toHaveText("…abcd");
    expect(await page.content()).not.toContain(PROVIDER_KEY);
    const providerCard = page.getByRole("group", { name: "My OpenAI" });
    await expectOneRow("the provider card's actions", [
      providerCard.getByRole("button", { name: "Test connection" }),
      providerCard.getByRole("button", { name: "Show My OpenAI's models" }),
      providerCard.getByRole("button", { name: "Edit My OpenAI" }),
      providerCard.getByRole("button", { name: "Delete My OpenAI" }),
    ]);
    await shot(page, "settings-with-key");
    await page.getByLabel("Token name").fill("Foundry module");
    await page.getByRole("button", { name: "Create token" }).click();
    await expect(page.getByTestId("api-token-secret")).toBeVisible();
    await shot(page, "settings-api-token");

    // The user menu.
    await page
      .getByRole("button", { name: /Mira Newcomer|MN/ })
      .first()
      .click();
    await expect(page.getByRole("menu")).toBeVisible();
    await shot(page, "user-menu", { top: false });
    await page.keyboard.press("Escape");
    await expect(page.getByRole("menu")).toBeHidden();

    // A character and its portrait, drawn by the built-in engine.
    await page.goto("/characters");
    await expect(page.getByRole("heading", { name: "No characters yet" })).toBeVisible();
    await expect(page.getByRole("img", { name: /^Preview portrait of / }).first()).toBeVisible();
    await shot(page, "characters-empty");
    await page.goto("/characters/new");
    await page.getByRole("textbox", { name: "Name" }).fill("Seraphine Vale");
    await chooseOption(page, page, "Race", "Half Elf");
    await chooseOption(page, page, "Class", "Bard");
    await drawBuiltinPortrait(page, "Seraphine Vale");
    await shot(page, "character-portrait");
    await page.getByRole("button", { name: "View sheet" }).click();
    await page.waitForURL(/\/characters\/[0-9a-f-]+$/);
    await expect(page.getByRole("img", { name: /Seraphine Vale/ }).first()).toBeVisible();
    await shot(page, "character-sheet");
    await page.goto("/characters");
    await expect(page.getByRole("link", { name: /Seraphine Vale/ }).first()).toBeVisible();
    await shot(page, "characters");

    // A campaign as DM, and its invite link.
    await page.goto("/campaigns");
    await expect(page.getByText("None yet: create one or join with an invite code.")).toBeVisible();
    await shot(page, "campaigns-empty");
    await page.getByLabel("Campaign name").fill("The Sunken Crown");
    await page.getByRole("button", { name: "Create campaign" }).click();
    await page.getByRole("link", { name: /The Sunken Crown/ }).click();
    await page.waitForURL(/\/campaigns\/[0-9a-f-]+$/);
    await page.getByRole("button", { name: "Copy invite link" }).click();
    await expect(page.getByRole("button", { name: "Copied" })).toBeVisible();
    const inviteLink = await page.evaluate(() => navigator.clipboard.readText());
    await shot(page, "campaign");

    // A player follows the invite link, signs up and joins with a character.
    const playerContext = await openRecordingContext(browser, size, errors, { acceptDownloads: true });
    const player = await playerContext.newPage();
    await player.goto(inviteLink);
    await player.waitForURL((url) => url.pathname === "/sign-in");
    await shot(player, "player-invited-sign-in");
    await player.getByRole("link", { name: "Create an account" }).click();
    await player.getByLabel("Name").fill("Bram Player");
    await player.getByLabel("Email").fill(uniqueEmail("bram"));
    await player.getByLabel("Password").fill(PASSWORD);
    await player.getByRole("button", { name: "Create account" }).click();
    await player.waitForURL((url) => url.pathname === "/campaigns" && url.searchParams.has("join"));
    // The picture once the player's (empty) character list has loaded: the way to the creator.
    await expect(player.getByRole("link", { name: "Create a character" })).toBeVisible();
    await shot(player, "player-join-without-character");
    await player.goto("/gallery");
    await expect(player.getByText("No images here yet")).toBeVisible();
    await shot(player, "player-gallery-empty");
    await player.goBack();
    await player.waitForURL((url) => url.pathname === "/campaigns" && url.searchParams.has("join"));
    // No character yet: the invite says so and leads to the creator and back.
    await player.getByRole("link", { name: "Create a character" }).click();
    await player.waitForURL((url) => url.pathname === "/characters/new" && url.searchParams.has("join"));
    await player.getByRole("textbox", { name: "Name" }).fill("Bram Oakhand");
    await chooseOption(player, player, "Race", "Dwarf");
    await chooseOption(player, player, "Class", "Cleric");
    await player.getByRole("button", { name: "Save character" }).click();
    await player.getByRole("link", { name: "Back to the invite" }).click();
    await player.waitForURL((url) => url.pathname === "/campaigns" && url.searchParams.has("join"));
    // The one character is already chosen.
    await expect(player.getByRole("combobox", { name: "With character" })).toContainText("Bram Oakhand");
    await player.getByRole("button", { name: "Join campaign" }).click();
    await expect(player.getByText("Joined The Sunken Crown.")).toBeVisible();
    await player.getByRole("link", { name: "Open the campaign" }).click();
    await expect(player.getByRole("heading", { level: 1 })).toHaveText("The Sunken Crown");
    await shot(player, "player-joined");
    await page.reload();
    const bramCard = page.getByTestId("roster-card").filter({ hasText: "Bram Oakhand" });
    await expect(bramCard).toBeVisible();
    await expect(bramCard.getByRole("img", { name: "Bram Oakhand has no portrait yet" })).toHaveText(/BO/);
    await shot(page, "campaign-roster");
    const dangerZone = page.getByRole("region", { name: "Danger zone" });
    await dangerZone.getByRole("button", { name: "Delete campaign" }).click();
    const deleteCampaign = page.getByRole("dialog");
    await expect(deleteCampaign).toBeVisible();
    await shot(page, "campaign-delete-confirm", { top: false });
    await deleteCampaign.getByRole("button", { name: "Cancel" }).click();
    await expect(deleteCampaign).toBeHidden();

    // A battle map for the campaign, from its page, exported to Foundry.
    const campaignUrl = page.url();
    await page.getByRole("link", { name: "Generate a map" }).click();
    await page.waitForURL((url) => url.pathname === "/maps" && url.searchParams.has("campaign"));
    await expect(page.getByRole("combobox", { name: "Save to campaign" })).toContainText("The Sunken Crown");
    await expect(page.getByText(/^No maps yet/)).toBeVisible();
    await shot(page, "maps-empty");
    await page.getByRole("button", { name: "Generate map" }).click();
    const map = page.getByRole("region", { name: "Generated map" });
    await expect(map.getByRole("img", { name: /version 1/ })).toBeVisible({ timeout: 90_000 });
    await shot(page, "map");
    const [download]: [Download, void] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Download Foundry bundle (.zip)", exact: true }).click(),
    ]);
    const zip = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "walk-")), download.suggestedFilename());
    await download.saveAs(zip);
    execFileSync("unzip", ["-tq", zip]);
    expect(execFileSync("unzip", ["-Z1", zip]).toString()).toMatch(/\.scene\.json/);

    // A token for the campaign from a description.
    await page.goto(campaignUrl);
    await page.getByRole("link", { name: "Make tokens" }).click();
    await page.waitForURL((url) => url.pathname === "/tokens" && url.searchParams.has("campaign"));
    await expect(page.getByLabel("Campaign", { exact: true })).toHaveValue(new URL(campaignUrl).pathname.split("/")[2]);
    await expect(page.getByRole("heading", { name: "No tokens yet" })).toBeVisible();
    await shot(page, "tokens-empty");
    await page
      .getByRole("textbox", { name: "Description", exact: true })
      .fill("a hooded goblin archer with a short bow");
    await page.getByRole("textbox", { name: "Name", exact: true }).fill("Skulk");
    await page.getByRole("button", { name: "Make token" }).click();
    await expect(page.getByTestId("made-token")).toContainText("Skulk", { timeout: 60_000 });
    await shot(page, "tokens");

    // From the main navigation (no ?campaign=), Maps and Tokens start on the campaign the DM runs;
    // the player, who runs none, starts with no campaign.
    const campaignId = new URL(campaignUrl).pathname.split("/")[2];
    await page.goto("/maps");
    await expect(page.getByRole("combobox", { name: "Save to campaign" })).toContainText("The Sunken Crown");
    await page.goto("/tokens");
    await expect(page.getByLabel("Campaign", { exact: true })).toHaveValue(campaignId);
    await player.goto("/tokens");
    await expect(player.getByLabel("Campaign", { exact: true })).toHaveValue("");

    // The gallery: open an image, tag and favorite it.
    await page.goto("/gallery");
    await expect(page.getByRole("gridcell").first()).toBeVisible({ timeout: 30_000 });
    await expect.poll(() => loadedImages(page, '[role="gridcell"] img'), { timeout: 30_000 }).toBeGreaterThanOrEqual(3);
    // The header's actions: one row on a desktop; on a phone two even halves, then Generate image
    // across the whole row below them.
    const statistics = page.getByRole("link", { name: "Statistics" });
    const upload = page.locator("label").filter({ hasText: /^Upload$/ });
    const generateButton = page.getByRole("button", { name: "Generate image" });
    if (size.isMobile) {
      await expectOneRow("Statistics and Upload", [statistics, upload]);
      const [stats, up, gen] = await Promise.all([statistics, upload, generateButton].map((l) => l.boundingBox()));
      expect(Math.abs(stats!.width - up!.width), "Statistics and Upload are as wide").toBeLessThanOrEqual(1);
      expect(Math.abs(gen!.x - stats!.x) + Math.abs(gen!.x + gen!.width - (up!.x + up!.width))).toBeLessThanOrEqual(2);
    } else await expectOneRow("the gallery's actions", [statistics, upload, generateButton]);
    await shot(page, "gallery");
    await page.getByRole("button", { name: "Generate image" }).click();
    const generate = page.getByRole("dialog", { name: "Generate image" });
    await expect(generate.getByLabel("Prompt")).toBeVisible();
    await shot(page, "gallery-generate-dialog", { top: false });
    await page.keyboard.press("Escape");
    await expect(generate).toBeHidden();
    await page.getByRole("gridcell").filter({ hasText: "Seraphine Vale — portrait" }).click();
    const imageDialog = page.getByRole("dialog");
    await imageDialog.getByLabel("Add a tag").fill("hero");
    await imageDialog.getByLabel("Add a tag").press("Enter");
    await expect(imageDialog.getByRole("list", { name: "Tags" })).toContainText("#hero");
    await imageDialog.getByRole("button", { name: "☆ Favorite" }).click();
    await expect(imageDialog.getByRole("button", { name: "★ Favorite" })).toBeVisible();
    // The long prompt is a few lines until asked for whole; the model below it stays in view.
    if (!size.isMobile) await expect(imageDialog.getByText("builtin-illustrated-v1", { exact: true })).toBeInViewport();
    await shot(page, "gallery-image-dialog", { top: false });
    await imageDialog.getByRole("button", { name: "Show all of the prompt" }).click();
    await expect(imageDialog.getByRole("button", { name: "Show less of the prompt" })).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(imageDialog).toBeHidden();

    // Search, then favorites only.
    await page.getByRole("searchbox", { name: "Search images" }).fill("Seraphin");
    await expect(page.getByRole("gridcell").first()).toContainText("Seraphine Vale");
    await shot(page, "gallery-search");
    await page.getByRole("searchbox", { name: "Search images" }).fill("");

    // Bulk: select two, tag them, then delete one after confirming.
    // The portrait, the map's two versions, the token and the picture it was stamped from.
    const tiles = page.getByRole("gridcell");
    await expect(tiles).toHaveCount(5);
    const selectBoxes = page.getByRole("checkbox", { name: /^Select / });
    await selectBoxes.nth(0).check();
    await selectBoxes.nth(1).check();
    const bar = page.getByRole("toolbar", { name: "Selected images" });
    await expect(bar).toContainText("2 selected");
    await bar.getByLabel("Tags for selected images").fill("session-1");
    await bar.getByRole("button", { name: "Add tags" }).click();
    await shot(page, "gallery-bulk", { top: false });
    await bar.getByRole("button", { name: "Delete…" }).click();
    const confirm = page.getByRole("dialog", { name: "Delete 2 images?" });
    await expect(confirm).toBeVisible();
    await shot(page, "gallery-bulk-delete-confirm", { top: false });
    await confirm.getByRole("button", { name: "Delete" }).click();
    await expect(tiles).toHaveCount(3);
    await shot(page, "gallery-after-delete");

    await page.getByRole("link", { name: "Statistics" }).click();
    await expect(page.getByRole("heading", { name: "Generations per day (30 days)" })).toBeVisible();
    await shot(page, "gallery-stats");

    // Home again.
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Welcome back, Mira");
    await shot(page, "dashboard-after");

    // Sign out from the user menu, then back in after a wrong password.
    await page
      .getByRole("button", { name: /Mira Newcomer|MN/ })
      .first()
      .click();
    await page.getByRole("menuitem", { name: "Sign out" }).click();
    // Signed out, on the visitor page (the sign-out's own navigation is over before the next one).
    await expect(page.getByRole("link", { name: "Create a free account" }).first()).toBeVisible();
    await page.getByRole("navigation", { name: "Account" }).getByRole("link", { name: "Sign in" }).click();
    await page.waitForURL((url) => url.pathname === "/sign-in");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill("not the passphrase");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByText("Wrong email or password")).toBeVisible();
    forgiveConsoleErrors(errors, /status of 401/);
    await shot(page, "sign-in-wrong-password");
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL((url) => url.pathname === "/");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Welcome back, Mira");

    await playerContext.close();
    await context.close();
    expect(errors, "console errors on the pages").toEqual([]);
  });
}
