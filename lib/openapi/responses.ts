import type { ZodType } from "zod";
import { linkedProvidersResponse, sessionListResponse, storageStandingResponse } from "@/lib/schemas/account-response";
import { createdApiTokenResponse, apiTokenListResponse, apiTokenView } from "@/lib/schemas/api-tokens-response";
import * as assets from "@/lib/schemas/assets-response";
import { signUpResponse } from "@/lib/schemas/auth-response";
import * as campaigns from "@/lib/schemas/campaigns-response";
import * as characters from "@/lib/schemas/characters-response";
import * as documents from "@/lib/schemas/document-envelopes";
import * as gallery from "@/lib/schemas/gallery-response";
import * as generations from "@/lib/schemas/generations-response";
import * as maps from "@/lib/schemas/maps-response";
import { healthResponse, readyResponse } from "@/lib/schemas/ops-response";
import { npcListResponse, npcView } from "@/lib/schemas/npcs-response";
import * as profiles from "@/lib/schemas/profiles-response";
import * as tokens from "@/lib/schemas/tokens-response";
import { setVisibilityResponse } from "@/lib/schemas/visibility-response";

/**
 * What each operation answers when it succeeds: a JSON schema from lib/schemas, a file of a
 * content type, or nothing (204). Keyed "METHOD /api/path" as Next names the route file; the
 * coverage test fails when a route's operation is missing here.
 */
export type SuccessResponse = { status: number; description: string } & (
  { schema: ZodType } | { file: string } | { empty: true }
);
type Table = Record<string, SuccessResponse[]>;

const ok = (schema: ZodType, description: string, status = 200): SuccessResponse => ({ status, description, schema });
const file = (contentType: string, description: string): SuccessResponse => ({
  status: 200,
  description,
  file: contentType,
});
const gone = (description: string): SuccessResponse => ({ status: 204, description, empty: true });
const IMAGE = "image/*";

