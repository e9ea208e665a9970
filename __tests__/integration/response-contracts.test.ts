// Every JSON answer of the app's routes, parsed with its response schema (lib/schemas/*-response.ts).
// The server returns the schemas' inferred types without parsing on the request path; this is
// where the runtime JSON (ISO dates, uuids, nulls, the requirement's lower-case words) is proven
// to be what the client's types say.
import type { z } from "zod";
import { createTestUser, resetDatabase } from "../support/db";
import { callRoute, type CallOptions, type CallResult } from "../support/call-route";
import { POST as signUp } from "@/app/api/auth/sign-up/route";
import * as characters from "@/app/api/characters/route";
import * as character from "@/app/api/characters/[id]/route";
import { GET as pregenerated } from "@/app/api/characters/pregenerated/route";
import { POST as generatePortrait } from "@/app/api/characters/[id]/portrait/generate/route";
import { GET as portrait } from "@/app/api/characters/[id]/portrait/route";
import * as campaigns from "@/app/api/campaigns/route";
import { GET as campaign } from "@/app/api/campaigns/[id]/route";
import { POST as join } from "@/app/api/campaigns/join/route";
import { GET as roster } from "@/app/api/campaigns/[id]/roster/route";
import { PATCH as patchState } from "@/app/api/campaigns/[id]/characters/[characterId]/route";
import { POST as generateMissing } from "@/app/api/campaigns/[id]/portraits/generate-missing/route";
import { POST as rotateInvite } from "@/app/api/campaigns/[id]/invite/route";
import * as profiles from "@/app/api/profiles/route";
import * as profile from "@/app/api/profiles/[id]/route";
import { POST as setDefault } from "@/app/api/profiles/[id]/default/route";
import { POST as testProfile } from "@/app/api/profiles/[id]/test/route";
import { GET as providers } from "@/app/api/providers/route";
import { POST as generateImages } from "@/app/api/images/generate/route";
import { GET as generation } from "@/app/api/generations/[id]/route";
import { POST as cancel } from "@/app/api/generations/[id]/cancel/route";
import * as gallery from "@/app/api/gallery/images/route";
import { POST as galleryBulk } from "@/app/api/gallery/images/bulk/route";
import { PUT as setVisibility } from "@/app/api/visibility/route";
import * as projectAssets from "@/app/api/v1/projects/[projectId]/assets/route";
import * as projectBulk from "@/app/api/v1/projects/[projectId]/assets/bulk/route";
import { GET as search } from "@/app/api/v1/projects/[projectId]/assets/search/route";
import { GET as projectStats } from "@/app/api/v1/projects/[projectId]/stats/route";
import { GET as projectTags } from "@/app/api/v1/projects/[projectId]/tags/route";
import * as asset from "@/app/api/v1/assets/[assetId]/route";
import * as assetGenerations from "@/app/api/v1/assets/[assetId]/generations/route";
import { GET as assetStats } from "@/app/api/v1/assets/[assetId]/stats/route";
import { PUT as bulkTags } from "@/app/api/v1/assets/bulk/tags/route";
import * as v1Generation from "@/app/api/v1/generations/[generationId]/route";
import * as favorite from "@/app/api/v1/generations/[generationId]/favorite/route";
import { POST as uploadToGeneration } from "@/app/api/v1/generations/[generationId]/upload/route";
import { POST as makeToken } from "@/app/api/generate/token/route";
import { POST as tokenBatch } from "@/app/api/generate/token/batch/route";
import * as tokens from "@/app/api/tokens/route";
import * as token from "@/app/api/tokens/[id]/route";
import { POST as generateMap } from "@/app/api/generate/map/route";
import * as maps from "@/app/api/maps/route";
import { GET as oneMap } from "@/app/api/maps/[id]/route";
import { GET as randomDungeon } from "@/app/api/generate/random/dungeon/route";
import { GET as randomNpc } from "@/app/api/generate/random/npc/route";
import { GET as randomEncounter } from "@/app/api/generate/random/encounter/[partyLevel]/route";
import { prisma } from "@/lib/db/client";
import { ensureBuiltinProfile } from "@/lib/profiles/ensure-builtin-profile";
import { startGenerationWorker } from "@/lib/generation/worker";
import * as assetContracts from "@/lib/schemas/assets-response";
import { signUpResponse } from "@/lib/schemas/auth-response";
import * as campaignContracts from "@/lib/schemas/campaigns-response";
import * as characterContracts from "@/lib/schemas/characters-response";
import * as galleryContracts from "@/lib/schemas/gallery-response";
import * as generationContracts from "@/lib/schemas/generations-response";
import * as mapContracts from "@/lib/schemas/maps-response";
import * as profileContracts from "@/lib/schemas/profiles-response";
import * as documentContracts from "@/lib/schemas/document-envelopes";
import * as tokenContracts from "@/lib/schemas/tokens-response";
import { setVisibilityResponse } from "@/lib/schemas/visibility-response";
import { setupGenerationEnvironment, waitFor } from "./generation-helpers";

