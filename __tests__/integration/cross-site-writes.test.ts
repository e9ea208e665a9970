// The forgery guard on real routes: a write authenticated by the session cookie needs a JSON or
// multipart body and a same-origin Origin (or Sec-Fetch-Site), and a refused one changes nothing.
// A personal API token is not sent by a browser on its own, so it skips the origin check.
import sharp from "sharp";
import { prisma } from "@/lib/db/client";
import * as apiTokens from "@/app/api/api-tokens/route";
import * as campaigns from "@/app/api/campaigns/route";
import * as character from "@/app/api/characters/[id]/route";
import * as portraitUpload from "@/app/api/characters/[id]/portrait/upload/route";
import * as sessions from "@/app/api/account/sessions/route";
import { callRoute } from "../support/call-route";
import { createTestUser, resetDatabase } from "../support/db";
import { withTempStorageRoot } from "../support/temp-storage-root";

withTempStorageRoot("cross-site-writes-");
let user: { id: string };
beforeEach(async () => {
  await resetDatabase();
  user = await createTestUser();
});

const EVIL = "https://evil.example";
const campaignCount = () => prisma.campaign.count();
const newCharacter = () =>
  prisma.characterProfile.create({ data: { ownerId: user.id, name: "Mira", race: "Elf", characterClass: "Wizard" } });

test("a campaign is made from the app itself (the baseline the refusals below differ from)", async () => {
  const made = await callRoute(campaigns.POST, { user, body: { name: "Our table" } });
  expect(made.status).toBe(201);
  expect(await campaignCount()).toBe(1);
});

test.each([
  ["text/plain", "text/plain;charset=UTF-8"],
  ["form-urlencoded", "application/x-www-form-urlencoded"],
])("a %s body is a 415 even from the app itself, and makes nothing", async (_label, type) => {
  const refused = await callRoute(campaigns.POST, {
    user,
    body: JSON.stringify({ name: "Forged" }),
    headers: { "content-type": type },
  });
  expect([refused.status, refused.body.error.code]).toEqual([415, "UNSUPPORTED_MEDIA_TYPE"]);
  expect(await campaignCount()).toBe(0);
});

test.each([
  ["another site's Origin", { origin: EVIL }],
  ["a sibling subdomain's Origin", { origin: "http://evil.localhost:3000" }],
  ["Sec-Fetch-Site cross-site without Origin", { "sec-fetch-site": "cross-site" }],
  ["Sec-Fetch-Site same-site without Origin", { "sec-fetch-site": "same-site" }],
])("%s is a 403 in the one error shape, and makes nothing", async (_label, headers) => {
  const refused = await callRoute(campaigns.POST, {
    user,
    body: { name: "Forged" },
    sameOrigin: false,
    headers,
  });
  expect(refused.status).toBe(403);
  expect(refused.body).toEqual({ error: { code: "FORBIDDEN", message: expect.any(String) } });
  expect(await campaignCount()).toBe(0);
});

test("a cookie-borne write with neither Origin nor Sec-Fetch-Site is refused", async () => {
  const refused = await callRoute(campaigns.POST, { user, body: { name: "Forged" }, sameOrigin: false });
  expect(refused.status).toBe(403);
  expect(await campaignCount()).toBe(0);
});

test("Sec-Fetch-Site same-origin without Origin is the app itself", async () => {
  const made = await callRoute(campaigns.POST, {
    user,
    body: { name: "Ours" },
    sameOrigin: false,
    headers: { "sec-fetch-site": "same-origin" },
  });
  expect(made.status).toBe(201);
});

test("a cross-site DELETE of a character leaves it, and a cross-site PATCH changes nothing", async () => {
  const mira = await newCharacter();
  const before = await prisma.characterProfile.findUniqueOrThrow({ where: { id: mira.id } });
  const remove = await callRoute(character.DELETE, {
    user,
    method: "DELETE",
    params: { id: mira.id },
    headers: { origin: EVIL },
  });
  const rename = await callRoute(character.PATCH, {
    user,
    method: "PATCH",
    params: { id: mira.id },
    body: { name: "Renamed" },
    headers: { origin: EVIL },
  });
  expect([remove.status, rename.status]).toEqual([403, 403]);
  expect(await prisma.characterProfile.findUniqueOrThrow({ where: { id: mira.id } })).toEqual(before);
});

test("a cross-site multipart upload is refused before the body is stored", async () => {
  const mira = await newCharacter();
  const form = new FormData();
  const png = await sharp({ create: { width: 16, height: 16, channels: 3, background: "#aa3300" } })
    .png()
    .toBuffer();
  form.set("file", new Blob([new Uint8Array(png)], { type: "image/png" }), "portrait.png");
  const refused = await callRoute(portraitUpload.POST, {
    user,
    params: { id: mira.id },
    form,
    headers: { origin: EVIL },
  });
  expect(refused.status).toBe(403);
  expect(await prisma.image.count()).toBe(0);
  expect(await prisma.generation.count()).toBe(0);
});

test("a cross-site 'sign out everywhere' ends no session", async () => {
  const refused = await callRoute(sessions.DELETE, { user, method: "DELETE", headers: { origin: EVIL } });
  expect(refused.status).toBe(403);
  expect(await prisma.session.count({ where: { revokedAt: { not: null } } })).toBe(0);
});

test("a bearer token needs no Origin, but still a JSON body", async () => {
  const made = await callRoute(apiTokens.POST, { user, body: { name: "Script" } });
  const bearer = { authorization: `Bearer ${made.body.secret}` };
  const scripted = await callRoute(campaigns.POST, { body: { name: "Scripted" }, sameOrigin: false, headers: bearer });
  expect(scripted.status).toBe(201);
  const plain = await callRoute(campaigns.POST, {
    body: JSON.stringify({ name: "Plain" }),
    sameOrigin: false,
    headers: { ...bearer, "content-type": "text/plain" },
  });
  expect(plain.status).toBe(415);
  expect(await prisma.campaign.findMany({ select: { name: true } })).toEqual([{ name: "Scripted" }]);
});