export const SUCCESS_RESPONSES: Table = {
  "GET /api/account/links": [ok(linkedProvidersResponse, "The enabled OAuth providers and which are linked")],
  "POST /api/account/links": [gone("Recorded for ten minutes: the OAuth sign-in that follows links the provider")],
  "GET /api/account/sessions": [ok(sessionListResponse, "Your signed-in browsers, the current one marked")],
  "DELETE /api/account/sessions": [gone("Every session ended, this one included (sign out everywhere)")],
  "DELETE /api/account/sessions/[id]": [gone("That browser is signed out (its next request is a 401)")],
  "GET /api/account/storage": [ok(storageStandingResponse, "The bytes your images take, beside the storage quota")],
  "GET /api/api-tokens": [ok(apiTokenListResponse, "Your personal API tokens (never their secrets)")],
  "POST /api/api-tokens": [ok(createdApiTokenResponse, "The new token with its secret, shown this once", 201)],
  "PATCH /api/api-tokens/[id]": [ok(apiTokenView, "The renamed token")],
  "DELETE /api/api-tokens/[id]": [ok(apiTokenView, "The revoked token (the next request with it is a 401)")],
  "GET /api/assets/maps/[campaignId]/[mapId]/map.png": [file("image/png", "The map picture this viewer may see")],
  "GET /api/assets/maps/[campaignId]/[mapId]/map.json": [
    file("application/json", "The Foundry VTT scene (the DM's only)"),
  ],
  "GET /api/assets/maps/[campaignId]/[mapId]/metadata.json": [
    file("application/json", "The map's metadata and asset paths"),
  ],
  "GET /api/assets/tokens/[campaignId]/[file]": [
    file("image/png", "`{token}.png`: the token picture"),
    { ...file("application/json", "`{token}.json`: the token's metadata"), status: 200 },
  ],
  "POST /api/auth/sign-up": [ok(signUpResponse, "The new account", 201)],
  "GET /api/health": [ok(healthResponse, "Liveness: the process answers (no dependency is asked)")],
  "GET /api/ready": [
    ok(readyResponse, "Readiness: database, queue and storage answer (else 503 naming the failed checks)"),
  ],
  "GET /api/campaigns": [ok(campaigns.campaignListResponse, "Campaigns you run or play in")],
  "POST /api/campaigns": [ok(campaigns.campaignSummary, "The new campaign", 201)],
  "GET /api/campaigns/[id]": [ok(campaigns.campaignDetailResponse, "The campaign with its roster")],
  "DELETE /api/campaigns/[id]": [gone("The campaign is deleted (the DM only)")],
  "PATCH /api/campaigns/[id]/characters/[characterId]": [
    ok(characters.enrichedCharacter, "The character's new state in this campaign"),
  ],
  "DELETE /api/campaigns/[id]/characters/[characterId]": [gone("The character left the campaign")],
  "POST /api/campaigns/[id]/invite": [ok(campaigns.inviteCodeResponse, "A new invite code")],
  "POST /api/campaigns/[id]/leave": [gone("You left the campaign")],
  "GET /api/campaigns/[id]/npcs": [ok(npcListResponse, "The campaign's NPCs you may see, with their tokens")],
  "POST /api/campaigns/[id]/npcs": [ok(npcView, "The new NPC (hidden from players until revealed)", 201)],
  "GET /api/campaigns/[id]/npcs/[npcId]": [ok(npcView, "The NPC")],
  "PATCH /api/campaigns/[id]/npcs/[npcId]": [ok(npcView, "The changed NPC")],
  "DELETE /api/campaigns/[id]/npcs/[npcId]": [gone("The NPC is deleted; its tokens stay")],
  "POST /api/campaigns/[id]/portraits/generate-missing": [
    ok(campaigns.generateMissingResponse, "Portrait batches started", 202),
  ],
  "GET /api/campaigns/[id]/roster": [ok(campaigns.rosterResponse, "Every character of the campaign")],
  "POST /api/campaigns/join": [ok(campaigns.campaignDetailResponse, "The campaign you joined", 201)],
  "GET /api/characters": [ok(characters.characterListResponse, "Your characters")],
  "POST /api/characters": [ok(characters.characterProfileView, "The new character", 201)],
  "GET /api/characters/pregenerated": [ok(characters.pregeneratedListResponse, "Ready-made characters")],
  "GET /api/characters/[id]": [ok(characters.characterDetailResponse, "The character with its campaigns")],
  "PATCH /api/characters/[id]": [ok(characters.characterDetailResponse, "The changed character")],
  "DELETE /api/characters/[id]": [gone("The character is deleted")],
  "GET /api/characters/[id]/portrait": [ok(characters.portraitStateResponse, "The portrait and its history")],
  "POST /api/characters/[id]/portrait/generate": [
    ok(characters.generatePortraitResponse, "The existing portrait"),
    ok(characters.generatePortraitResponse, "A portrait batch started", 202),
  ],
  "POST /api/characters/[id]/portrait/select": [ok(characters.portraitStateResponse, "The chosen portrait")],
  "POST /api/characters/[id]/portrait/upload": [ok(characters.portraitStateResponse, "The uploaded portrait", 201)],
  "GET /api/gallery/images": [ok(gallery.galleryPageResponse, "A page of images")],
  "POST /api/gallery/images": [ok(gallery.galleryUploadResponse, "The uploaded image", 201)],
  "POST /api/gallery/images/bulk": [ok(gallery.galleryBulkResponse, "What changed, item by item")],
  "GET /api/gallery/images/zip": [file("application/zip", "The chosen images as a zip")],
  "POST /api/generate/map": [
    ok(documents.generateMapDocumentResponse, "The stored map version with the requirement's `map`", 201),
  ],
  "GET /api/generate/random/dungeon": [ok(documents.randomDungeonDocumentResponse, "A random dungeon")],
  "GET /api/generate/random/encounter/[partyLevel]": [
    ok(documents.randomEncounterDocumentResponse, "A random encounter"),
  ],
  "GET /api/generate/random/npc": [ok(documents.randomNpcDocumentResponse, "A random NPC")],
  "POST /api/generate/token": [
    ok(documents.generateTokenDocumentResponse, "The token with the requirement's `token`", 201),
  ],
  "POST /api/generate/token/batch": [ok(documents.tokenBatchDocumentResponse, "One result per item")],
  "GET /api/generations/[id]": [ok(generations.generationStateResponse, "The generation's state")],
  "POST /api/generations/[id]/cancel": [ok(generations.generationSummary, "The cancelled generation")],
  "GET /api/images/[id]/file": [file(IMAGE, "The image (or a resized/converted derivative)")],
  "POST /api/images/generate": [
    ok(generations.generatedImagesResponse, "The finished images"),
    ok(generations.startedGenerationResponse, "Started (wait: false)", 202),
  ],
  "GET /api/maps": [ok(maps.mapListResponse, "The latest version of each map")],
  "GET /api/maps/[id]": [ok(maps.mapView, "The map version with its version list")],
  "GET /api/maps/[id]/download": [
    file("application/octet-stream", "PNG, WebP, Foundry scene JSON, .dd2vtt or the Foundry bundle zip"),
  ],
  "GET /api/profiles": [ok(profiles.profileListResponse, "Your connection profiles")],
  "POST /api/profiles": [ok(profiles.profileResponse, "The new profile", 201)],
  "GET /api/profiles/[id]": [ok(profiles.profileResponse, "The profile")],
  "PATCH /api/profiles/[id]": [ok(profiles.profileResponse, "The changed profile")],
  "DELETE /api/profiles/[id]": [gone("The profile is deleted")],
  "POST /api/profiles/[id]/default": [ok(profiles.profileResponse, "The new default profile")],
  "POST /api/profiles/[id]/test": [ok(profiles.connectionTestResponse, "The connection test's outcome")],
  "GET /api/profiles/[id]/models": [
    ok(
      profiles.profileModelsResponse,
      "The models the provider offers now (cached per profile; refresh=true reads again)",
    ),
  ],
  "GET /api/providers": [ok(profiles.providerListResponse, "The providers and what they support")],
  "GET /api/tokens": [ok(tokens.tokenListResponse, "Tokens you may see")],
  "GET /api/tokens/[id]": [ok(tokens.tokenView, "The token")],
  "DELETE /api/tokens/[id]": [gone("The token is deleted")],
  "GET /api/tokens/pack": [file("application/zip", "Every token image and tokens.json for Foundry")],
  "GET /api/v1/assets/[assetId]": [
    ok(assets.assetDetailResponse, "The asset (with its generations unless include_generations=false)"),
  ],
  "PUT /api/v1/assets/[assetId]": [ok(assets.assetView, "The changed asset")],
  "DELETE /api/v1/assets/[assetId]": [gone("The asset is deleted")],
  "GET /api/v1/assets/[assetId]/generations": [ok(assets.generationListResponse, "A page of the asset's generations")],
  "POST /api/v1/assets/[assetId]/generations": [ok(assets.generationView, "The recorded generation", 201)],
  "GET /api/v1/assets/[assetId]/stats": [ok(assets.assetStatsResponse, "The asset's statistics")],
  "GET /api/v1/assets/[assetId]/thumbnail": [file(IMAGE, "The favourite generation's thumbnail")],
  "PUT /api/v1/assets/bulk/tags": [ok(assets.bulkTagsResponse, "What changed, item by item")],
  "GET /api/v1/files/images/[imageId]": [file(IMAGE, "The image, optionally resized or converted")],
  "GET /api/v1/generations/[generationId]": [ok(assets.generationView, "The generation")],
  "PUT /api/v1/generations/[generationId]": [ok(assets.generationView, "The changed generation")],
  "DELETE /api/v1/generations/[generationId]": [gone("The generation and its file are deleted")],
  "POST /api/v1/generations/[generationId]/favorite": [ok(assets.generationView, "The asset's favourite generation")],
  "DELETE /api/v1/generations/[generationId]/favorite": [ok(assets.generationView, "No longer the favourite")],
  "POST /api/v1/generations/[generationId]/upload": [
    ok(assets.generationUploadResponse, "The generation's new file", 201),
  ],
  "GET /api/v1/projects/[projectId]/assets": [ok(assets.assetListResponse, "A page of the project's assets")],
  "POST /api/v1/projects/[projectId]/assets": [ok(assets.assetView, "The new asset", 201)],
  "POST /api/v1/projects/[projectId]/assets/bulk": [
    ok(assets.bulkCreateResponse, "The created assets and refused items", 201),
  ],
  "DELETE /api/v1/projects/[projectId]/assets/bulk": [ok(assets.bulkDeleteResponse, "What was deleted, item by item")],
  "GET /api/v1/projects/[projectId]/assets/search": [ok(assets.assetSearchResponse, "Matching assets by relevance")],
  "GET /api/v1/projects/[projectId]/stats": [ok(assets.projectStatsResponse, "The project's statistics")],
  "GET /api/v1/projects/[projectId]/tags": [ok(assets.projectTagsResponse, "The project's tags with counts")],
  "PUT /api/visibility": [ok(setVisibilityResponse, "What changed, item by item")],
  "GET /api/openapi.json": [file("application/json", "This document")],
};