setupGenerationEnvironment();
beforeAll(() => startGenerationWorker({ concurrency: 2 }));
beforeEach(resetDatabase);

type Handler = Parameters<typeof callRoute>[0];

/** Calls the route, expects the status, and parses the body with the contract (every issue listed on failure). */
async function answer<S extends z.ZodType>(
  schema: S,
  status: number,
  handler: Handler,
  options: CallOptions,
): Promise<z.infer<S> & CallResult["body"]> {
  const result = await callRoute(handler, options);
  expect({ status: result.status, body: result.status === status ? "…" : result.body }).toEqual({ status, body: "…" });
  const parsed = schema.safeParse(result.body);
  expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
  return result.body;
}

/** A 1×1 PNG, enough for an upload that sharp decodes. */
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
  "base64",
);
const pngForm = () => {
  const form = new FormData();
  form.set("file", new Blob([new Uint8Array(PNG)], { type: "image/png" }), "dot.png");
  return form;
};

test("accounts, characters, campaigns and portraits answer their contracts", async () => {
  await answer(signUpResponse, 201, signUp, {
    method: "POST",
    body: { name: "Ada", email: `ada-${Date.now()}@example.com`, password: "a long enough passphrase" },
  });
  const [dm, player] = await Promise.all([createTestUser(), createTestUser()]);
  const c = characterContracts;

  const created = await answer(c.characterProfileView, 201, characters.POST, {
    user: player,
    body: { name: "Mirela", race: "halfling", character_class: "bard" },
  });
  const id = { id: created.character_id };
  await answer(c.characterListResponse, 200, characters.GET, { user: player });
  await answer(c.characterDetailResponse, 200, character.GET, { user: player, params: id });
  await answer(c.characterDetailResponse, 200, character.PATCH, {
    user: player,
    method: "PATCH",
    params: id,
    body: { attire: "a green cloak" },
  });
  await answer(c.pregeneratedListResponse, 200, pregenerated, { user: player });

  const started = await answer(c.generatePortraitResponse, 202, generatePortrait, {
    user: player,
    method: "POST",
    params: id,
    body: {},
  });
  expect(started.generated).toBe(true);
  const done = await waitFor(
    () => callRoute(portrait, { user: player, params: id }),
    (r) => r.body.has_portrait && !r.body.in_progress,
    20_000,
  );
  expect(c.portraitStateResponse.safeParse(done.body).error?.issues ?? []).toEqual([]);
  const existing = await answer(c.generatePortraitResponse, 200, generatePortrait, {
    user: player,
    method: "POST",
    params: id,
    body: {},
  });
  expect(existing.generated).toBe(false);

  const k = campaignContracts;
  const run = await answer(k.campaignSummary, 201, campaigns.POST, { user: dm, body: { name: "The Sunken Crown" } });
  const campaignId = { id: run.campaign_id };
  await answer(k.campaignDetailResponse, 201, join, {
    user: player,
    method: "POST",
    body: { invite_code: run.invite_code, character_id: created.character_id },
  });
  await answer(k.campaignListResponse, 200, campaigns.GET, { user: player });
  await answer(k.campaignDetailResponse, 200, campaign, { user: dm, params: campaignId });
  await answer(k.rosterResponse, 200, roster, { user: player, params: campaignId });
  await answer(c.enrichedCharacter, 200, patchState, {
    user: dm,
    method: "PATCH",
    params: { id: run.campaign_id, characterId: created.character_id },
    body: {
      hit_points_current: 7,
      inventory: [{ name: "Rope", quantity: 1 }],
      quests: [{ title: "Find the crown", done: false }],
    },
  });
  await answer(k.generateMissingResponse, 202, generateMissing, { user: dm, method: "POST", params: campaignId });
  await answer(k.inviteCodeResponse, 200, rotateInvite, { user: dm, method: "POST", params: campaignId });
});

