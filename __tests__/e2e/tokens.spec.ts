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
  const character = await (
    await page.request.post("/api/characters", {
      data: { name: "Tordek Ironfist", race: "dwarf", character_class: "fighter" },
    })
  ).json();
  const characterId = character.character_id ?? character.id;
  expect(
    (await page.request.post(`/api/characters/${characterId}/portrait/generate`, { data: { regenerate: true } })).ok(),
  ).toBe(true);
  await expect
    .poll(async () => (await (await page.request.get(`/api/characters/${characterId}`)).json()).portrait_url, {
      timeout: 60_000,
    })
    .toBeTruthy();
  expect(
    (
      await page.request.post("/api/campaigns/join", {
        data: { invite_code: campaign.invite_code, character_id: characterId },
      })
    ).ok(),
  ).toBe(true);

  await page.goto("/tokens");
  await expect(page.getByRole("heading", { name: "Tokens", level: 1 })).toBeVisible();
  await page.getByLabel("Campaign", { exact: true }).selectOption({ label: "Phandelver (DM)" });
  await page
    .getByRole("textbox", { name: "Description", exact: true })
    .fill("a grizzled goblin boss with a rusty scimitar");
  await page.getByRole("textbox", { name: "Name", exact: true }).fill("Klarg");
  // The NPC batch below has its own dispositions; the maker's are the radio cards.
  const makerDisposition = page.locator("fieldset").filter({ hasText: "Disposition" });
  await makerDisposition.getByText("Hostile", { exact: true }).click();
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
  await makerDisposition.getByText("Neutral", { exact: true }).click();
  await expect(preview).toHaveAttribute("data-zoom", "1.6");
  await expect(preview).toHaveAttribute("data-disposition", "NEUTRAL");
  await screenshot(page, "tokens-preview-adjusted");
  await page.getByRole("textbox", { name: "Name", exact: true }).fill("Klarg (close-up)");
  await page.getByRole("button", { name: "Stamp again with these settings" }).click();
  await expect(page.getByTestId("made-token")).toContainText("Klarg (close-up)", { timeout: 30_000 });

  await page.getByRole("button", { name: "Tokens for the whole party" }).click();
  await expect(page.getByRole("list", { name: "Party batch results" })).toContainText("Tordek Ironfist", {
    timeout: 30_000,
  });
  await expect(page.getByRole("list", { name: "Tokens" }).getByRole("listitem")).toHaveCount(3);
  await screenshot(page, "tokens-list-party");

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("pack-download").click()]);
  expect(download.suggestedFilename()).toBe("phandelver-tokens.zip");
  const zip = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "pack-")), "pack.zip");
  await download.saveAs(zip);
  const manifest = JSON.parse(execFileSync("unzip", ["-p", zip, "tokens.json"]).toString());
  expect(manifest.tokens.map((t: { name: string }) => t.name).sort()).toEqual([
    "Klarg",
    "Klarg (close-up)",
    "Tordek Ironfist",
  ]);
  expect(manifest.tokens.find((t: { name: string }) => t.name === "Tordek Ironfist")).toMatchObject({
    disposition: 1,
    width: 1,
    actorLink: false,
  });
  expect(execFileSync("zipinfo", ["-1", zip]).toString().trim().split("\n")).toHaveLength(4);

  // A gallery image as the source, chosen from thumbnails (Tordek's portrait is in the gallery).
  await page.getByRole("tab", { name: "Gallery image" }).click();
  await page.getByRole("button", { name: "Change…" }).click();
  const picker = page.getByRole("dialog", { name: "Choose an image" });
  await expect(picker.getByRole("list", { name: "Your images" }).getByRole("listitem").first()).toBeVisible();
  await expect(picker.locator("img").first()).toHaveJSProperty("complete", true);
  await screenshot(page, "tokens-image-picker");
  await picker.getByRole("listitem").last().getByRole("button").click();
  await expect(picker).toBeHidden();
  await page.getByRole("textbox", { name: "Name", exact: true }).fill("From the gallery");
  await page.getByRole("button", { name: /Make token|Stamp again/ }).click();
  await expect(page.getByTestId("made-token")).toContainText("From the gallery", { timeout: 30_000 });

  // An NPC batch: two rows, each with its own size and disposition; results per NPC.
  await page.getByRole("textbox", { name: "NPC 1 name" }).fill("Sildar Hallwinter");
  await page.getByRole("textbox", { name: "NPC 1 description" }).fill("a grey-bearded human knight in dented plate");
  await page.getByLabel("NPC 1 disposition").selectOption("FRIENDLY");
  await page.getByRole("button", { name: "+ Add NPC" }).click();
  await page.getByRole("textbox", { name: "NPC 2 name" }).fill("Venomfang");
  await page
    .getByRole("textbox", { name: "NPC 2 description" })
    .fill("a young green dragon with acid dripping from its jaws");
  await page.getByLabel("NPC 2 size").selectOption("HUGE");
  await page.getByRole("button", { name: "Make 2 NPC tokens" }).click();
  const npcResults = page.getByRole("list", { name: "NPC batch results" });
  await expect(npcResults.getByRole("img", { name: "Venomfang token" })).toBeVisible({ timeout: 60_000 });
  await expect(npcResults.getByRole("img", { name: "Sildar Hallwinter token" })).toBeVisible();
  await expect(page.getByRole("list", { name: "Tokens" }).getByRole("listitem")).toHaveCount(6);
  await screenshot(page, "tokens-npc-batch");
});
