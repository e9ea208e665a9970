import { expect, screenshot, signUp, test, uniqueEmail } from "./support/fixtures";

// The DM rolls a random NPC on the campaign page, saves it to the campaign (hidden from players),
// makes its token from the NPC list, and finds that token on the Tokens page.
test("the DM saves a random NPC to the campaign, makes its token from the NPC list, and finds it on the tokens page", async ({
  page,
}) => {
  test.setTimeout(180_000);
  await signUp(page, "Dungeon Master", uniqueEmail("npc-dm"));
  const campaign = (await (await page.request.post("/api/campaigns", { data: { name: "Phandalin" } })).json()) as {
    campaign_id: string;
  };
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

  // And one made by hand.
  await page.getByRole("button", { name: "Add an NPC" }).click();
  const form = page.getByRole("form", { name: "New NPC" });
  await form.getByLabel("Name").fill("Toblen Stonehill");
  await form.getByLabel("Class or role").fill("innkeeper");
  await form.getByRole("button", { name: "Add NPC" }).click();
  await expect(page.getByTestId("npc-card").filter({ hasText: "Toblen Stonehill" })).toBeVisible();
  await expect(form).toBeHidden();

  await card.getByRole("link", { name: "On the Tokens page" }).click();
  await page.waitForURL("**/tokens");
  await expect(page.getByText(name).first()).toBeVisible({ timeout: 30_000 });
  await screenshot(page, "npcs-token-on-tokens-page");
});

// A script's way in: the DM makes a personal API token in Settings (shown once), calls the API
// with it, revokes it, and reads the API reference.
test("an API token made in Settings calls the API until revoked; the API reference lists the routes", async ({
  page,
  playwright,
}) => {
  test.setTimeout(120_000);
  await signUp(page, "Script Writer", uniqueEmail("api-token"));
  await page.goto("/settings");
  await page.getByLabel("Token name").fill("Foundry module");
  await page.getByRole("button", { name: "Create token" }).click();
  const secret = (await page.getByTestId("api-token-secret").textContent())!.trim();
  expect(secret).toMatch(/^af_/);
  await expect(page.getByRole("list", { name: "Your API tokens" }).getByText("Foundry module")).toBeVisible();
  await screenshot(page, "api-token-created");

  const script = await playwright.request.newContext({
    baseURL: new URL(page.url()).origin,
    extraHTTPHeaders: { authorization: `Bearer ${secret}` },
  });
  expect((await script.get("/api/campaigns")).status()).toBe(200);
  await page.getByRole("button", { name: "Revoke Foundry module" }).click();
  await expect(page.getByText(/revoked/)).toBeVisible();
  expect((await script.get("/api/campaigns")).status()).toBe(401);
  await script.dispose();

  await page.goto("/api-docs");
  await expect(page.getByRole("heading", { name: "API reference" })).toBeVisible();
  expect(await page.getByTestId("api-operation").count()).toBeGreaterThan(60);
  await expect(page.getByText("/api/campaigns/{id}/npcs").first()).toBeVisible();
  await screenshot(page, "api-docs");
});
