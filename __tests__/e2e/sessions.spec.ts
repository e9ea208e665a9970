import { expect, forgiveConsoleErrors, screenshot, signIn, signUp, test, uniqueEmail } from "./support/fixtures";

// Sessions live on the server: Settings lists every signed-in browser, signs one out, and "Sign
// out everywhere" ends them all, this one included. A copied cookie stops working at once.
test.describe("sessions", () => {
  test("Settings signs another browser out, then signs out everywhere", async ({ page, browser, consoleErrors }) => {
    const email = uniqueEmail("sessions");
    await signUp(page, "Ilsa Sessions", email);

    // A second browser (its own cookies) signs in to the same account, twice over time.
    const baseURL = new URL(page.url()).origin; // a new context does not take the config's options
    const phone = await browser.newContext({ baseURL, userAgent: "Mozilla/5.0 (Linux; Android 14) Firefox/131.0" });
    const phonePage = await phone.newPage();
    await signIn(phonePage, email);
    await phonePage.waitForURL((url) => url.pathname === "/");
    const phoneCookies = await phone.cookies();

    await page.goto("/settings");
    const sessions = page.getByRole("list", { name: "Your sessions" });
    await expect(sessions.getByRole("listitem")).toHaveCount(2);
    await expect(sessions.getByText("This browser")).toHaveCount(1);
    await expect(sessions.getByText("Firefox on Android")).toBeVisible();
    await page.getByRole("heading", { name: "Sessions" }).scrollIntoViewIfNeeded();
    await screenshot(page, "settings-sessions");

    // Sign the phone out from here: its next request is signed out.
    await sessions.getByRole("button", { name: /^Sign out Firefox on Android/ }).click();
    await expect(sessions.getByRole("listitem")).toHaveCount(1);
    await phonePage.goto("/settings");
    await phonePage.waitForURL(/\/sign-in/);

    // The phone signs in again; "Sign out everywhere" ends it and this browser too.
    await signIn(phonePage, email);
    await phonePage.waitForURL((url) => url.pathname === "/");
    await page.reload();
    await expect(sessions.getByRole("listitem")).toHaveCount(2);
    await page.getByRole("button", { name: "Sign out everywhere" }).click();
    await page.waitForURL(/\/sign-in/);
    await expect(page.getByRole("button", { name: "Sign in" })).toBeVisible();
    await screenshot(page, "signed-out-everywhere");

    await phonePage.goto("/settings");
    await phonePage.waitForURL(/\/sign-in/);
    // A cookie copied before signing out is refused by the API as well.
    const thief = await browser.newContext({ baseURL });
    await thief.addCookies(phoneCookies);
    const answer = await thief.request.get("/api/campaigns");
    expect(answer.status()).toBe(401);
    await Promise.all([phone.close(), thief.close()]);
    forgiveConsoleErrors(consoleErrors, /status of 401/);
  });
});
