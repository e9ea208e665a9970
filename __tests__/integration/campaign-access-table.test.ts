// Every campaign-related route × {the DM, a player in the campaign, a player of another campaign,
// anonymous} × {the item hidden, the item revealed}. A refusal is 404 (401 anonymous) and changes
// nothing, neither rows nor files; an allowed read gives a player no DM-only field or id.
import { readdir } from "node:fs/promises";
import path from "node:path";
import { resetDatabase } from "../support/db";
import { callRoute, type CallOptions } from "../support/call-route";
import { withTempStorageRoot } from "../support/temp-storage-root";
import * as campaignRoute from "@/app/api/campaigns/[id]/route";
import * as rosterRoute from "@/app/api/campaigns/[id]/roster/route";
import * as campaignCharacterRoute from "@/app/api/campaigns/[id]/characters/[characterId]/route";
import * as inviteRoute from "@/app/api/campaigns/[id]/invite/route";
import * as characterRoute from "@/app/api/characters/[id]/route";
import * as mapsRoute from "@/app/api/maps/route";
import * as mapRoute from "@/app/api/maps/[id]/route";
import * as mapDownloadRoute from "@/app/api/maps/[id]/download/route";
import * as tokensRoute from "@/app/api/tokens/route";
import * as tokenRoute from "@/app/api/tokens/[id]/route";
import * as tokenPackRoute from "@/app/api/tokens/pack/route";
import * as galleryRoute from "@/app/api/gallery/images/route";
import * as galleryBulkRoute from "@/app/api/gallery/images/bulk/route";
import * as galleryZipRoute from "@/app/api/gallery/images/zip/route";
import * as imageFileRoute from "@/app/api/images/[id]/file/route";
import * as projectAssetsRoute from "@/app/api/v1/projects/[projectId]/assets/route";
import * as projectSearchRoute from "@/app/api/v1/projects/[projectId]/assets/search/route";
import * as projectTagsRoute from "@/app/api/v1/projects/[projectId]/tags/route";
import * as projectStatsRoute from "@/app/api/v1/projects/[projectId]/stats/route";
import * as assetRoute from "@/app/api/v1/assets/[assetId]/route";
import * as assetStatsRoute from "@/app/api/v1/assets/[assetId]/stats/route";
import * as assetThumbnailRoute from "@/app/api/v1/assets/[assetId]/thumbnail/route";
import * as assetGenerationsRoute from "@/app/api/v1/assets/[assetId]/generations/route";
import * as generationRoute from "@/app/api/v1/generations/[generationId]/route";
import * as v1ImageRoute from "@/app/api/v1/files/images/[imageId]/route";
import * as visibilityRoute from "@/app/api/visibility/route";
import * as assetsBulkTagsRoute from "@/app/api/v1/assets/bulk/tags/route";
import * as projectBulkRoute from "@/app/api/v1/projects/[projectId]/assets/bulk/route";
import * as mapPictureAsset from "@/app/api/assets/maps/[campaignId]/[mapId]/map.png/route";
import * as mapSceneAsset from "@/app/api/assets/maps/[campaignId]/[mapId]/map.json/route";
import * as mapMetadataAsset from "@/app/api/assets/maps/[campaignId]/[mapId]/metadata.json/route";
import * as tokenFileAsset from "@/app/api/assets/tokens/[campaignId]/[file]/route";
import * as npcsRoute from "@/app/api/campaigns/[id]/npcs/route";
import * as npcRoute from "@/app/api/campaigns/[id]/npcs/[npcId]/route";
import * as mapPngRoute from "@/app/api/assets/maps/[campaignId]/[mapId]/map.png/route";
import * as mapJsonRoute from "@/app/api/assets/maps/[campaignId]/[mapId]/map.json/route";
import * as mapMetadataRoute from "@/app/api/assets/maps/[campaignId]/[mapId]/metadata.json/route";
import * as tokenFileRoute from "@/app/api/assets/tokens/[campaignId]/[file]/route";
import { ONLY_THE_DM } from "@/lib/access/refusals";
import { prisma } from "@/lib/db/client";
import { accessFixture, DM_SECRETS, type AccessFixture } from "./access-fixture";

const storageRoot = withTempStorageRoot("campaign-access-");

