import { expect, screenshot, signUp, test, uniqueEmail } from "./support/fixtures";

// The DM rolls a random NPC on the campaign page, saves it to the campaign (hidden from players),
// makes its token from the NPC list, and finds that token on the Tokens page.
test("the DM saves a random NPC to the campaign, makes its token from the NPC list, and finds it on the tokens page", async ({ page }) => {
  test.setTimeout(180_000);
  await signUp(page, "Dungeon Master", uniqueEmail("npc-dm"));
  const campaign = (await (await page.request.post("/api/campaigns", { data: { name: "Phandalin" } })).json()) as { campaign_id: string };
  await page.goto(`/campaigns/${campaign.campaign_id}`);
  await expect(page.getByRole("heading", { name: "NPCs" })).toBeVisible();
  await expect(page.getByText("No NPCs yet.")).toBeVisible();

  await page.getByRole("button", { name: "Roll a random NPC" }).click();
  const rolled = page.getByTestId("rolled-npc");
  await expect(rolled).toBeVisible();
  const name = (await rolled.locator("p").first().textContent())!.trim();
  expect(name.length).toBeGreaterThan(2);
  await rolled.getByRole("button", { name: "Save to campaign" }).click();

  const card = page.getByTestId("npc-card").filter({ hasText: name });
  await expect(card).toBeVisible();
  await expect(card.getByText("Hidden from players")).toBeVisible();
  await card.getByRole("button", { name: `Make a token of ${name}` }).click();
  const tokenImage = card.getByRole("img", { name: `Token of ${name}` });
  await expect(tokenImage).toBeVisible({ timeout: 60_000 });
  await expect.poll(() => tokenImage.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  await screenshot(page, "npcs-campaign-list");

  await card.getByRole("link", { name: "On the Tokens page" }).click();
  await page.waitForURL("**/tokens");
  await expect(page.getByText(name).first()).toBeVisible({ timeout: 30_000 });
  await screenshot(page, "npcs-token-on-tokens-page");
});
