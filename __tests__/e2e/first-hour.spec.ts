import type { Page } from "@playwright/test";
import { openRecordingContext as openContext } from "./support/contexts";
import { chooseOption, drawBuiltinPortrait, expect, PASSWORD, screenshot, test, uniqueEmail } from "./support/fixtures";

// The first hour of a new group, walked at desktop and phone widths with a screenshot of every
// step: visitor page → sign up → dashboard → character → portrait → campaign → invite a second
// user → map → tokens → gallery, and the dashboard's first-visit path gone once it is all done.
const VIEWPORTS = [
  { name: "desktop", viewport: { width: 1440, height: 900 }, isMobile: false },
  { name: "phone", viewport: { width: 390, height: 844 }, isMobile: true },
] as const;

async function signUpFromVisitorPage(page: Page, name: string): Promise<void> {
  await page.getByRole("link", { name: "Create a free account" }).first().click();
  await page.waitForURL((url) => url.pathname === "/sign-up");
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Email").fill(uniqueEmail(name.split(" ")[0].toLowerCase()));
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
}

for (const size of VIEWPORTS) {
  test(`the first hour at ${size.name} width`, async ({ browser }) => {
    test.setTimeout(240_000);
    const errors: string[] = [];
    // From the top: a full-page capture of a scrolled page paints the sticky header mid-page.
    const shot = async (page: Page, step: string) => {
      await page.evaluate(() => window.scrollTo(0, 0));
      await screenshot(page, `first-hour-${size.name}-${step}`);
    };
    const context = await openContext(browser, size, errors);
    const page = await context.newPage();

    // 1. The visitor page: what it does, with the engine's pictures, and the way in.
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Your party");
    const pictures = page.getByRole("img", { name: /Portrait of Ilyra/ });
    await expect
      .poll(() => pictures.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth))
      .toBeGreaterThan(0);
    await shot(page, "01-visitor");

    // 2. Sign up, straight to the dashboard with the first-visit path.
    await signUpFromVisitorPage(page, "Aria Dungeonmaster");
    await page.waitForURL((url) => url.pathname === "/");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Welcome, Aria");
    const firstSteps = page.getByRole("region", { name: "Your first session, step by step" });
    await expect(firstSteps).toContainText("0 of 5 done");
    await shot(page, "02-dashboard-new");

    // 3. A character, from the first step.
    await firstSteps.getByRole("link", { name: /Create a character/ }).click();
    await page.waitForURL((url) => url.pathname === "/characters/new");
    await page.getByRole("textbox", { name: "Name" }).fill("Seraphine Vale");
    await chooseOption(page, page, "Race", "Half Elf");
    await chooseOption(page, page, "Class", "Bard");
    await shot(page, "03-character");

    // 4. Its portrait, drawn by the built-in engine (picked explicitly per generation).
    const portrait = await drawBuiltinPortrait(page, "Seraphine Vale");
    // Editing the lower fields: on desktop the portrait panel stays in view beside them.
    await page.getByRole("button", { name: "Backstory and description" }).click();
    await page.getByRole("textbox", { name: "Description" }).fill("A silver-tongued bard who collects sea shanties.");
    if (!size.isMobile) await expect(portrait).toBeInViewport();
    await shot(page, "04-portrait");

    // 5. A campaign with the character in it; the DM copies the invite link.
    await page.goto("/campaigns");
    await page.getByLabel("Campaign name").fill("The Sunken Crown");
    await page.getByRole("button", { name: "Create campaign" }).click();
    await page.getByRole("link", { name: /The Sunken Crown/ }).click();
    await page.waitForURL(/\/campaigns\/[0-9a-f-]+$/);
    await page.getByRole("button", { name: "Copy invite link" }).click();
    await expect(page.getByRole("button", { name: "Copied" })).toBeVisible();
    const inviteLink = await page.evaluate(() => navigator.clipboard.readText());
    expect(inviteLink).toBe(await page.getByTestId("invite-link").textContent());
    expect(new URL(inviteLink).host).toBe(new URL(page.url()).host);
    await expect(
      page.getByRole("region", { name: "Danger zone" }).getByRole("button", { name: "Delete campaign" }),
    ).toBeVisible();
    await shot(page, "05-campaign");

    // 6. A second user opens the invite link signed out, signs up and joins with a character.
    const playerContext = await openContext(browser, size, errors);
    const player = await playerContext.newPage();
    await player.goto(inviteLink);
    await player.waitForURL((url) => url.pathname === "/sign-in");
    await player.getByRole("link", { name: "Create an account" }).click();
    await player.getByLabel("Name").fill("Bram Player");
    await player.getByLabel("Email").fill(uniqueEmail("bram"));
    await player.getByLabel("Password").fill(PASSWORD);
    await player.getByRole("button", { name: "Create account" }).click();
    await player.waitForURL((url) => url.pathname === "/campaigns" && url.searchParams.has("join"));
    expect(
      (
        await player.request.post("/api/characters", {
          data: { name: "Bram Oakhand", race: "dwarf", character_class: "cleric" },
        })
      ).status(),
    ).toBe(201);
    await player.reload();
    await chooseOption(player, player, "With character", "Bram Oakhand");
    await player.getByRole("button", { name: "Join campaign" }).click();
    await expect(player.getByText("Joined The Sunken Crown.")).toBeVisible();
    await shot(player, "06-invited-player");
    await page.reload();
    await expect(page.getByTestId("roster-card").filter({ hasText: "Bram Oakhand" })).toBeVisible();
    await shot(page, "06-campaign-roster");

    // 7. A battle map with the built-in generator.
    await page.goto("/maps");
    await page.getByRole("button", { name: "Generate map" }).click();
    const map = page.getByRole("region", { name: "Generated map" });
    await expect(map.getByRole("img", { name: /version 1/ })).toBeVisible({ timeout: 90_000 });
    await shot(page, "07-map");

    // 8. A token from a description.
    await page.goto("/tokens");
    await page
      .getByRole("textbox", { name: "Description", exact: true })
      .fill("a hooded goblin archer with a short bow");
    await page.getByRole("textbox", { name: "Name", exact: true }).fill("Skulk");
    await page.getByRole("button", { name: "Make token" }).click();
    await expect(page.getByTestId("made-token")).toContainText("Skulk", { timeout: 60_000 });
    await shot(page, "08-tokens");

    // 9. The gallery holds all of it; an image opens with its history.
    await page.goto("/gallery");
    const tiles = page.getByRole("gridcell");
    await expect(tiles.first()).toBeVisible({ timeout: 30_000 });
    // Thumbnails load once a tile has settled in the window: wait for them before the picture.
    const thumbnails = page.locator('[role="gridcell"] img');
    await expect
      .poll(
        () =>
          thumbnails.evaluateAll(
            (images) =>
              images.filter(
                (image) => (image as HTMLImageElement).complete && (image as HTMLImageElement).naturalWidth > 0,
              ).length,
          ),
        { timeout: 30_000 },
      )
      .toBeGreaterThanOrEqual(4);
    await shot(page, "09-gallery");
    await tiles.filter({ hasText: "Seraphine Vale — portrait" }).click();
    const dialog = page.getByRole("dialog");
    await expect(dialog.getByRole("button", { name: /^Open generation 1 of 1/ })).toBeVisible();
    await shot(page, "09-gallery-image");
    await page.keyboard.press("Escape");

    // 10. Home again: recent work everywhere, and the first-visit path is gone.
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Welcome back, Aria");
    await expect(page.getByRole("region", { name: "Your first session, step by step" })).toHaveCount(0);
    await expect(page.getByRole("region", { name: "Recent characters" })).toContainText("Seraphine Vale");
    await expect(page.getByRole("region", { name: "Campaigns" })).toContainText("The Sunken Crown");
    await shot(page, "10-dashboard-done");

    // An unknown character is "not found" at once, in the app's theme.
    const before = errors.length;
    const response = await page.goto("/characters/00000000-0000-4000-8000-000000000000");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Nothing to see here");
    // The browser logs the page's own 404 status; nothing else may be logged here.
    errors.splice(
      before,
      errors.length - before,
      ...errors.slice(before).filter((error) => !/status of 404/.test(error)),
    );
    await shot(page, "11-not-found");

    await playerContext.close();
    await context.close();
    expect(errors, "console errors on the pages").toEqual([]);
  });
}
