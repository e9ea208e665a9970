// One row per (route, method): a request that succeeds for the owner. Anonymous callers get 401,
// another signed-in user (the outsider) gets 404, and neither refused request changes a row of
// any table or a stored file. A route file or method without its row fails the first test.
import sharp from "sharp";
import { prisma } from "@/lib/db/client";
import { callRoute, type CallOptions } from "../support/call-route";
import { createTestUser, resetDatabase } from "../support/db";
import { BOUNDARY_EXEMPT, exportedMethods, loadRoute, routePaths, type HttpMethod } from "../support/route-modules";
import { createGenerationWithImage, storeImage } from "./gallery-helpers";
import { stopGenerationWorker } from "@/lib/generation/worker";
import { withTempStorageRoot } from "../support/temp-storage-root";
import { storedFiles } from "./generation-helpers";

withTempStorageRoot("route-authorization-");
afterAll(() => stopGenerationWorker(5_000));

type Fixture = Awaited<ReturnType<typeof buildFixture>>;
type Actor = "owner" | "player";
type Row = {
  route: string;
  method: HttpMethod;
  /** Who the request succeeds for (the campaign's DM owns everything; the player is a member). */
  actor?: Actor;
  request: (f: Fixture) => CallOptions | Promise<CallOptions>;
  status: number;
  /**
   * What the outsider gets when it is not 404: `shared` routes answer every signed-in user the
   * same (random generators, provider list, pregenerated characters); `own` routes list or create
   * in the caller's own scope, so the owner's ids must not appear; `per-item` bulk routes answer
   * 200 with every item refused, changing nothing.
   */
  outsider?: "shared" | "own" | "per-item";
  /** Public: no session needed (sign-up). */
  public?: true;
};

const png = () =>
  sharp({ create: { width: 48, height: 48, channels: 3, background: "#446688" } })
    .png()
    .toBuffer();
async function imageForm(fields: Record<string, string> = {}): Promise<FormData> {
  const data = new FormData();
  data.set("file", new Blob([new Uint8Array(await png())], { type: "image/png" }), "upload.png");
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}
const latestPortraitGeneration = async (f: Fixture) =>
  (
    await prisma.characterProfile.findUniqueOrThrow({
      where: { id: f.character.id },
      select: { portraitAsset: { select: { favoriteGenerationId: true } } },
    })
  ).portraitAsset!.favoriteGenerationId!;