type State = "hidden" | "revealed";
type Role = "dm" | "player" | "outsider" | "anonymous";
type Handler = Parameters<typeof callRoute>[0];

/**
 * Who gets through: `dm` the campaign's DM only; `members` the DM and its players (what they get
 * is filtered); `revealed` the DM, and players once the item is revealed; `per-item` answers 200
 * to anyone signed in and refuses item by item, changing nothing; `members-per-item` likewise for
 * the campaign's players, while an outsider gets a 404 for the campaign itself.
 */
type Access = "dm" | "members" | "revealed" | "per-item" | "members-per-item";
type Row = {
  route: string;
  handler: Handler;
  access: Access;
  call: (w: AccessFixture, state: State) => CallOptions;
  shows?: (w: AccessFixture, state: State) => string[];
};

const upload = (w: AccessFixture, s: State) =>
  s === "hidden"
    ? { asset: w.hiddenUpload, image: w.hiddenUploadImage }
    : { asset: w.revealedUpload, image: w.revealedUploadImage };
const map = (w: AccessFixture, s: State) => (s === "hidden" ? w.hiddenMap : w.revealedMap);
const token = (w: AccessFixture, s: State) => (s === "hidden" ? w.hiddenToken : w.revealedToken);
const generation = (w: AccessFixture, s: State) => (s === "hidden" ? w.hiddenGeneration : w.revealedGeneration);
const campaignId = (w: AccessFixture) => w.campaign.id;
const npc = (w: AccessFixture, s: State) => (s === "hidden" ? w.hiddenNpc : w.revealedNpc);
const mapAsset = (w: AccessFixture, s: State) => ({ params: { campaignId: campaignId(w), mapId: map(w, s).map.id } });
const tokenAsset = (w: AccessFixture, s: State, ext: string) => ({
  params: { campaignId: campaignId(w), file: `${token(w, s).token.id}.${ext}` },
});

