import {
  expect,
  forgiveConsoleErrors,
  PASSWORD,
  screenshot,
  signIn,
  signUp,
  test,
  uniqueEmail,
} from "./support/fixtures";

test.describe("accounts", () => {
  test("sign up, sign out, a wrong password, sign in", async ({ page, consoleErrors }) => {
    const email = uniqueEmail("vex");
    await page.goto("/sign-up");
    await screenshot(page, "sign-up");
    await signUp(page, "Vex Stormborn", email);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Vex");
    await screenshot(page, "home");

    await page.getByRole("button", { name: /account menu|Vex Stormborn/i }).click();
    await page.getByRole("menuitem", { name: "Sign out" }).click();
    // Back on the visitor page of the same host.
    await page.waitForURL((url) => url.pathname === "/" && url.host === new URL(page.url()).host);
    await expect(page.getByRole("link", { name: "Sign in" }).first()).toBeVisible();

    await signIn(page, email, "definitely the wrong one");
    await expect(page.getByRole("alert").filter({ hasText: "Wrong email or password" })).toBeVisible();
    forgiveConsoleErrors(consoleErrors, /status of 401/);
    await screenshot(page, "sign-in-wrong-password");

    await signIn(page, email, PASSWORD);
    await page.waitForURL((url) => url.pathname === "/");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Vex");
    expect(consoleErrors).toEqual([]);
  });

  test("a taken email and a short password are explained on the form", async ({ page }) => {
    const email = uniqueEmail("taken");
    await signUp(page, "First", email);
    await page.context().clearCookies();

    await page.goto("/sign-up");
    await page.getByLabel("Name").fill("Second");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.getByText(/already exists/i).first()).toBeVisible();

    await page.getByLabel("Password").fill("short");
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.getByText(/at least 10 characters/i).first()).toBeVisible();
    await screenshot(page, "sign-up-errors");
  });

  test("signed-out visitors are sent to sign in", async ({ page }) => {
    await page.goto("/gallery");
    await page.waitForURL(/\/sign-in/);
    await expect(page.getByRole("button", { name: "Sign in" })).toBeVisible();
  });
});
