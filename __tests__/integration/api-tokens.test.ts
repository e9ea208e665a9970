// Personal API tokens: made, listed, renamed and revoked in Settings' routes; every /api route
// takes `Authorization: Bearer <token>` as the user, and a revoked token is a 401 at once.
import { createHash } from "node:crypto";
import { createTestUser, resetDatabase } from "../support/db";
import { callRoute, type CallOptions } from "../support/call-route";
import { prisma } from "@/lib/db/client";
import * as apiTokens from "@/app/api/api-tokens/route";
import * as apiToken from "@/app/api/api-tokens/[id]/route";
import * as characters from "@/app/api/characters/route";
import * as character from "@/app/api/characters/[id]/route";
import * as campaigns from "@/app/api/campaigns/route";
import { GET as imageFile } from "@/app/api/images/[id]/file/route";
import { storedImage } from "./tokens-helpers";
import { withTempStorageRoot } from "../support/temp-storage-root";

withTempStorageRoot("api-tokens-");
let user: { id: string };
let other: { id: string };

beforeEach(async () => {
  await resetDatabase();
  [user, other] = [await createTestUser(), await createTestUser()];
});

const bearer = (secret: string, options: CallOptions = {}): CallOptions => ({
  ...options,
  headers: { authorization: `Bearer ${secret}` },
});
async function makeToken(owner: { id: string }, name = "Foundry module") {
  const made = await callRoute(apiTokens.POST, { user: owner, body: { name } });
  expect(made.status).toBe(201);
  return made.body as { token: { id: string; name: string; prefix: string }; secret: string };
}

test("a token is shown once, stored as its SHA-256, and acts as its user on any route", async () => {
  const { token, secret } = await makeToken(user);
  expect(secret).toMatch(/^af_[\w-]{40,}$/);
  expect(secret.startsWith(token.prefix)).toBe(true);
  const row = await prisma.apiToken.findUniqueOrThrow({ where: { id: token.id } });
  expect(row.tokenHash).toBe(createHash("sha256").update(secret).digest("hex"));
  expect(JSON.stringify(row)).not.toContain(secret);
  const listed = await callRoute(apiTokens.GET, { user });
  expect(listed.body.tokens).toEqual([
    expect.objectContaining({ id: token.id, name: "Foundry module", lastUsedAt: null, revokedAt: null }),
  ]);
  expect(listed.text).not.toContain(secret);

  // Exactly the user's permissions: their things, and a 404 for someone else's.
  const made = await callRoute(
    characters.POST,
    bearer(secret, { body: { name: "Mira", race: "high-elf", character_class: "Wizard" } }),
  );
  expect(made.status).toBe(201);
  const mine = await callRoute(characters.GET, bearer(secret));
  expect(mine.body).toEqual((await callRoute(characters.GET, { user })).body);
  const theirs = (
    await callRoute(characters.POST, {
      user: other,
      body: { name: "Orc", race: "half-orc", character_class: "Barbarian" },
    })
  ).body;
  expect((await callRoute(character.GET, bearer(secret, { params: { id: theirs.character_id } }))).status).toBe(404);
  // The image route's cheap session check takes tokens too.
  const image = await storedImage(user.id);
  expect((await callRoute(imageFile, bearer(secret, { params: { id: image.id } }))).status).toBe(200);
  expect((await prisma.apiToken.findUniqueOrThrow({ where: { id: token.id } })).lastUsedAt).toBeInstanceOf(Date);
});

test("a revoked token is refused with 401 on a route it could call a moment before, even beside a valid session", async () => {
  const { token, secret } = await makeToken(user);
  expect((await callRoute(campaigns.GET, bearer(secret))).status).toBe(200);
  const revoked = await callRoute(apiToken.DELETE, { user, method: "DELETE", params: { id: token.id } });
  expect(revoked.status).toBe(200);
  expect(revoked.body.revokedAt).toEqual(expect.any(String));
  const before = await prisma.campaign.count();
  const refused = await callRoute(campaigns.GET, bearer(secret));
  expect(refused.status).toBe(401);
  expect(refused.body.error.code).toBe("UNAUTHENTICATED");
  expect((await callRoute(campaigns.POST, { ...bearer(secret, { body: { name: "Sneaky" } }) })).status).toBe(401);
  expect(await prisma.campaign.count()).toBe(before);
  // A bearer token decides alone: the cookie beside it does not rescue a revoked token.
  const cookie = (await import("../support/session")).sessionCookieFor;
  const both = await callRoute(campaigns.GET, {
    headers: { authorization: `Bearer ${secret}`, cookie: await cookie(user.id) },
  });
  expect(both.status).toBe(401);
  for (const wrong of ["af_not-a-token", "nonsense", `${secret}x`])
    expect((await callRoute(campaigns.GET, bearer(wrong))).status).toBe(401);
});

test("only the owner renames or revokes a token; others get 404, anonymous 401, and nothing changes", async () => {
  const { token, secret } = await makeToken(user);
  const rows = () => prisma.apiToken.findMany({ orderBy: { id: "asc" } });
  const before = await rows();
  for (const [who, status] of [
    [null, 401],
    [other, 404],
  ] as const) {
    expect(
      (
        await callRoute(apiToken.PATCH, {
          user: who,
          method: "PATCH",
          params: { id: token.id },
          body: { name: "Mine now" },
        })
      ).status,
    ).toBe(status);
    expect((await callRoute(apiToken.DELETE, { user: who, method: "DELETE", params: { id: token.id } })).status).toBe(
      status,
    );
  }
  expect((await callRoute(apiTokens.GET, { user: null })).status).toBe(401);
  expect((await callRoute(apiTokens.POST, { user: null, body: { name: "x" } })).status).toBe(401);
  expect((await callRoute(apiTokens.POST, { user, body: { name: "" } })).status).toBe(400);
  expect((await callRoute(apiTokens.GET, { user: other })).body.tokens).toEqual([]);
  expect(await rows()).toEqual(before);
  const renamed = await callRoute(apiToken.PATCH, {
    user,
    method: "PATCH",
    params: { id: token.id },
    body: { name: "VTT sync" },
  });
  expect(renamed.body).toMatchObject({ id: token.id, name: "VTT sync" });
  // A token may manage the tokens of its user (the user's permissions), here revoking itself.
  expect(
    (await callRoute(apiToken.DELETE, bearer(secret, { method: "DELETE", params: { id: token.id } }))).status,
  ).toBe(200);
  expect((await callRoute(apiTokens.GET, bearer(secret))).status).toBe(401);
});