// Destructive rows come last, in an order that leaves what later rows need.
const ROWS: Row[] = [
  { route: "/api/openapi.json", method: "GET", public: true, status: 200, request: () => ({}) },
  { route: "/api/health", method: "GET", public: true, status: 200, request: () => ({}) },
  { route: "/api/ready", method: "GET", public: true, status: 200, request: () => ({}) },
  {
    route: "/api/auth/sign-up",
    method: "POST",
    public: true,
    status: 201,
    request: () => ({
      body: { name: "New Player", email: `new-${Date.now()}@example.test`, password: "correct horse battery" },
    }),
  },
  { route: "/api/account/sessions", method: "GET", outsider: "own", status: 200, request: () => ({}) },
  { route: "/api/account/links", method: "GET", outsider: "own", status: 200, request: () => ({}) },
  { route: "/api/account/storage", method: "GET", outsider: "own", status: 200, request: () => ({}) },
  {
    route: "/api/account/links",
    method: "POST",
    outsider: "own",
    status: 204,
    request: () => ({ body: { provider: "github" } }),
  },
  { route: "/api/api-tokens", method: "GET", outsider: "own", status: 200, request: () => ({}) },
  {
    route: "/api/api-tokens",
    method: "POST",
    outsider: "own",
    status: 201,
    request: () => ({ body: { name: "Script" } }),
  },
  {
    route: "/api/api-tokens/[id]",
    method: "PATCH",
    status: 200,
    request: (f) => ({ params: { id: f.apiToken.id }, body: { name: "Renamed" } }),
  },
  { route: "/api/campaigns", method: "GET", outsider: "own", status: 200, request: () => ({}) },
  {
    route: "/api/campaigns",
    method: "POST",
    outsider: "own",
    status: 201,
    request: () => ({ body: { name: "Another table" } }),
  },
  {
    route: "/api/campaigns/join",
    method: "POST",
    actor: "player",
    status: 201,
    request: (f) => ({ body: { invite_code: f.inviteCode, character_id: f.playerSpare.id } }),
  },
  { route: "/api/campaigns/[id]", method: "GET", status: 200, request: (f) => ({ params: { id: f.campaign.id } }) },
  {
    route: "/api/campaigns/[id]/roster",
    method: "GET",
    status: 200,
    request: (f) => ({ params: { id: f.campaign.id } }),
  },
  {
    route: "/api/campaigns/[id]/invite",
    method: "POST",
    status: 200,
    request: (f) => ({ params: { id: f.campaign.id } }),
  },
  {
    route: "/api/campaigns/[id]/portraits/generate-missing",
    method: "POST",
    status: 202,
    request: (f) => ({ params: { id: f.campaign.id } }),
  },
  {
    route: "/api/campaigns/[id]/npcs",
    method: "GET",
    status: 200,
    request: (f) => ({ params: { id: f.campaign.id } }),
  },
  {
    route: "/api/campaigns/[id]/npcs",
    method: "POST",
    status: 201,
    request: (f) => ({ params: { id: f.campaign.id }, body: { name: "Toblen", race: "human", class: "commoner" } }),
  },
  {
    route: "/api/campaigns/[id]/npcs/[npcId]",
    method: "GET",
    status: 200,
    request: (f) => ({ params: { id: f.campaign.id, npcId: f.npc.id } }),
  },
  {
    route: "/api/campaigns/[id]/npcs/[npcId]",
    method: "PATCH",
    status: 200,
    request: (f) => ({ params: { id: f.campaign.id, npcId: f.npc.id }, body: { notes: "owes the Redbrands" } }),
  },
  {
    route: "/api/assets/maps/[campaignId]/[mapId]/map.png",
    method: "GET",
    status: 200,
    request: (f) => ({ params: { campaignId: f.campaign.id, mapId: f.map.id } }),
  },
  {
    route: "/api/assets/maps/[campaignId]/[mapId]/map.json",
    method: "GET",
    status: 200,
    request: (f) => ({ params: { campaignId: f.campaign.id, mapId: f.map.id } }),
  },
  {
    route: "/api/assets/maps/[campaignId]/[mapId]/metadata.json",
    method: "GET",
    status: 200,
    request: (f) => ({ params: { campaignId: f.campaign.id, mapId: f.map.id } }),
  },
  {
    route: "/api/assets/tokens/[campaignId]/[file]",
    method: "GET",
    status: 200,
    request: (f) => ({ params: { campaignId: f.campaign.id, file: `${f.token.id}.png` } }),
  },
  {
    route: "/api/campaigns/[id]/characters/[characterId]",
    method: "PATCH",
    status: 200,
    request: (f) => ({
      params: { id: f.campaign.id, characterId: f.playerCharacter.id },
      body: { hit_points_current: 7 },
    }),
  },
  { route: "/api/characters", method: "GET", outsider: "own", status: 200, request: () => ({}) },
  {
    route: "/api/characters",
    method: "POST",
    outsider: "own",
    status: 201,
    request: () => ({ body: { name: "Mira", race: "high-elf", character_class: "Wizard" } }),
  },
  { route: "/api/characters/pregenerated", method: "GET", outsider: "shared", status: 200, request: () => ({}) },
  { route: "/api/characters/[id]", method: "GET", status: 200, request: (f) => ({ params: { id: f.character.id } }) },
  {
    route: "/api/characters/[id]",
    method: "PATCH",
    status: 200,
    request: (f) => ({ params: { id: f.character.id }, body: { backstory: "Raised by wolves" } }),
  },
  {
    route: "/api/characters/[id]/portrait",
    method: "GET",
    status: 200,
    request: (f) => ({ params: { id: f.character.id } }),
  },
  {
    route: "/api/characters/[id]/portrait/upload",
    method: "POST",
    status: 201,
    request: async (f) => ({ params: { id: f.character.id }, form: await imageForm() }),
  },
  {
    route: "/api/characters/[id]/portrait/select",
    method: "POST",
    status: 200,
    request: async (f) => ({
      params: { id: f.character.id },
      body: { generation_id: await latestPortraitGeneration(f) },
    }),
  },
  {
    route: "/api/characters/[id]/portrait/generate",
    method: "POST",
    status: 202,
    request: (f) => ({ params: { id: f.character.id }, body: { regenerate: true } }),
  },
  { route: "/api/gallery/images", method: "GET", outsider: "own", status: 200, request: () => ({}) },
  {
    route: "/api/gallery/images",
    method: "POST",
    status: 201,
    request: async (f) => ({ form: await imageForm({ campaign: f.campaign.id, tags: "a,b" }) }),
  },
  {
    route: "/api/gallery/images/bulk",
    method: "POST",
    outsider: "per-item",
    status: 200,
    request: (f) => ({ body: { image_ids: [f.image.id], action: "tag", tags: ["x"] } }),
  },
  { route: "/api/gallery/images/zip", method: "GET", status: 200, request: (f) => ({ query: { ids: f.image.id } }) },
  {
    route: "/api/generate/map",
    method: "POST",
    status: 201,
    request: (f) => ({ body: { regenerateOf: f.map.id, mapType: "dungeon", width: 20, height: 20, seed: "again" } }),
  },
  {
    route: "/api/generate/random/dungeon",
    method: "GET",
    outsider: "shared",
    status: 200,
    request: () => ({ query: { width: 20, height: 20, seed: "s" } }),
  },
  {
    route: "/api/generate/random/npc",
    method: "GET",
    outsider: "shared",
    status: 200,
    request: () => ({ query: { seed: "s" } }),
  },
  {
    route: "/api/generate/random/encounter/[partyLevel]",
    method: "GET",
    outsider: "shared",
    status: 200,
    request: () => ({ params: { partyLevel: "3" }, query: { seed: "s" } }),
  },
  {
    route: "/api/generate/token",
    method: "POST",
    status: 201,
    request: (f) => ({
      body: { name: "Guard", campaignId: f.campaign.id, source: { kind: "image", imageId: f.image.id } },
    }),
  },
  {
    route: "/api/generate/token/batch",
    method: "POST",
    status: 200,
    request: (f) => ({ body: { campaignId: f.campaign.id, party: true } }),
  },
  { route: "/api/generations/[id]", method: "GET", status: 200, request: (f) => ({ params: { id: f.generation.id } }) },
  {
    route: "/api/generations/[id]/cancel",
    method: "POST",
    status: 200,
    request: (f) => ({ params: { id: f.pending.id } }),
  },
  { route: "/api/images/[id]/file", method: "GET", status: 200, request: (f) => ({ params: { id: f.image.id } }) },
  {
    route: "/api/images/generate",
    method: "POST",
    status: 202,
    request: (f) => ({ body: { prompt: "a lighthouse", profileId: f.profile.id, wait: false } }),
  },
  { route: "/api/maps", method: "GET", status: 200, request: (f) => ({ query: { campaignId: f.campaign.id } }) },
  { route: "/api/maps/[id]", method: "GET", status: 200, request: (f) => ({ params: { id: f.map.id } }) },
  {
    route: "/api/maps/[id]/download",
    method: "GET",
    status: 200,
    request: (f) => ({ params: { id: f.map.id }, query: { format: "foundry" } }),
  },
  { route: "/api/profiles", method: "GET", outsider: "own", status: 200, request: () => ({}) },
  {
    route: "/api/profiles",
    method: "POST",
    outsider: "own",
    status: 201,
    request: () => ({ body: { name: `Local ${Date.now()}`, kind: "BUILTIN" } }),
  },
  { route: "/api/profiles/[id]", method: "GET", status: 200, request: (f) => ({ params: { id: f.profile.id } }) },
  {
    route: "/api/profiles/[id]",
    method: "PATCH",
    status: 200,
    request: (f) => ({ params: { id: f.profile.id }, body: { name: "Renamed" } }),
  },
  {
    route: "/api/profiles/[id]/default",
    method: "POST",
    status: 200,
    request: (f) => ({ params: { id: f.profile.id } }),
  },
  { route: "/api/profiles/[id]/test", method: "POST", status: 200, request: (f) => ({ params: { id: f.profile.id } }) },
  {
    route: "/api/profiles/[id]/models",
    method: "GET",
    status: 200,
    request: (f) => ({ params: { id: f.profile.id } }),
  },
  { route: "/api/providers", method: "GET", outsider: "shared", status: 200, request: () => ({}) },
  { route: "/api/tokens", method: "GET", status: 200, request: (f) => ({ query: { campaignId: f.campaign.id } }) },
  { route: "/api/tokens/[id]", method: "GET", status: 200, request: (f) => ({ params: { id: f.token.id } }) },
  { route: "/api/tokens/pack", method: "GET", status: 200, request: (f) => ({ query: { campaignId: f.campaign.id } }) },
  {
    route: "/api/v1/assets/[assetId]",
    method: "GET",
    status: 200,
    request: (f) => ({ params: { assetId: f.asset.id } }),
  },
  {
    route: "/api/v1/assets/[assetId]",
    method: "PUT",
    status: 200,
    request: (f) => ({ params: { assetId: f.asset.id }, body: { name: "Renamed asset" } }),
  },
  {
    route: "/api/v1/assets/[assetId]/generations",
    method: "GET",
    status: 200,
    request: (f) => ({ params: { assetId: f.asset.id } }),
  },
  {
    route: "/api/v1/assets/[assetId]/generations",
    method: "POST",
    status: 201,
    request: (f) => ({ params: { assetId: f.asset.id }, body: { parameters: { prompt: "again" } } }),
  },
  {
    route: "/api/v1/assets/[assetId]/stats",
    method: "GET",
    status: 200,
    request: (f) => ({ params: { assetId: f.asset.id } }),
  },
  {
    route: "/api/v1/assets/[assetId]/thumbnail",
    method: "GET",
    status: 200,
    request: (f) => ({ params: { assetId: f.asset.id }, query: { size: "small" } }),
  },
  {
    route: "/api/v1/assets/bulk/tags",
    method: "PUT",
    outsider: "per-item",
    status: 200,
    request: (f) => ({ body: { asset_ids: [f.asset.id], operation: "add", tags: ["bulk"] } }),
  },
  {
    route: "/api/v1/files/images/[imageId]",
    method: "GET",
    status: 200,
    request: (f) => ({ params: { imageId: f.image.id } }),
  },
  {
    route: "/api/v1/generations/[generationId]",
    method: "GET",
    status: 200,
    request: (f) => ({ params: { generationId: f.generation.id } }),
  },
  {
    route: "/api/v1/generations/[generationId]",
    method: "PUT",
    status: 200,
    request: (f) => ({ params: { generationId: f.generation.id }, body: { metadata: { note: "best" } } }),
  },
  {
    route: "/api/v1/generations/[generationId]/favorite",
    method: "POST",
    status: 200,
    request: (f) => ({ params: { generationId: f.generation.id } }),
  },
  {
    route: "/api/v1/generations/[generationId]/favorite",
    method: "DELETE",
    status: 200,
    request: (f) => ({ params: { generationId: f.generation.id } }),
  },
  {
    route: "/api/v1/generations/[generationId]/upload",
    method: "POST",
    status: 201,
    request: async (f) => ({ params: { generationId: f.generation.id }, form: await imageForm() }),
  },
  {
    route: "/api/v1/projects/[projectId]/assets",
    method: "GET",
    status: 200,
    request: (f) => ({ params: { projectId: f.campaign.id } }),
  },
  {
    route: "/api/v1/projects/[projectId]/assets",
    method: "POST",
    status: 201,
    request: (f) => ({ params: { projectId: f.campaign.id }, body: { name: "Citadel map", kind: "map" } }),
  },
  {
    route: "/api/v1/projects/[projectId]/assets/bulk",
    method: "POST",
    status: 201,
    request: (f) => ({ params: { projectId: f.campaign.id }, body: { assets: [{ name: "Bulk one" }] } }),
  },
  {
    route: "/api/v1/projects/[projectId]/assets/search",
    method: "GET",
    status: 200,
    request: (f) => ({ params: { projectId: f.campaign.id }, query: { q: "citadel" } }),
  },
  {
    route: "/api/v1/projects/[projectId]/stats",
    method: "GET",
    status: 200,
    request: (f) => ({ params: { projectId: f.campaign.id } }),
  },
  {
    route: "/api/v1/projects/[projectId]/tags",
    method: "GET",
    status: 200,
    request: (f) => ({ params: { projectId: f.campaign.id } }),
  },
  {
    route: "/api/visibility",
    method: "PUT",
    outsider: "per-item",
    status: 200,
    request: (f) => ({ body: { visibility: "party", items: [{ type: "asset", id: f.campaignAsset.id }] } }),
  },
  // Destructive rows.
  {
    route: "/api/v1/projects/[projectId]/assets/bulk",
    method: "DELETE",
    status: 200,
    request: (f) => ({ params: { projectId: f.campaign.id }, body: { asset_ids: [f.campaignAsset.id], force: true } }),
  },
  {
    route: "/api/v1/generations/[generationId]",
    method: "DELETE",
    status: 204,
    request: (f) => ({ params: { generationId: f.generation.id } }),
  },
  {
    route: "/api/v1/assets/[assetId]",
    method: "DELETE",
    status: 204,
    request: (f) => ({ params: { assetId: f.asset.id }, query: { force: "true" } }),
  },
  { route: "/api/api-tokens/[id]", method: "DELETE", status: 200, request: (f) => ({ params: { id: f.apiToken.id } }) },
  {
    route: "/api/account/sessions/[id]",
    method: "DELETE",
    status: 204,
    request: (f) => ({ params: { id: f.session.id } }),
  },
  { route: "/api/account/sessions", method: "DELETE", outsider: "own", status: 204, request: () => ({}) },
  {
    route: "/api/campaigns/[id]/npcs/[npcId]",
    method: "DELETE",
    status: 204,
    request: (f) => ({ params: { id: f.campaign.id, npcId: f.npc.id } }),
  },
  { route: "/api/tokens/[id]", method: "DELETE", status: 204, request: (f) => ({ params: { id: f.token.id } }) },
  { route: "/api/profiles/[id]", method: "DELETE", status: 204, request: (f) => ({ params: { id: f.profile.id } }) },
  {
    route: "/api/campaigns/[id]/leave",
    method: "POST",
    actor: "player",
    status: 204,
    request: (f) => ({ params: { id: f.campaign.id }, body: { character_id: f.playerCharacter.id } }),
  },
  {
    route: "/api/campaigns/[id]/characters/[characterId]",
    method: "DELETE",
    status: 204,
    request: (f) => ({ params: { id: f.campaign.id, characterId: f.character.id } }),
  },
  {
    route: "/api/characters/[id]",
    method: "DELETE",
    status: 204,
    request: (f) => ({ params: { id: f.character.id } }),
  },
  { route: "/api/campaigns/[id]", method: "DELETE", status: 204, request: (f) => ({ params: { id: f.campaign.id } }) },
];

