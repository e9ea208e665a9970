import { expect, PASSWORD, screenshot, signUp, test, uniqueEmail } from "./support/fixtures";

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

// The DM's preparation stays with the DM: a map and an NPC token the DM makes in a campaign are
// hidden from the player until revealed; a revealed map shows the player version (no room key,
// traps or secret doors); hiding it again refuses the player's next request for its picture.
// On the way, an invite link opened while signed out survives sign-up.
test("a player sees neither the DM's map nor NPC token until revealed, then only the player version; hiding refuses the picture", async ({
  page,
  browser,
}) => {
  test.setTimeout(240_000);
  await signUp(page, "Dungeon Master", uniqueEmail("dm"));
  const campaign = (await (
    await page.request.post("/api/campaigns", { data: { name: "The Drowned Crypt" } })
  ).json()) as { campaign_id: string; invite_code: string };
  const made = await page.request.post("/api/generate/map", {
    data: {
      campaignId: campaign.campaign_id,
      mapType: "dungeon",
      width: 24,
      height: 18,
      seed: "dm-secrets",
      difficulty: "deadly",
      description: "A flooded crypt where the lich waits",
    },
  });
  expect(made.status()).toBe(201);
  const map = (await made.json()) as { id: string; name: string; layout: { rooms: unknown[] } };
  expect(map.layout.rooms.length).toBeGreaterThan(0); // the DM's own copy has the room key
  const npc = await page.request.post("/api/generate/token/batch", {
    data: {
      campaignId: campaign.campaign_id,
      npcs: [{ name: "Lich of the crypt", description: "a skeletal lich in tattered robes", disposition: "HOSTILE" }],
    },
  });
  expect((await npc.json()).created).toBe(1);

  // The player opens the invite link signed out, creates an account, and lands back on it.
  const playerContext = await browser.newContext();
  const player = await playerContext.newPage();
  await player.goto(`/campaigns?join=${campaign.invite_code}`);
  await player.waitForURL((url) => url.pathname === "/sign-in");
  expect(new URL(player.url()).searchParams.get("callbackUrl")).toBe(`/campaigns?join=${campaign.invite_code}`);
  await player.getByRole("link", { name: "Create an account" }).click();
  await player.getByLabel("Name").fill("Player One");
  await player.getByLabel("Email").fill(uniqueEmail("player"));
  await player.getByLabel("Password").fill(PASSWORD);
  await player.getByRole("button", { name: "Create account" }).click();
  await player.waitForURL(
    (url) => url.pathname === "/campaigns" && url.searchParams.get("join") === campaign.invite_code,
  );
  await expect(player.getByLabel(/invite code/i)).toHaveValue(campaign.invite_code);
  await screenshot(player, "dm-secrets-invite-after-sign-up");
  const character = (await (
    await player.request.post("/api/characters", {
      data: { name: "Vex", race: "tiefling", character_class: "warlock" },
    })
  ).json()) as { character_id: string };
  expect(
    (
      await player.request.post("/api/campaigns/join", {
        data: { invite_code: campaign.invite_code, character_id: character.character_id },
      })
    ).status(),
  ).toBe(201);

  // Hidden: the player sees neither the map nor the NPC token, and asking by id is a 404.
  await player.goto("/maps");
  await expect(player.getByText("No maps yet")).toBeVisible();
  await screenshot(player, "dm-secrets-player-maps-hidden");
  expect((await player.request.get(`/api/maps/${map.id}`)).status()).toBe(404);
  await player.goto("/tokens");
  await player.getByLabel("Campaign").selectOption({ label: "The Drowned Crypt" });
  await expect(player.getByText("No tokens yet")).toBeVisible();
  await expect(player.getByText("Lich of the crypt")).toHaveCount(0);
  await screenshot(player, "dm-secrets-player-tokens-hidden");

  // The DM opens the map (labelled as the DM version) and reveals it.
  await page.goto("/maps");
  await page.getByRole("button", { name: new RegExp(escapeRegExp(map.name)) }).click();
  const result = page.getByRole("region", { name: "Generated map" });
  await expect(result.getByRole("button", { name: "DM version" })).toHaveAttribute("aria-pressed", "true");
  await expect(result.getByRole("img", { name: /\(DM version\)/ })).toBeVisible();
  await expect(result.getByText("Hidden from players")).toBeVisible();
  await screenshot(page, "dm-secrets-dm-version");
  await result.getByRole("button", { name: `Reveal ${map.name} to players` }).click();
  await expect(result.getByText("Revealed to players")).toBeVisible();
  // The DM can look at what the players will get: the same picture without the markers.
  await result.getByRole("button", { name: "Player version" }).click();
  await expect(result.getByRole("img", { name: /\(player version\)/ })).toBeVisible();
  await screenshot(page, "dm-secrets-dm-revealed");

  // Revealed: the player gets the player version, no room key, traps or secret doors, no downloads.
  await player.goto("/maps");
  await player.getByRole("button", { name: new RegExp(escapeRegExp(map.name)) }).click();
  const seen = player.getByRole("region", { name: "Generated map" });
  await expect(seen.getByText("Player version")).toBeVisible();
  await expect(seen.getByText("Revealed to players")).toBeVisible();
  await expect(player.getByRole("list", { name: "Room key" })).toHaveCount(0);
  await expect(seen.getByRole("link", { name: /Download/ })).toHaveCount(0);
  const picture = seen.getByRole("img", { name: /version 1 \(player version\)/ });
  await expect(picture).toBeVisible();
  await expect.poll(() => picture.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  await screenshot(player, "dm-secrets-player-version");
  const json = (await (await player.request.get(`/api/maps/${map.id}`)).json()) as {
    imageUrl: string;
    pictureVersion: string;
    description: string;
    layout: Record<string, unknown>;
  };
  expect(json.pictureVersion).toBe("player");
  expect(json.description).toBe("");
  expect(json.layout.rooms).toEqual([]);
  expect(JSON.stringify(json.layout)).not.toMatch(/"secret"|"trap"|lich/i);
  expect((await player.request.get(`/api/maps/${map.id}/download?format=png`)).status()).toBe(404);
  const dmPicture = (await (await page.request.get(`/api/maps/${map.id}`)).json()).imageUrl as string;
  expect(dmPicture).not.toBe(json.imageUrl);
  expect((await player.request.get(dmPicture)).status()).toBe(404); // the DM's picture (markers) never reaches a player
  expect((await player.request.get(json.imageUrl)).status()).toBe(200);

  // The DM hides it again: the player's next request for the picture is refused.
  await result.getByRole("button", { name: `Hide ${map.name} from players` }).click();
  await expect(result.getByText("Hidden from players")).toBeVisible();
  expect((await player.request.get(json.imageUrl)).status()).toBe(404);
  await player.goto("/maps");
  await expect(player.getByText("No maps yet")).toBeVisible();
  await screenshot(player, "dm-secrets-player-after-hide");
  await playerContext.close();
});