const ROWS: Row[] = [
  {
    route: "GET /api/campaigns/[id]",
    handler: campaignRoute.GET,
    access: "members",
    call: (w) => ({ params: { id: campaignId(w) } }),
  },
  {
    route: "DELETE /api/campaigns/[id]",
    handler: campaignRoute.DELETE,
    access: "dm",
    call: (w) => ({ method: "DELETE", params: { id: campaignId(w) } }),
  },
  {
    route: "GET /api/campaigns/[id]/roster",
    handler: rosterRoute.GET,
    access: "members",
    call: (w) => ({ params: { id: campaignId(w) } }),
    shows: (w) => [w.character.id],
  },
  {
    route: "PATCH /api/campaigns/[id]/characters/[characterId]",
    handler: campaignCharacterRoute.PATCH,
    access: "dm",
    call: (w) => ({
      method: "PATCH",
      params: { id: campaignId(w), characterId: w.character.id },
      body: { notes: "changed" },
    }),
  },
  {
    route: "DELETE /api/campaigns/[id]/characters/[characterId]",
    handler: campaignCharacterRoute.DELETE,
    access: "dm",
    call: (w) => ({ method: "DELETE", params: { id: campaignId(w), characterId: w.character.id } }),
  },
  {
    route: "POST /api/campaigns/[id]/invite",
    handler: inviteRoute.POST,
    access: "dm",
    call: (w) => ({ method: "POST", params: { id: campaignId(w) } }),
  },
  {
    route: "GET /api/characters/[id] (a player's character in the campaign)",
    handler: characterRoute.GET,
    access: "members",
    call: (w) => ({ params: { id: w.character.id } }),
  },
  {
    route: "GET /api/maps?campaignId",
    handler: mapsRoute.GET,
    access: "members",
    call: (w) => ({ query: { campaignId: campaignId(w) } }),
    shows: (w, s) => (s === "revealed" ? [w.revealedMap.map.id, w.revealedMap.playerPicture.id] : []),
  },
  {
    route: "GET /api/maps/[id]",
    handler: mapRoute.GET,
    access: "revealed",
    call: (w, s) => ({ params: { id: map(w, s).map.id } }),
    shows: (w, s) => [map(w, s).playerPicture.id],
  },
  {
    route: "GET /api/maps/[id]/download (png)",
    handler: mapDownloadRoute.GET,
    access: "dm",
    call: (w, s) => ({ params: { id: map(w, s).map.id }, query: { format: "png" } }),
  },
  {
    route: "GET /api/maps/[id]/download (foundry)",
    handler: mapDownloadRoute.GET,
    access: "dm",
    call: (w, s) => ({ params: { id: map(w, s).map.id }, query: { format: "foundry" } }),
  },
  {
    route: "GET /api/tokens?campaignId",
    handler: tokensRoute.GET,
    access: "members",
    call: (w) => ({ query: { campaignId: campaignId(w) } }),
    shows: (w, s) => (s === "revealed" ? [w.revealedToken.token.id] : [w.playerToken.token.id]),
  },
  {
    route: "GET /api/tokens/[id]",
    handler: tokenRoute.GET,
    access: "revealed",
    call: (w, s) => ({ params: { id: token(w, s).token.id } }),
  },
  {
    route: "DELETE /api/tokens/[id]",
    handler: tokenRoute.DELETE,
    access: "dm",
    call: (w, s) => ({ method: "DELETE", params: { id: token(w, s).token.id } }),
  },
  {
    route: "GET /api/tokens/pack?campaignId",
    handler: tokenPackRoute.GET,
    access: "members",
    call: (w) => ({ query: { campaignId: campaignId(w) } }),
  },
  {
    route: "GET /api/gallery/images?campaign",
    handler: galleryRoute.GET,
    access: "members",
    call: (w) => ({ query: { campaign: campaignId(w) } }),
    shows: (w, s) => (s === "revealed" ? [w.revealedUploadImage.id] : [w.playerUploadImage.id]),
  },
  {
    route: "POST /api/gallery/images/bulk (tag)",
    handler: galleryBulkRoute.POST,
    access: "per-item",
    call: (w, s) => ({ method: "POST", body: { action: "tag", tags: ["x"], image_ids: [upload(w, s).image.id] } }),
  },
  {
    route: "POST /api/gallery/images/bulk (reveal)",
    handler: galleryBulkRoute.POST,
    access: "per-item",
    call: (w, s) => ({ method: "POST", body: { action: "reveal", image_ids: [upload(w, s).image.id] } }),
  },
  {
    route: "GET /api/gallery/images/zip",
    handler: galleryZipRoute.GET,
    access: "revealed",
    call: (w, s) => ({ query: { ids: upload(w, s).image.id } }),
  },
  {
    route: "GET /api/images/[id]/file",
    handler: imageFileRoute.GET,
    access: "revealed",
    call: (w, s) => ({ params: { id: upload(w, s).image.id } }),
  },
  {
    route: "GET /api/images/[id]/file (derivative)",
    handler: imageFileRoute.GET,
    access: "revealed",
    call: (w, s) => ({ params: { id: upload(w, s).image.id }, query: { width: 32, format: "webp" } }),
  },
  {
    route: "GET /api/images/[id]/file (a map's DM picture)",
    handler: imageFileRoute.GET,
    access: "dm",
    call: (w, s) => ({ params: { id: map(w, s).dmPicture.id } }),
  },
  {
    route: "GET /api/images/[id]/file (a map's player picture)",
    handler: imageFileRoute.GET,
    access: "revealed",
    call: (w, s) => ({ params: { id: map(w, s).playerPicture.id } }),
  },
  {
    route: "GET /api/images/[id]/file (a token)",
    handler: imageFileRoute.GET,
    access: "revealed",
    call: (w, s) => ({ params: { id: token(w, s).image.id } }),
  },
  {
    route: "GET /api/v1/files/images/[imageId]",
    handler: v1ImageRoute.GET,
    access: "revealed",
    call: (w, s) => ({ params: { imageId: upload(w, s).image.id } }),
  },
  {
    route: "GET /api/v1/projects/[projectId]/assets",
    handler: projectAssetsRoute.GET,
    access: "members",
    call: (w) => ({ params: { projectId: campaignId(w) } }),
    shows: (w, s) => [upload(w, "revealed").asset.id].filter(() => s === "revealed"),
  },
  {
    route: "GET /api/v1/projects/[projectId]/assets/search",
    handler: projectSearchRoute.GET,
    access: "members",
    call: (w) => ({ params: { projectId: campaignId(w) }, query: { q: "a", fuzzy: "false" } }),
  },
  {
    route: "GET /api/v1/projects/[projectId]/tags",
    handler: projectTagsRoute.GET,
    access: "members",
    call: (w) => ({ params: { projectId: campaignId(w) } }),
  },
  {
    route: "GET /api/v1/projects/[projectId]/stats",
    handler: projectStatsRoute.GET,
    access: "members",
    call: (w) => ({ params: { projectId: campaignId(w) } }),
  },
  {
    route: "GET /api/v1/assets/[assetId]",
    handler: assetRoute.GET,
    access: "revealed",
    call: (w, s) => ({ params: { assetId: upload(w, s).asset.id } }),
  },
  {
    route: "GET /api/v1/assets/[assetId] (a map)",
    handler: assetRoute.GET,
    access: "revealed",
    call: (w, s) => ({ params: { assetId: map(w, s).asset.id } }),
  },
  {
    route: "PUT /api/v1/assets/[assetId]",
    handler: assetRoute.PUT,
    access: "dm",
    call: (w, s) => ({ method: "PUT", params: { assetId: upload(w, s).asset.id }, body: { name: "Renamed" } }),
  },
  {
    route: "DELETE /api/v1/assets/[assetId]",
    handler: assetRoute.DELETE,
    access: "dm",
    call: (w, s) => ({ method: "DELETE", params: { assetId: upload(w, s).asset.id }, query: { force: "true" } }),
  },
  {
    route: "GET /api/v1/assets/[assetId]/stats",
    handler: assetStatsRoute.GET,
    access: "revealed",
    call: (w, s) => ({ params: { assetId: upload(w, s).asset.id } }),
  },
  {
    route: "GET /api/v1/assets/[assetId]/thumbnail",
    handler: assetThumbnailRoute.GET,
    access: "revealed",
    call: (w, s) => ({ params: { assetId: upload(w, s).asset.id } }),
  },
  // A revealed map's thumbnail is its player picture (the DM's, with its markers, is never a player's).
  {
    route: "GET /api/v1/assets/[assetId]/thumbnail (a map)",
    handler: assetThumbnailRoute.GET,
    access: "revealed",
    call: (w, s) => ({ params: { assetId: map(w, s).asset.id } }),
  },
  {
    route: "GET /api/v1/assets/[assetId]/generations",
    handler: assetGenerationsRoute.GET,
    access: "revealed",
    call: (w, s) => ({ params: { assetId: upload(w, s).asset.id } }),
  },
  {
    route: "GET /api/v1/generations/[generationId]",
    handler: generationRoute.GET,
    access: "revealed",
    call: (w, s) => ({ params: { generationId: generation(w, s).id } }),
  },
  {
    route: "GET /api/campaigns/[id]/npcs",
    handler: npcsRoute.GET,
    access: "members",
    call: (w) => ({ params: { id: campaignId(w) } }),
    shows: (w, s) => (s === "revealed" ? [w.revealedNpc.id] : []),
  },
  {
    route: "POST /api/campaigns/[id]/npcs",
    handler: npcsRoute.POST,
    access: "dm",
    call: (w) => ({ method: "POST", params: { id: campaignId(w) }, body: { name: "Toblen Stonehill" } }),
  },
  {
    route: "GET /api/campaigns/[id]/npcs/[npcId]",
    handler: npcRoute.GET,
    access: "revealed",
    call: (w, s) => ({ params: { id: campaignId(w), npcId: npc(w, s).id } }),
    shows: (w, s) => [npc(w, s).id],
  },
  {
    route: "PATCH /api/campaigns/[id]/npcs/[npcId]",
    handler: npcRoute.PATCH,
    access: "dm",
    call: (w, s) => ({
      method: "PATCH",
      params: { id: campaignId(w), npcId: npc(w, s).id },
      body: { name: "Renamed" },
    }),
  },
  {
    route: "DELETE /api/campaigns/[id]/npcs/[npcId]",
    handler: npcRoute.DELETE,
    access: "dm",
    call: (w, s) => ({ method: "DELETE", params: { id: campaignId(w), npcId: npc(w, s).id } }),
  },
  {
    route: "GET /api/assets/maps/[campaignId]/[mapId]/map.png",
    handler: mapPngRoute.GET,
    access: "revealed",
    call: mapAsset,
  },
  // The scene holds the secret doors: the DM's only, like every map download.
  {
    route: "GET /api/assets/maps/[campaignId]/[mapId]/map.json",
    handler: mapJsonRoute.GET,
    access: "dm",
    call: mapAsset,
  },
  {
    route: "GET /api/assets/maps/[campaignId]/[mapId]/metadata.json",
    handler: mapMetadataRoute.GET,
    access: "revealed",
    call: mapAsset,
  },
  {
    route: "GET /api/assets/tokens/[campaignId]/[file] (png)",
    handler: tokenFileRoute.GET,
    access: "revealed",
    call: (w, s) => tokenAsset(w, s, "png"),
  },
  {
    route: "GET /api/assets/tokens/[campaignId]/[file] (json)",
    handler: tokenFileRoute.GET,
    access: "revealed",
    call: (w, s) => tokenAsset(w, s, "json"),
    shows: (w, s) => [token(w, s).token.id],
  },
  {
    route: "PUT /api/v1/assets/bulk/tags",
    handler: assetsBulkTagsRoute.PUT,
    access: "per-item",
    call: (w, s) => ({ method: "PUT", body: { asset_ids: [upload(w, s).asset.id], operation: "add", tags: ["x"] } }),
  },
  {
    route: "DELETE /api/v1/projects/[projectId]/assets/bulk",
    handler: projectBulkRoute.DELETE,
    access: "members-per-item",
    call: (w, s) => ({
      method: "DELETE",
      params: { projectId: campaignId(w) },
      body: { asset_ids: [upload(w, s).asset.id], force: true },
    }),
  },
  // The map and token requirement's asset paths: the picture a viewer may see, the scene the DM's only.
  {
    route: "GET /api/assets/maps/[campaignId]/[mapId]/map.png",
    handler: mapPictureAsset.GET,
    access: "revealed",
    call: (w, s) => ({ params: { campaignId: campaignId(w), mapId: map(w, s).map.id } }),
  },
  {
    route: "GET /api/assets/maps/[campaignId]/[mapId]/map.json",
    handler: mapSceneAsset.GET,
    access: "dm",
    call: (w, s) => ({ params: { campaignId: campaignId(w), mapId: map(w, s).map.id } }),
  },
  {
    route: "GET /api/assets/maps/[campaignId]/[mapId]/metadata.json",
    handler: mapMetadataAsset.GET,
    access: "revealed",
    call: (w, s) => ({ params: { campaignId: campaignId(w), mapId: map(w, s).map.id } }),
  },
  {
    route: "GET /api/assets/tokens/[campaignId]/[file] (png)",
    handler: tokenFileAsset.GET,
    access: "revealed",
    call: (w, s) => ({ params: { campaignId: campaignId(w), file: `${token(w, s).token.id}.png` } }),
  },
  {
    route: "GET /api/assets/tokens/[campaignId]/[file] (json)",
    handler: tokenFileAsset.GET,
    access: "revealed",
    call: (w, s) => ({ params: { campaignId: campaignId(w), file: `${token(w, s).token.id}.json` } }),
  },
  {
    route: "PUT /api/visibility",
    handler: visibilityRoute.PUT,
    access: "per-item",
    call: (w, s) => ({
      method: "PUT",
      body: { visibility: s === "hidden" ? "party" : "dm_only", items: [{ type: "map", id: map(w, s).map.id }] },
    }),
  },
];