/** The DM (owner) with a campaign, a character in it, a profile, an asset with a generation and image, a map and a token; a player in the campaign. */
async function buildFixture() {
  const [owner, player, outsider] = [await createTestUser(), await createTestUser(), await createTestUser()];
  const as = (user: { id: string }) => (handler: Parameters<typeof callRoute>[0], options: CallOptions) =>
    callRoute(handler, { user, ...options });
  const created = async (response: Promise<{ status: number; body: { [key: string]: unknown } }>) => {
    const { status, body } = await response;
    if (status >= 300) throw new Error(`fixture request failed with ${status}: ${JSON.stringify(body)}`);
    return body;
  };
  const characters = await import("@/app/api/characters/route");
  const campaigns = await import("@/app/api/campaigns/route");
  const join = await import("@/app/api/campaigns/join/route");
  const maps = await import("@/app/api/generate/map/route");
  const tokens = await import("@/app/api/generate/token/route");
  const profiles = await import("@/app/api/profiles/route");
  const character = (await created(
    as(owner)(characters.POST, { body: { name: "Tordek", race: "Dwarf", character_class: "Fighter" } }),
  )) as { character_id: string };
  const playerCharacter = (await created(
    as(player)(characters.POST, { body: { name: "Pip", race: "Halfling", character_class: "Rogue" } }),
  )) as { character_id: string };
  const playerSpare = (await created(
    as(player)(characters.POST, { body: { name: "Lia", race: "Human", character_class: "Cleric" } }),
  )) as { character_id: string };
  const campaign = (await created(as(owner)(campaigns.POST, { body: { name: "Sunless Citadel" } }))) as {
    campaign_id: string;
    invite_code: string;
  };
  await created(
    as(owner)(join.POST, { body: { invite_code: campaign.invite_code, character_id: character.character_id } }),
  );
  await created(
    as(player)(join.POST, { body: { invite_code: campaign.invite_code, character_id: playerCharacter.character_id } }),
  );
  const profile = (
    (await created(as(owner)(profiles.POST, { body: { name: "Offline", kind: "BUILTIN" } }))) as {
      profile: { id: string };
    }
  ).profile;
  const asset = await prisma.asset.create({ data: { ownerId: owner.id, kind: "IMAGE", name: "Red dragon" } });
  const { generation, image } = await createGenerationWithImage(owner.id, asset.id);
  const pending = await prisma.generation.create({
    data: { ownerId: owner.id, assetId: asset.id, status: "PENDING", providerKind: "BUILTIN", prompt: "later" },
  });
  const campaignAsset = await prisma.asset.create({
    data: { ownerId: owner.id, campaignId: campaign.campaign_id, kind: "MAP", name: "Citadel" },
  });
  await storeImage(owner.id, { assetId: campaignAsset.id, campaignId: campaign.campaign_id });
  const map = (await created(
    as(owner)(maps.POST, {
      body: { campaignId: campaign.campaign_id, mapType: "dungeon", width: 20, height: 20, seed: "crypt" },
    }),
  )) as { id: string };
  const token = (await created(
    as(owner)(tokens.POST, {
      body: { name: "Ogre", campaignId: campaign.campaign_id, source: { kind: "image", imageId: image.id } },
    }),
  )) as { id: string };
  const npcs = await import("@/app/api/campaigns/[id]/npcs/route");
  const apiTokens = await import("@/app/api/api-tokens/route");
  const apiToken = (
    (await created(as(owner)(apiTokens.POST, { body: { name: "VTT module" } }))) as { token: { id: string } }
  ).token;
  const npc = (await created(
    as(owner)(npcs.POST, {
      params: { id: campaign.campaign_id },
      body: { name: "Sildar", race: "human", class: "fighter" },
    }),
  )) as { id: string };
  return {
    users: { owner, player, outsider },
    inviteCode: campaign.invite_code,
    campaign: { id: campaign.campaign_id },
    character: { id: character.character_id },
    playerCharacter: { id: playerCharacter.character_id },
    playerSpare: { id: playerSpare.character_id },
    profile,
    asset,
    campaignAsset,
    generation,
    pending,
    image,
    map,
    token,
    npc,
    apiToken,
    session: await prisma.session.create({ data: { userId: owner.id, userAgent: "another browser" } }),
  };
}

