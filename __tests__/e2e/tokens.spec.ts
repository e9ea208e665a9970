import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, screenshot, signUp, test, uniqueEmail } from "./support/fixtures";

// Issue 5's tokens: a DM makes a token from a description with the built-in engine, adjusts the
// ring and zoom against the live preview and stamps again, makes tokens for the party from their
// portraits, and downloads the pack (read back with unzip like a DM would open it).
test("description token → adjust ring/zoom → party tokens from portraits → pack download", async ({ page }) => {
  test.setTimeout(180_000);
  await signUp(page, "Dungeon Master", uniqueEmail("dm"));

  // A campaign with one character whose portrait the built-in engine draws (set up over the API).
  const campaign = await (await page.request.post("/api/campaigns", { data: { name: "Phandelver" } })).json();
  const character = await (await page.request.post("/api/characters", { data: { name: "Tordek Ironfist", race: "dwarf", character_class: "fighter" } })).json();
  const characterId = character.character_id ?? character.id;
  expect((await page.request.post(`/api/characters/${characterId}/portrait/generate`, { data: { regenerate: true } })).ok()).toBe(true);
  await expect.poll(async () => (await (await page.request.get(`/api/characters/${characterId}`)).json()).portrait_url, { timeout: 60_000 }).toBeTruthy();
  expect((await page.request.post("/api/campaigns/join", { data: { invite_code: campaign.invite_code, character_id: characterId } })).ok()).toBe(true);

  await page.goto("/tokens");
  await expect(page.getByRole("heading", { name: "Tokens", level: 1 })).toBeVisible();
  await page.getByLabel("Campaign", { exact: true }).selectOption({ label: "Phandelver (DM)" });
  await page.getByRole("textbox", { name: "Description" }).fill("a grizzled goblin boss with a rusty scimitar");
  await page.getByRole("textbox", { name: "Name" }).fill("Klarg");
  await page.getByText("Hostile", { exact: true }).click();
  await page.getByLabel("Creature size").selectOption("SMALL");
  await screenshot(page, "tokens-form");
  await page.getByRole("button", { name: "Make token" }).click();
  await expect(page.getByTestId("made-token")).toContainText("Klarg", { timeout: 60_000 });
  await expect(page.getByRole("list", { name: "Tokens" }).getByRole("img", { name: "Klarg token" })).toBeVisible();

  // The generated picture is now the source: the preview shows it, and the sliders move it.
  const preview = page.getByTestId("token-preview");
  await expect(preview.locator("img")).toBeVisible();
  await page.getByLabel("Zoom").fill("1.6");
  await page.getByLabel("Offset up/down").fill("-0.1");
  await page.getByText("Neutral", { exact: true }).click();
  await expect(preview).toHaveAttribute("data-zoom", "1.6");
  await expect(preview).toHaveAttribute("data-disposition", "NEUTRAL");
  await screenshot(page, "tokens-preview-adjusted");
  await page.getByRole("textbox", { name: "Name" }).fill("Klarg (close-up)");
  await page.getByRole("button", { name: "Stamp again with these settings" }).click();
  await expect(page.getByTestId("made-token")).toContainText("Klarg (close-up)", { timeout: 30_000 });

  await page.getByRole("button", { name: "Tokens for the whole party" }).click();
  await expect(page.getByRole("list", { name: "Party batch results" })).toContainText("Tordek Ironfist", { timeout: 30_000 });
  await expect(page.getByRole("list", { name: "Tokens" }).getByRole("listitem")).toHaveCount(3);
  await screenshot(page, "tokens-list-party");

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("pack-download").click()]);
  expect(download.suggestedFilename()).toBe("phandelver-tokens.zip");
  const zip = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "pack-")), "pack.zip");
  await download.saveAs(zip);
  const manifest = JSON.parse(execFileSync("unzip", ["-p", zip, "tokens.json"]).toString());
  expect(manifest.tokens.map((t: { name: string }) => t.name).sort()).toEqual(["Klarg", "Klarg (close-up)", "Tordek Ironfist"]);
  expect(manifest.tokens.find((t: { name: string }) => t.name === "Tordek Ironfist")).toMatchObject({ disposition: 1, width: 1, actorLink: false });
  expect(execFileSync("zipinfo", ["-1", zip]).toString().trim().split("\n")).toHaveLength(4);
});