/** What a player must never receive from any route: the DM's words and the ids of what is hidden from them. */
function forbidden(w: AccessFixture): string[] {
  return [
    ...DM_SECRETS,
    w.hiddenUpload.id,
    w.hiddenUploadImage.id,
    w.hiddenGeneration.id,
    w.hiddenMap.map.id,
    w.hiddenMap.asset.id,
    w.hiddenMap.dmPicture.id,
    w.hiddenMap.playerPicture.id,
    w.revealedMap.dmPicture.id,
    w.hiddenToken.token.id,
    w.hiddenToken.asset.id,
    w.hiddenToken.image.id,
    w.hiddenToken.token.id.slice(0, 8),
    w.hiddenNpc.id,
    w.hiddenNpc.assetId,
    w.hiddenNpc.name,
    w.campaign.inviteCode,
  ];
}

/** Every row of every table the routes touch, and every stored file: what "unchanged" means. */
async function snapshot() {
  const tables = [
    "Campaign",
    "CampaignMember",
    "CharacterInfo",
    "CharacterProfile",
    "Asset",
    "Image",
    "ImageTag",
    "Generation",
    "Map",
    "Token",
    "Npc",
  ];
  const rows: Record<string, string | null> = {};
  for (const table of tables) {
    const [row] = await prisma.$queryRawUnsafe<{ digest: string | null }[]>(
      `SELECT md5(string_agg(t::text, '|' ORDER BY t::text)) AS digest FROM "${table}" t`,
    );
    rows[table] = row.digest;
  }
  return { rows, files: await listFiles(storageRoot()) };
}