/**
 * Every row of every app table (as text) and every stored file: equal snapshots mean nothing changed.
 * Sessions are left out: callRoute signs in afresh for each call (a Session row each), and the
 * sessions routes' own refusals are asserted with their rows in account-sessions.test.ts.
 */
async function databaseSnapshot(): Promise<Record<string, string>> {
  const tables = await prisma.$queryRaw<{ name: string }[]>`
    SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema() AND tablename NOT IN ('_prisma_migrations', 'Session') ORDER BY tablename`;
  const union = tables
    .map(
      ({ name }) =>
        `SELECT '${name}' AS name, count(*)::int AS rows, md5(coalesce(string_agg(t::text, ',' ORDER BY t::text), '')) AS digest FROM "${name}" t`,
    )
    .join(" UNION ALL ");
  const rows = await prisma.$queryRawUnsafe<{ name: string; rows: number; digest: string }[]>(union);
  return {
    ...Object.fromEntries(rows.map((row) => [row.name, `${row.rows}:${row.digest}`])),
    files: (await storedFiles()).join(","),
  };
}

const ownerIds = (f: Fixture) => [
  f.campaign.id,
  f.character.id,
  f.image.id,
  f.asset.id,
  f.profile.id,
  f.campaignAsset.id,
];
const rowName = (row: Pick<Row, "route" | "method">) => `${row.method} ${row.route}`;
let fixture: Fixture;
const modules = new Map<string, Awaited<ReturnType<typeof loadRoute>>>();

