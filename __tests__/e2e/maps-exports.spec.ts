import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Download, Page } from "@playwright/test";
import { expect, signUp, test, uniqueEmail } from "./support/fixtures";

async function save(page: Page, linkName: string, dir: string) {
  const [download]: [Download, void] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: linkName, exact: true }).click(),
  ]);
  const file = path.join(dir, download.suggestedFilename());
  await download.saveAs(file);
  return file;
}

test("a DM downloads a two-floor tavern as a Foundry bundle and each floor as a scene and a .dd2vtt", async ({
  page,
}) => {
  test.setTimeout(180_000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "e2e-bundle-"));
  await signUp(page, "Innkeeper", uniqueEmail("bundle"));
  const made = await page.request.post("/api/generate/map", {
    data: { mapType: "tavern", width: 30, height: 24, seed: "inn-e2e", difficulty: "medium", name: "The Green Dragon" },
  });
  expect(made.status()).toBe(201);
  const map = await made.json();
  expect(map.layout.floors).toHaveLength(2);

  await page.goto("/maps");
  await page
    .getByRole("complementary", { name: "Saved maps" })
    .getByRole("button", { name: /The Green Dragon/ })
    .click();
  const result = page.getByRole("region", { name: "Generated map" });
  await expect(result.getByRole("heading", { name: /The Green Dragon/ })).toBeVisible();
  await expect(page.getByText(/no secret, locked or open doors/)).toBeVisible();

  // The bundle, unpacked as into Foundry's Data folder: each scene's background is a file of it.
  const zip = await save(page, "Download Foundry bundle (.zip)", dir);
  expect(path.basename(zip)).toBe("the-green-dragon-v1-foundry.zip");
  execFileSync("unzip", ["-tq", zip]);
  execFileSync("unzip", ["-q", zip, "-d", path.join(dir, "Data")]);
  const entries = execFileSync("unzip", ["-Z1", zip]).toString().trim().split("\n");
  const read = (entry: string) => fs.readFileSync(path.join(dir, "Data", entry));
  const scenes = entries.filter((e) => e.endsWith(".scene.json")).map((e) => JSON.parse(read(e).toString()));
  expect(scenes.map((s) => s.name)).toEqual([
    "The Green Dragon v1 — Ground floor",
    "The Green Dragon v1 — Upper floor",
  ]);
  for (const scene of scenes) {
    expect(entries).toContain(scene.background.src);
    expect(read(scene.background.src).subarray(1, 4).toString()).toBe("PNG");
  }
  const adventure = JSON.parse(read(entries.find((e) => e.endsWith("adventure.json"))!).toString());
  const [ground, upper] = adventure.scenes;
  const pages = new Map(
    adventure.journal[0].pages.map((p: { _id: string; text: { content: string } }) => [p._id, p.text.content]),
  );
  const stairLinks = (scene: { notes: Array<{ pageId: string }> }) =>
    scene.notes.map((n) => pages.get(n.pageId) as string).filter((html) => html.includes("@UUID[Scene."));
  expect(stairLinks(ground).some((html) => html.includes(`@UUID[Scene.${upper._id}]`))).toBe(true);
  expect(stairLinks(upper).some((html) => html.includes(`@UUID[Scene.${ground._id}]`))).toBe(true);

  // Each floor on its own.
  const groundScene = JSON.parse(fs.readFileSync(await save(page, "Download Foundry JSON", dir), "utf8"));
  expect(groundScene.background.src).toBe(scenes[0].background.src);
  const upperScene = JSON.parse(fs.readFileSync(await save(page, "Download Foundry JSON — Upper floor", dir), "utf8"));
  expect(upperScene.walls).toEqual(scenes[1].walls);
  const upperUvtt = JSON.parse(
    fs.readFileSync(await save(page, "Download Universal VTT (.dd2vtt) — Upper floor", dir), "utf8"),
  );
  expect(upperUvtt.resolution.map_size).toEqual({ x: 30, y: 24 });
  expect(upperUvtt.line_of_sight.length).toBeGreaterThan(0);
  fs.rmSync(dir, { recursive: true, force: true });
});