async function listFiles(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { withFileTypes: true }).catch(() => []);
  const nested = await Promise.all(
    entries.map((entry) =>
      entry.isDirectory() ? listFiles(path.join(directory, entry.name)) : [path.join(directory, entry.name)],
    ),
  );
  return nested.flat().sort();
}

function expected(access: Access, role: Role, state: State): "ok" | 401 | 404 | "refused-items" {
  if (role === "anonymous") return 401;
  if (role === "dm") return "ok";
  if (access === "per-item") return "refused-items";
  if (role === "outsider") return 404;
  if (access === "members-per-item") return "refused-items";
  if (access === "members") return "ok";
  if (access === "revealed" && state === "revealed") return "ok";
  return 404;
}

const CASES = ROWS.flatMap((row) =>
  (["hidden", "revealed"] as const).flatMap((state) =>
    (["dm", "player", "outsider", "anonymous"] as const).map((role) => [row.route, state, role, row] as const),
  ),
);
/** A case changes something only when it is allowed and the route writes: those get a fresh fixture. */
const changes = (row: Row, role: Role, state: State) =>
  !row.route.startsWith("GET ") && expected(row.access, role, state) === "ok";

describe("campaign routes: reads and refusals, on one fixture (each refusal must leave it exactly as it was)", () => {
  let world: AccessFixture;
  beforeAll(async () => {
    await resetDatabase();
    world = await accessFixture();
  });
  it.each(CASES.filter(([, state, role, row]) => !changes(row, role, state)))(
    "%s, item %s, as %s",
    (_route, state, role, row) => check(world, row, state, role),
  );
});

