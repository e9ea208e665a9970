import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, PASSWORD, screenshot, signUp, test, uniqueEmail } from "./support/fixtures";

// Every page, signed out and signed in, scanned by axe against WCAG 2.x A and AA (colour
// contrast included): no serious or critical violation anywhere. Then keyboard focus: every
// element Tab reaches shows a visible focus indicator.

const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

type Finding = { page: string; rule: string; impact: string; help: string; targets: string[] };

async function scan(page: Page, label: string): Promise<Finding[]> {
  // Animations end first: axe measures contrast on what is painted, and a fading-in panel is not it.
  await page.waitForLoadState("networkidle");
  await page.evaluate(() =>
    Promise.all(document.getAnimations().map((animation) => animation.finished.catch(() => undefined))),
  );
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => ({
      page: label,
      rule: violation.id,
      impact: violation.impact ?? "",
      help: violation.help,
      targets: violation.nodes
        .slice(0, 5)
        .map(
          (node) => `${node.target.join(" ")} — ${node.failureSummary?.split("\n").slice(1).join(" ").trim() ?? ""}`,
        ),
    }));
}

const UNKNOWN_ID = "00000000-0000-4000-8000-000000000000";

test("every page passes axe with no serious or critical violations", async ({ page, browser }) => {
  test.setTimeout(240_000);
  const findings: Finding[] = [];
  const visit = async (path: string, label = path) => {
    await page.goto(path);
    await expect(page.locator("h1").first(), `${label} has its heading`).toBeVisible();
    findings.push(...(await scan(page, label)));
  };

  for (const path of ["/", "/sign-in", "/sign-up", "/no-such-page"]) await visit(path, `signed out ${path}`);

  await signUp(page, "Axe Tester", uniqueEmail("axe"));
  // Something on every page: a character with a portrait, a campaign it is in, a map and a token.
  const character = (await (
    await page.request.post("/api/characters", {
      data: {
        name: "Ilse Marrow",
        race: "human",
        character_class: "wizard",
        description: "A careful scholar of wards.",
      },
    })
  ).json()) as { character_id: string };
  expect(
    (
      await page.request.post(`/api/characters/${character.character_id}/portrait/generate`, {
        data: { regenerate: true },
      })
    ).ok(),
  ).toBe(true);
  await expect
    .poll(
      async () => (await (await page.request.get(`/api/characters/${character.character_id}`)).json()).portrait_url,
      { timeout: 60_000 },
    )
    .toBeTruthy();
  const campaign = (await (await page.request.post("/api/campaigns", { data: { name: "Wardkeepers" } })).json()) as {
    campaign_id: string;
    invite_code: string;
  };
  expect(
    (
      await page.request.post("/api/campaigns/join", {
        data: { invite_code: campaign.invite_code, character_id: character.character_id },
      })
    ).status(),
  ).toBe(201);
  expect(
    (
      await page.request.post("/api/generate/map", { data: { mapType: "dungeon", width: 20, height: 16, seed: "axe" } })
    ).status(),
  ).toBe(201);
  expect(
    (
      await page.request.post("/api/generate/token", {
        data: { name: "Ward sprite", description: "a small glowing sprite" },
      })
    ).ok(),
  ).toBe(true);

  for (const path of [
    "/",
    "/characters",
    "/characters/new",
    `/characters/${character.character_id}`,
    `/characters/${character.character_id}/edit`,
    "/campaigns",
    `/campaigns/${campaign.campaign_id}`,
    "/maps",
    "/tokens",
    "/gallery",
    "/gallery/stats",
    "/settings",
    `/characters/${UNKNOWN_ID}`,
  ]) {
    await visit(path);
  }

  // Open states: the gallery's image dialog and the phone navigation drawer.
  await page.goto("/gallery");
  await page.getByRole("gridcell").first().click();
  await expect(page.getByRole("dialog")).toBeVisible();
  findings.push(...(await scan(page, "/gallery image dialog")));
  await screenshot(page, "accessibility-gallery-dialog");

  const phone = await browser.newContext({
    baseURL: test.info().project.use.baseURL,
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
    storageState: await page.context().storageState(),
  });
  const phonePage = await phone.newPage();
  await phonePage.goto("/");
  await phonePage.getByRole("button", { name: "Open navigation" }).click();
  await expect(phonePage.getByRole("dialog")).toBeVisible();
  findings.push(...(await scan(phonePage, "phone / navigation drawer")));
  await phone.close();

  expect(findings, JSON.stringify(findings, null, 2)).toEqual([]);
});

/** True when the focused element draws an outline or a ring (box-shadow) that is not transparent. */
async function focusIsVisible(page: Page): Promise<{ visible: boolean; what: string }> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return { visible: true, what: "body" };
    const style = getComputedStyle(element);
    const outline =
      style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0 && style.outlineColor !== "rgba(0, 0, 0, 0)";
    const ring = style.boxShadow !== "none" && !/^rgba\(0, 0, 0, 0\)/.test(style.boxShadow);
    const what = `${element.tagName.toLowerCase()} "${(element.getAttribute("aria-label") ?? element.textContent ?? "").trim().slice(0, 40)}"`;
    return { visible: outline || ring, what };
  });
}

test("keyboard focus is always visible", async ({ page }) => {
  test.setTimeout(120_000);
  const invisible: string[] = [];
  const tabThrough = async (path: string, presses: number) => {
    await page.goto(path);
    await expect(page.locator("h1").first()).toBeVisible();
    for (let press = 0; press < presses; press++) {
      await page.keyboard.press("Tab");
      const { visible, what } = await focusIsVisible(page);
      if (!visible) invisible.push(`${path}: ${what}`);
    }
  };
  await tabThrough("/", 12);
  await tabThrough("/sign-up", 8);
  await signUp(page, "Focus Tester", uniqueEmail("focus"), PASSWORD);
  for (const path of ["/", "/characters/new", "/campaigns", "/maps", "/tokens", "/gallery", "/settings"])
    await tabThrough(path, 15);
  await screenshot(page, "accessibility-focus-settings");
  expect(invisible).toEqual([]);
});