beforeAll(async () => {
  await resetDatabase();
  fixture = await buildFixture();
  for (const routePath of routePaths()) modules.set(routePath, await loadRoute(routePath));
}, 60_000);

test("every route file and exported method has its row, and every row names a route that exists", () => {
  const exported = [...modules]
    .filter(([routePath]) => !BOUNDARY_EXEMPT.includes(routePath))
    .flatMap(([route, routeModule]) => exportedMethods(routeModule).map((method) => rowName({ route, method })));
  const rows = ROWS.map(rowName);
  expect(exported.filter((name) => !rows.includes(name))).toEqual([]);
  expect(rows.filter((name) => !exported.includes(name))).toEqual([]);
  expect(new Set(rows).size).toBe(rows.length);
});

test.each(ROWS.map((row) => [rowName(row), row] as const))(
  "%s",
  async (_name, row) => {
    const handler = modules.get(row.route)?.[row.method] as Parameters<typeof callRoute>[0] | undefined;
    if (!handler) throw new Error(`${rowName(row)}: no such route`); // reported by the first test too
    const request = async () => ({ method: row.method, ...(await row.request(fixture)) });
    const owner = row.actor === "player" ? fixture.users.player : fixture.users.owner;
    if (!row.public) {
      const before = await databaseSnapshot();
      const anonymous = await callRoute(handler, { ...(await request()), user: null });
      expect([anonymous.status, anonymous.body?.error?.code]).toEqual([401, "UNAUTHENTICATED"]);
      expect(await databaseSnapshot()).toEqual(before);

      const outsider = await callRoute(handler, { ...(await request()), user: fixture.users.outsider });
      if (row.outsider === undefined) {
        expect([outsider.status, outsider.body?.error?.code]).toEqual([404, "NOT_FOUND"]);
        expect(await databaseSnapshot()).toEqual(before);
      } else {
        expect([outsider.status < 300, outsider.status < 300 ? null : outsider.body]).toEqual([true, null]);
        if (row.outsider === "per-item") expect(await databaseSnapshot()).toEqual(before);
        if (row.outsider === "own") for (const id of ownerIds(fixture)) expect(outsider.text).not.toContain(id);
      }
    }
    const answer = await callRoute(handler, { ...(await request()), user: row.public ? null : owner });
    expect([rowName(row), answer.status, answer.status >= 400 ? answer.body : null]).toEqual([
      rowName(row),
      row.status,
      null,
    ]);
  },
  30_000,
);