describe("campaign routes: the changes the DM may make, each on a fresh fixture", () => {
  beforeEach(resetDatabase);
  it.each(CASES.filter(([, state, role, row]) => changes(row, role, state)))(
    "%s, item %s, as %s",
    async (_route, state, role, row) => check(await accessFixture(), row, state, role),
  );
});

async function check(w: AccessFixture, row: Row, state: State, role: Role) {
  const user = role === "anonymous" ? null : w.users[role];
  const outcome = expected(row.access, role, state);
  const before = outcome === "ok" ? null : await snapshot();
  const result = await callRoute(row.handler, { ...row.call(w, state), user });

  if (outcome === "ok") {
    expect({ route: row.route, status: result.status, ok: [200, 201, 204].includes(result.status) }).toEqual({
      route: row.route,
      status: result.status,
      ok: true,
    });
  } else if (outcome === "refused-items") {
    expect(result.status).toBe(200);
    const changed = result.body.updated ?? result.body.deleted;
    expect(Array.isArray(changed) ? changed.length : changed).toBe(0);
    const reason = role === "player" && state === "revealed" ? ONLY_THE_DM : expect.stringMatching(/not found/i);
    expect(result.body.failed).toEqual([expect.objectContaining({ error: reason })]);
  } else {
    expect({ route: row.route, status: result.status }).toEqual({ route: row.route, status: outcome });
    expect(result.body).toEqual({
      error: expect.objectContaining({ code: outcome === 401 ? "UNAUTHENTICATED" : "NOT_FOUND" }),
    });
  }
  if (before) expect(await snapshot()).toEqual(before);

  if (role === "player" && outcome === "ok") {
    const text = result.text;
    for (const secret of forbidden(w))
      expect({ route: row.route, leaked: text.includes(secret) ? secret : null }).toEqual({
        route: row.route,
        leaked: null,
      });
    for (const id of row.shows?.(w, state) ?? [])
      expect({ route: row.route, shows: id, found: text.includes(id) }).toEqual({
        route: row.route,
        shows: id,
        found: true,
      });
  }
}
