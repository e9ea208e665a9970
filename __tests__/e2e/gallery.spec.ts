import sharp from "sharp";
import { expect, screenshot, signUp, test, uniqueEmail } from "./support/fixtures";

const png = (color: string) =>
  sharp({ create: { width: 320, height: 320, channels: 3, background: color } })
    .png()
    .toBuffer();

test("gallery: upload, generate, tag, favorite, filter, fuzzy search, bulk delete, statistics", async ({
  page,
  consoleErrors,
}) => {
  test.setTimeout(180_000);
  await signUp(page, "Gallery Keeper", uniqueEmail("gallery"));
  await page.goto("/gallery");
  await expect(page.getByText("No images here yet")).toBeVisible();

  // Upload two files through the Upload button's input (drag and drop uses the same mutation).
  await page.locator('input[type="file"]').setInputFiles([
    { name: "Thorin Oakenshield.png", mimeType: "image/png", buffer: await png("#8a5a2b") },
    { name: "Goblin Shaman.png", mimeType: "image/png", buffer: await png("#2b8a3e") },
    { name: "Stray sketch.png", mimeType: "image/png", buffer: await png("#3b4a8a") },
  ]);
  const tile = (name: string) => page.getByRole("gridcell").filter({ has: page.getByAltText(name, { exact: true }) });
  await expect(tile("Thorin Oakenshield")).toBeVisible({ timeout: 20_000 });
  await expect(tile("Goblin Shaman")).toBeVisible();

  // Generate one image with the built-in engine.
  await page.getByRole("button", { name: "Generate image" }).click();
  const generate = page.getByRole("dialog", { name: "Generate image" });
  await generate.getByLabel("Prompt").fill("A dwarven forge under the mountain");
  await generate.getByRole("button", { name: "Generate" }).click();
  await expect(generate.getByRole("list", { name: "Generated images" })).toBeVisible({ timeout: 60_000 });
  await generate.getByRole("button", { name: "Keep" }).click();
  await expect(tile("A dwarven forge under the mountain")).toBeVisible({ timeout: 20_000 });
  await screenshot(page, "gallery-grid");

  // Open Thorin: tag and favorite in the dialog.
  await tile("Thorin Oakenshield").click();
  const dialog = page.getByRole("dialog", { name: "Thorin Oakenshield" });
  await dialog.getByLabel("Add a tag").fill("hero");
  await dialog.getByLabel("Add a tag").press("Enter");
  await expect(dialog.getByRole("list", { name: "Tags" })).toContainText("#hero");
  await dialog.getByRole("button", { name: "☆ Favorite" }).click();
  await expect(dialog.getByRole("button", { name: "★ Favorite" })).toBeVisible();
  await screenshot(page, "gallery-image-dialog");
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();

  // Filter by tag.
  await page.getByRole("combobox", { name: "Tag" }).selectOption("hero");
  await expect(page.getByRole("gridcell")).toHaveCount(1);
  await expect(tile("Thorin Oakenshield")).toBeVisible();
  await screenshot(page, "gallery-filter-tag");
  await page.getByRole("combobox", { name: "Tag" }).selectOption("");
  await expect(page.getByRole("gridcell")).toHaveCount(4);

  // Fuzzy search with a misspelling: Thorin comes first.
  await page.getByRole("searchbox", { name: "Search images" }).fill("Thorin Okenshield");
  await expect(page.getByRole("gridcell").first()).toHaveAttribute("aria-selected", "false");
  await expect(page.getByRole("gridcell").first().getByRole("img")).toHaveAttribute("alt", "Thorin Oakenshield");
  await screenshot(page, "gallery-fuzzy-search");
  await page.getByRole("searchbox", { name: "Search images" }).fill("");
  await expect(page.getByRole("gridcell")).toHaveCount(4);

  // Select two and bulk-delete after confirming.
  await page.getByRole("checkbox", { name: "Select Goblin Shaman" }).check();
  await page.getByRole("checkbox", { name: "Select Stray sketch" }).check();
  await expect(page.getByRole("toolbar", { name: "Selected images" })).toContainText("2 selected");
  await screenshot(page, "gallery-selection");
  await page.getByRole("button", { name: "Delete…" }).click();
  await page.getByRole("dialog", { name: "Delete 2 images?" }).getByRole("button", { name: "Delete" }).click();
  await expect(page.getByRole("gridcell")).toHaveCount(2);
  await screenshot(page, "gallery-after-delete");

  // Statistics.
  await page.getByRole("link", { name: "Statistics" }).click();
  await expect(page.getByRole("heading", { name: "Generations per day (30 days)" })).toBeVisible();
  await expect(page.getByRole("img", { name: /Generations per day/ })).toBeVisible();
  await expect(page.getByRole("img", { name: "Assets per tag" })).toContainText("hero");
  await screenshot(page, "gallery-statistics");
  expect(consoleErrors).toEqual([]);
});