test("profiles, providers, generations and the gallery answer their contracts", async () => {
  const user = await createTestUser();
  const p = profileContracts;
  const list = await answer(p.profileListResponse, 200, profiles.GET, { user });
  const builtin = list.profiles[0];
  // A self-hosted Ollama the operator allowed by host and port, as a deployment would.
  const allowance = process.env.ALLOWED_PRIVATE_PROVIDER_HOSTS;
  process.env.ALLOWED_PRIVATE_PROVIDER_HOSTS = "127.0.0.1:9";
  const made = await answer(p.profileResponse, 201, profiles.POST, {
    user,
    body: { name: "Local Ollama", kind: "OLLAMA", baseUrl: "http://127.0.0.1:9/v1", textModel: "llama3" },
  }).finally(() => {
    if (allowance === undefined) delete process.env.ALLOWED_PRIVATE_PROVIDER_HOSTS;
    else process.env.ALLOWED_PRIVATE_PROVIDER_HOSTS = allowance;
  });
  await answer(p.profileResponse, 200, profile.GET, { user, params: { id: made.profile.id } });
  await answer(p.profileResponse, 200, profile.PATCH, {
    user,
    method: "PATCH",
    params: { id: made.profile.id },
    body: { name: "Ollama" },
  });
  await answer(p.profileResponse, 200, setDefault, { user, method: "POST", params: { id: builtin.id } });
  await answer(p.connectionTestResponse, 200, testProfile, { user, method: "POST", params: { id: builtin.id } });
  await answer(p.providerListResponse, 200, providers, { user });

  const g = generationContracts;
  const waited = await answer(g.generatedImagesResponse, 200, generateImages, {
    user,
    body: { prompt: "a lighthouse in a storm", profileId: builtin.id },
  });
  const generationId = { id: waited.data[0].generationId };
  await answer(g.generationStateResponse, 200, generation, { user, params: generationId });
  const queued = await answer(g.startedGenerationResponse, 202, generateImages, {
    user,
    body: { prompt: "a quiet harbour", profileId: builtin.id, wait: false },
  });
  // Cancelled while queued, or already finished (409): only a 200 carries the summary.
  const cancelled = await callRoute(cancel, { user, method: "POST", params: { id: queued.generations[0].id } });
  if (cancelled.status === 200) expect(g.generationSummary.safeParse(cancelled.body).error?.issues ?? []).toEqual([]);
  else expect(cancelled.status).toBe(409);

  const gc = galleryContracts;
  const uploaded = await answer(gc.galleryUploadResponse, 201, gallery.POST, { user, method: "POST", form: pngForm() });
  const page = await answer(gc.galleryPageResponse, 200, gallery.GET, { user, path: "/api/gallery/images" });
  expect(page.images.length).toBeGreaterThanOrEqual(2);
  await answer(gc.galleryBulkResponse, 200, galleryBulk, {
    user,
    body: { action: "tag", image_ids: [uploaded.id, crypto.randomUUID()], tags: ["sea"] },
  });
  await answer(setVisibilityResponse, 200, setVisibility, {
    user,
    method: "PUT",
    body: { visibility: "party", items: [{ type: "image", id: uploaded.id }] },
  });
});

