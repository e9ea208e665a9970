import { test as base, expect, type Locator, type Page } from "@playwright/test";
import fs from "node:fs";
import path from "node:path";

export const SCREENSHOT_DIR = path.join(process.cwd(), "e2e-artifacts", "screenshots");

/** Every test fails if the page logged a console error or threw; screenshots go to e2e-artifacts. */
export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: async ({ page }, provide) => {
    const errors: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(message.text());
    });
    page.on("pageerror", (error) => errors.push(error.message));
    await provide(errors);
    expect(errors, "console errors on the page").toEqual([]);
  },
});

export { expect };

/** Removes console errors a test caused on purpose (e.g. the 401 of a wrong password). */
export function forgiveConsoleErrors(errors: string[], pattern: RegExp): void {
  const kept = errors.filter((error) => !pattern.test(error));
  errors.splice(0, errors.length, ...kept);
}

export async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}

let counter = 0;
export function uniqueEmail(prefix = "player"): string {
  counter += 1;
  return `${prefix}-${Date.now()}-${counter}@example.com`;
}

export const PASSWORD = "a long enough passphrase";

export async function signUp(page: Page, name: string, email: string, password = PASSWORD): Promise<void> {
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Create account" }).click();
  await page.waitForURL((url) => url.pathname === "/");
}

export async function signIn(page: Page, email: string, password = PASSWORD): Promise<void> {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/**
 * Picks an option in a Radix Select. A click that lands while the listbox is still animating in
 * can leave it open with nothing chosen, so the pick is retried until the trigger shows it.
 */
export async function chooseOption(scope: Page | Locator, page: Page, combobox: string, option: string): Promise<void> {
  const trigger = scope.getByRole("combobox", { name: combobox });
  await expect(async () => {
    if ((await trigger.getAttribute("aria-expanded")) !== "true") await trigger.click();
    await page.getByRole("option", { name: option, exact: true }).click({ timeout: 2_000 });
    await expect(page.getByRole("listbox")).toBeHidden({ timeout: 2_000 });
    await expect(trigger).toContainText(option, { timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
}

/**
 * In the character creator: the portrait drawn by the built-in engine (picked explicitly, as a
 * user with a provider key would), waited for until it shows and can be drawn again.
 */
export async function drawBuiltinPortrait(page: Page, characterName: string): Promise<Locator> {
  await page.getByLabel("Drawn by").selectOption({ label: "Built-in offline engine (no key needed)" });
  await page.getByRole("button", { name: "Generate portrait" }).click();
  const portrait = page
    .getByRole("complementary", { name: "Portrait" })
    .getByRole("img", { name: `Portrait of ${characterName}` });
  await expect(portrait).toBeVisible({ timeout: 60_000 });
  await expect(page.getByRole("button", { name: "Regenerate portrait" })).toBeEnabled({ timeout: 60_000 });
  return portrait;
}
