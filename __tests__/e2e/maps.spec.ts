import fs from "node:fs";
import type { Download, Page } from "@playwright/test";
import { chooseOption, expect, screenshot, signUp, test, uniqueEmail } from "./support/fixtures";

async function downloadJson(page: Page, linkName: string) {
  const [download]: [Download, void] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: linkName, exact: true }).click(),
  ]);
  return { name: download.suggestedFilename(), body: JSON.parse(fs.readFileSync((await download.path())!, "utf8")) };
}

async function generate(page: Page, mapType: string, seed: string) {
  await chooseOption(page, page, "Map type", mapType[0].toUpperCase() + mapType.slice(1));
  await page.getByLabel("Seed").fill(seed);
  await page.getByRole("button", { name: "Generate map" }).click();
  const progress = page.getByRole("status").filter({ has: page.locator('[data-stage="export"]') });
  await expect(progress.locator('[data-stage="export"]')).toHaveAttribute("data-state", "done", { timeout: 30_000 });
}

test("a DM generates a dungeon and a tavern, checks the overlays, regenerates to v2 and downloads the exports", async ({
  page,
}) => {
  test.setTimeout(180_000);
  await signUp(page, "Dungeon Master", uniqueEmail("maps"));
  const campaign = await page.request.post("/api/campaigns", { data: { name: "The Sunless Crypt" } });
  expect(campaign.status()).toBe(201);

  await page.goto("/maps");
  await expect(page.getByRole("heading", { name: "Maps", exact: true })).toBeVisible();
  await expect(page.getByText("No maps yet")).toBeVisible();
  await expect(page.getByRole("combobox", { name: "Layout profile" })).toContainText("Built-in generator"); // by default
  await page.getByLabel("Description").fill("A flooded crypt beneath the old chapel");
  await chooseOption(page, page, "Save to campaign", "The Sunless Crypt");
  await page.getByLabel("Width (squares)").fill("30");
  await page.getByLabel("Height (squares)").fill("24");
  await generate(page, "dungeon", "crypt-e2e");
  const result = page.getByRole("region", { name: "Generated map" });
  await expect(result.getByRole("heading", { name: /version 1$/ })).toBeVisible();
  await expect(result.getByRole("img", { name: /version 1/ })).toBeVisible();
  await expect(page.getByRole("list", { name: "Room key" }).getByRole("listitem").first()).toBeVisible();
  // The description was read: the form showed it while typing, the map keeps it, and names itself from it.
  await expect(result.getByLabel("Description reading")).toContainText("flooded");
  await expect(result.getByRole("heading", { name: /^The Drowned .* version 1$/ })).toBeVisible();
  await screenshot(page, "maps-dungeon");
  // Both pictures, labelled: the DM's (markers) and the players' (none).
  const pictures = result.getByRole("group", { name: "Picture" });
  await pictures.getByRole("button", { name: "Player version" }).click();
  await expect(result.getByRole("img", { name: /\(player version\)/ })).toBeVisible();
  await screenshot(page, "maps-dungeon-player");
  await pictures.getByRole("button", { name: "DM version" }).click();
  await expect(result.getByRole("img", { name: /\(DM version\)/ })).toBeVisible();

  // Overlays: the export's own walls, doors and lights drawn over the picture.
  for (const overlay of ["walls", "doors", "lights"]) {
    await result.getByRole("switch", { name: `Show ${overlay}` }).check();
    await expect(result.locator(`[data-overlay="${overlay.slice(0, -1)}"]`).first()).toBeAttached();
  }
  // Zoom in and drag to pan.
  await result.getByRole("slider", { name: "Zoom" }).fill("2");
  await expect(result.getByRole("slider", { name: "Zoom" })).toHaveAttribute("aria-valuetext", "2×");
  const viewport = result.getByTestId("map-viewport");
  await viewport.scrollIntoViewIfNeeded();
  const box = (await viewport.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 - 120, box.y + box.height / 2 - 80, { steps: 5 });
  await page.mouse.up();
  await expect(viewport.locator("[data-offset]")).toHaveAttribute("data-offset", "-120,-80");
  await screenshot(page, "maps-dungeon-overlays");

  // Downloads: what Foundry and a Universal VTT importer read.
  const foundry = await downloadJson(page, "Download Foundry JSON");
  expect(foundry.body.grid).toMatchObject({ type: 1, distance: 5, units: "ft" });
  expect(foundry.body.walls.length).toBeGreaterThan(10);
  expect(foundry.body.walls.every((w: { c: number[] }) => w.c.length === 4 && w.c.every(Number.isInteger))).toBe(true);
  expect(foundry.body.walls.some((w: { door: number }) => w.door > 0)).toBe(true);
  const uvtt = await downloadJson(page, "Download Universal VTT (.dd2vtt)");
  expect(uvtt.name).toMatch(/\.dd2vtt$/);
  expect(uvtt.body.resolution).toMatchObject({ map_size: { x: 30, y: 24 } });
  // Wall runs joined into polylines: few lines, many points.
  expect(uvtt.body.line_of_sight.flat().length).toBeGreaterThan(20);
  expect(uvtt.body.portals.length).toBe(foundry.body.walls.filter((w: { door: number }) => w.door > 0).length);
  expect(uvtt.body.image.length).toBeGreaterThan(1000);

  // The campaign's party tokens placed by the entrance (two PCs stamped over the API).
  const { campaign_id: campaignId } = await campaign.json();
  for (const name of ["Tordek", "Pip"]) {
    const made = await page.request.post("/api/generate/token", {
      data: {
        name,
        disposition: "PC",
        campaignId,
        source: { kind: "description", description: `${name}, an adventurer` },
      },
    });
    expect(made.status()).toBe(201);
  }
  const withParty = await downloadJson(page, "Download Foundry JSON with party tokens");
  expect(withParty.name).toMatch(/-party\.foundry\.json$/);
  expect(withParty.body.tokens.map((t: { name: string }) => t.name).sort()).toEqual(["Pip", "Tordek"]);
  for (const t of withParty.body.tokens) {
    expect(t).toMatchObject({ width: 1, height: 1, disposition: 1, actorLink: false });
    expect(t.texture.src).toMatch(/^arcane-forge\/tokens\//);
    expect(t.x).toBeGreaterThan(0);
    expect(t.x).toBeLessThan(withParty.body.width * 1.5);
  }

  // Regenerate: version 2 of the same map, version 1 kept and reachable.
  await result.getByRole("button", { name: "Regenerate" }).click();
  await expect(result.getByRole("heading", { name: /version 2$/ })).toBeVisible({ timeout: 30_000 });
  const versions = result.getByRole("group", { name: "Versions" });
  await expect(versions.getByRole("button")).toHaveText(["v1", "v2"]);
  await versions.getByRole("button", { name: "v1" }).click();
  await expect(result.getByRole("heading", { name: /version 1$/ })).toBeVisible();
  await expect(result.getByText("seed crypt-e2e")).toBeVisible();
  await versions.getByRole("button", { name: "v2" }).click();
  await expect(result.getByRole("heading", { name: /version 2$/ })).toBeVisible();

  // A tavern: furniture and its own room key, saved beside the dungeon.
  await generate(page, "tavern", "tavern-e2e");
  // Named from its content (an inn's sign), not "Tavern (30×24)".
  await expect(result.getByRole("heading", { name: /^The \w+ \w+.* version 1$/ })).toBeVisible();
  await expect(page.getByRole("list", { name: "Room key" })).toContainText("Common room");
  await result.getByRole("switch", { name: "Show doors" }).check();
  // The upper floor: its own picture, drawn through the map's download route, and it loads.
  await result.getByRole("group", { name: "Floor" }).getByRole("button", { name: "Upper floor" }).click();
  const upper = result.getByRole("img", { name: /, Upper floor \(DM version\)$/ });
  await expect(upper).toHaveAttribute("src", /format=png&floor=1&picture=dm$/);
  await expect
    .poll(() => upper.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth), { timeout: 20_000 })
    .toBeGreaterThan(0);
  await screenshot(page, "maps-tavern-upper-floor");
  await result.getByRole("group", { name: "Floor" }).getByRole("button", { name: "Ground floor" }).click();
  const saved = page.getByRole("complementary", { name: "Saved maps" });
  await expect(saved.getByRole("listitem")).toHaveCount(2);
  await expect(saved).toContainText("v2");
  // Thumbnails are the image route's small WebP derivative, and they load.
  const thumb = saved.getByRole("listitem").first().locator("img");
  await expect(thumb).toHaveAttribute("src", /\/file\?width=160&format=webp$/);
  await thumb.scrollIntoViewIfNeeded();
  await expect
    .poll(() => thumb.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth))
    .toBeGreaterThan(0);
  await screenshot(page, "maps-saved-list");
  await chooseOption(saved, page, "Campaign filter", "The Sunless Crypt");
  await expect(saved.getByRole("listitem")).toHaveCount(2);
  await screenshot(page, "maps-tavern");
  const tavernScene = await downloadJson(page, "Download Foundry JSON");
  expect(tavernScene.body.walls.length).toBeGreaterThan(4);
  // The other style: the same layout (same seed) drawn in ink, as the next version.
  await result.getByRole("button", { name: "Redraw in ink" }).click();
  await expect(result.getByRole("heading", { name: /version 2$/ })).toBeVisible({ timeout: 30_000 });
  await expect(result.getByText("Style: ink on parchment")).toBeVisible();
  await screenshot(page, "maps-tavern-ink");
  // Every other place has its own generator and picture.
  for (const mapType of ["cave", "temple", "castle", "urban", "wilderness"]) {
    await generate(page, mapType, `${mapType}-e2e`);
    // A multi-storey place (the temple and its crypt) names the floor shown: "version 1, Ground floor (DM version)".
    await expect(result.getByRole("img", { name: /version 1(, [^()]+)? \(DM version\)/ })).toBeVisible();
    await screenshot(page, `maps-${mapType}`);
  }
});