test("the asset API answers its contracts", async () => {
  const user = await createTestUser();
  const a = assetContracts;
  const personal = { projectId: "personal" };
  const made = await answer(a.assetView, 201, projectAssets.POST, {
    user,
    params: personal,
    body: { name: "Red dragon", tags: ["monster"] },
  });
  const assetId = { assetId: made.id };
  await answer(a.assetListResponse, 200, projectAssets.GET, {
    user,
    params: personal,
    path: "/api/v1/projects/personal/assets",
  });
  await answer(a.assetSearchResponse, 200, search, {
    user,
    params: personal,
    path: "/api/v1/projects/personal/assets/search",
    query: { q: "dragon" },
  });
  await answer(a.assetView, 200, asset.PUT, { user, method: "PUT", params: assetId, body: { description: "Ancient" } });
  const bulk = await answer(a.bulkCreateResponse, 201, projectBulk.POST, {
    user,
    params: personal,
    body: { assets: [{ name: "Goblin" }, { name: "" }] },
  });
  expect(bulk.failed).toHaveLength(1);
  await answer(a.bulkTagsResponse, 200, bulkTags, {
    user,
    method: "PUT",
    body: { asset_ids: [made.id], tags: ["red"], operation: "add" },
  });

  const created = await answer(a.generationView, 201, assetGenerations.POST, {
    user,
    params: assetId,
    body: { parameters: { prompt: "a red dragon on a hoard" } },
  });
  const generationId = { generationId: created.id };
  await answer(a.generationUploadResponse, 201, uploadToGeneration, {
    user,
    method: "POST",
    params: generationId,
    form: pngForm(),
  });
  await answer(a.generationView, 200, v1Generation.GET, { user, params: generationId });
  await answer(a.generationView, 200, favorite.POST, { user, method: "POST", params: generationId });
  await answer(a.generationListResponse, 200, assetGenerations.GET, {
    user,
    params: assetId,
    path: `/api/v1/assets/${made.id}/generations`,
  });
  await answer(a.assetDetailResponse, 200, asset.GET, { user, params: assetId, path: `/api/v1/assets/${made.id}` });
  await answer(a.assetView, 200, asset.GET, {
    user,
    params: assetId,
    path: `/api/v1/assets/${made.id}`,
    query: { include_generations: "false" },
  });
  await answer(a.assetStatsResponse, 200, assetStats, { user, params: assetId });
  await answer(a.projectStatsResponse, 200, projectStats, { user, params: personal });
  await answer(a.projectTagsResponse, 200, projectTags, { user, params: personal });
  await answer(a.bulkDeleteResponse, 200, projectBulk.DELETE, {
    user,
    method: "DELETE",
    params: personal,
    body: { asset_ids: bulk.created.map((item: { id: string }) => item.id) },
  });
});

test("tokens and the random generators answer their contracts", async () => {
  const user = await createTestUser();
  await ensureBuiltinProfile(user.id);
  const t = tokenContracts;
  const e = documentContracts;
  const made = await answer(e.generateTokenDocumentResponse, 201, makeToken, {
    user,
    body: { source: { kind: "description", description: "a goblin archer" }, name: "Snik" },
  });
  await answer(t.tokenListResponse, 200, tokens.GET, { user, path: "/api/tokens" });
  await answer(t.tokenView, 200, token.GET, { user, params: { id: made.id } });
  const batch = await answer(e.tokenBatchDocumentResponse, 200, tokenBatch, {
    user,
    body: { npcs: [{ name: "Klarg", description: "a bugbear chief" }] },
  });
  expect(batch.results[0].ok).toBe(true);
  expect(await prisma.token.count({ where: { ownerId: user.id } })).toBe(2);

  await answer(e.randomDungeonDocumentResponse, 200, randomDungeon, {
    user,
    path: "/api/generate/random/dungeon",
    query: { seed: "crypt" },
  });
  await answer(e.randomNpcDocumentResponse, 200, randomNpc, {
    user,
    path: "/api/generate/random/npc",
    query: { seed: "npc" },
  });
  await answer(e.randomEncounterDocumentResponse, 200, randomEncounter, {
    user,
    params: { partyLevel: "5" },
    path: "/api/generate/random/encounter/5",
    query: { partySize: 4, seed: "fight" },
  });
});

test("maps answer their contracts", async () => {
  const user = await createTestUser();
  const m = mapContracts;
  const made = await answer(documentContracts.generateMapDocumentResponse, 201, generateMap, {
    user,
    body: { mapType: "dungeon", width: 20, height: 16, seed: "crypt" },
  });
  await answer(documentContracts.generateMapDocumentResponse, 201, generateMap, {
    user,
    body: { regenerateOf: made.id, mapType: "dungeon", width: 20, height: 16 },
  });
  const list = await answer(m.mapListResponse, 200, maps.GET, { user, path: "/api/maps" });
  expect(list.maps).toHaveLength(1);
  const opened = await answer(m.mapView, 200, oneMap, { user, params: { id: made.id } });
  expect(opened.versions.map((version: { version: number }) => version.version)).toEqual([1, 2]);
});
