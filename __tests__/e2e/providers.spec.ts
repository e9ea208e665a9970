import { chooseOption, expect, screenshot, signUp, test, uniqueEmail } from "./support/fixtures";

// A key no provider will ever accept; the test only checks it is stored and never shown back.
const OPENAI_KEY = "sk-e2e-never-shown-key-7f2wxyz";

test("a new user sees the built-in engine, adds a key that stays hidden, and generates offline", async ({
  page,
  consoleErrors,
}) => {
  test.setTimeout(120_000);
  await signUp(page, "Provider Tester", uniqueEmail("providers"));

  // Settings: the built-in profile exists from the start and is the default.
  await page.goto("/settings");
  const builtin = page.getByRole("group", { name: "Built-in offline engine" });
  await expect(builtin).toBeVisible();
  await expect(builtin.getByText("Offline engine", { exact: true })).toBeVisible();
  await expect(builtin.getByText("Default", { exact: true })).toBeVisible();
  await builtin.getByRole("button", { name: "Test connection" }).click();
  await expect(builtin.getByText("Connected.")).toBeVisible();

  // Add an OpenAI profile: presets filled in, key write-only.
  await page.getByRole("button", { name: "Add profile" }).click();
  const dialog = page.getByRole("dialog", { name: "Add an AI provider" });
  await expect(dialog.getByText("https://api.openai.com/v1")).toBeVisible();
  await dialog.getByLabel("Name").fill("My OpenAI");
  await dialog.getByLabel("API key").fill(OPENAI_KEY);
  await screenshot(page, "providers-profile-dialog");
  await dialog.getByRole("button", { name: "Add profile" }).click();
  await expect(dialog).toBeHidden();

  const openai = page.getByRole("group", { name: "My OpenAI" });
  await expect(openai.getByTestId("key-hint")).toHaveText("…wxyz");
  expect(await page.content()).not.toContain(OPENAI_KEY);
  await page.reload();
  await expect(page.getByRole("group", { name: "My OpenAI" }).getByTestId("key-hint")).toHaveText("…wxyz");
  expect(await page.content()).not.toContain(OPENAI_KEY);
  await screenshot(page, "providers-settings");

  // Gallery → Generate image: two images from the offline engine.
  await page.goto("/gallery");
  await page.getByRole("button", { name: "Generate image" }).click();
  const generate = page.getByRole("dialog", { name: "Generate image" });
  await expect(generate.getByRole("combobox", { name: "Profile" })).toContainText("Built-in offline engine");
  await generate.getByLabel("Prompt").fill("A half-elf ranger with a longbow at dawn");
  await chooseOption(generate, page, "Number of images", "2");
  await screenshot(page, "providers-generate-form");
  await generate.getByRole("button", { name: "Generate" }).click();

  const results = generate.getByRole("list", { name: "Generated images" });
  await expect(results).toBeVisible({ timeout: 60_000 });
  const images = results.getByRole("img");
  await expect(images).toHaveCount(2);
  for (const image of await images.all()) {
    await expect
      .poll(() => image.evaluate((element: HTMLImageElement) => element.complete && element.naturalWidth))
      .toBeGreaterThan(0);
  }
  await screenshot(page, "providers-generate-results");
  // Discard one of the two: it leaves the results (and the gallery); keep the other.
  await generate.getByRole("button", { name: "Discard image 2" }).click();
  await expect(images).toHaveCount(1);
  await expect(generate.getByText("Your image is saved to your gallery. 1 discarded.")).toBeVisible();
  await screenshot(page, "providers-generate-discarded");
  await generate.getByRole("button", { name: "Keep" }).click();
  await expect(generate).toBeHidden();
  expect(consoleErrors).toEqual([]);
});
