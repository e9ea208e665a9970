import { expect, screenshot, signUp, test, uniqueEmail } from "./support/fixtures";

const AREAS = [
  { label: "Characters", path: "/characters" },
  { label: "Campaigns", path: "/campaigns" },
  { label: "Maps", path: "/maps" },
  { label: "Tokens", path: "/tokens" },
  { label: "Gallery", path: "/gallery" },
  { label: "Settings", path: "/settings" },
];

test("every area is reachable from the navigation and renders cleanly", async ({ page, consoleErrors }) => {
  await signUp(page, "Nav Tester", uniqueEmail("nav"));
  const nav = page.getByRole("navigation", { name: /main/i });
  for (const area of AREAS) {
    await nav.getByRole("link", { name: area.label }).click();
    await page.waitForURL((url) => url.pathname === area.path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(nav.getByRole("link", { name: area.label })).toHaveAttribute("aria-current", "page");
    await screenshot(page, `page${area.path.replace("/", "-")}`);
  }
  expect(consoleErrors).toEqual([]);
});

test("stored files are never served straight from /uploads", async ({ request }) => {
  const response = await request.get("/uploads/generated/someone/someone_1_0_abc.png");
  expect(response.status()).toBe(404);
  expect((await response.json()).error.code).toBe("NOT_FOUND");
});
