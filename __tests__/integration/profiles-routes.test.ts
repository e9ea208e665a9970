// First: it points DATABASE_URL at this Jest worker's own database.
import { createTestUser, resetDatabase } from "../support/db";
import { GET as listRoute, POST as createRoute } from "@/app/api/profiles/route";
import { DELETE as deleteRoute, GET as getRoute, PATCH as patchRoute } from "@/app/api/profiles/[id]/route";
import { POST as defaultRoute } from "@/app/api/profiles/[id]/default/route";
import { POST as testRoute } from "@/app/api/profiles/[id]/test/route";
import { GET as providersRoute } from "@/app/api/providers/route";
import { prisma } from "@/lib/db/client";
import { call, profileSnapshot } from "./profiles-helpers";

const SECRET_KEY = "sk-DISTINCTIVE-secret-key-9f3a7c1b";

let owner: { id: string };
let stranger: { id: string };
const savedAllow = process.env.ALLOWED_PRIVATE_PROVIDER_HOSTS;

beforeAll(() => {
  delete process.env.ALLOWED_PRIVATE_PROVIDER_HOSTS; // these tests check that private URLs are refused
});
afterAll(() => {
  if (savedAllow !== undefined) process.env.ALLOWED_PRIVATE_PROVIDER_HOSTS = savedAllow;
});

beforeEach(async () => {
  await resetDatabase();
  owner = await createTestUser();
  stranger = await createTestUser();
});

async function createOpenAI(userId = owner.id, name = "My OpenAI") {
  const result = await call(createRoute, {
    userId,
    method: "POST",
    body: { name, kind: "OPENAI", apiKey: SECRET_KEY },
  });
  expect(result.status).toBe(201);
  expect(result.text).not.toContain(SECRET_KEY);
  return result.body.profile as { id: string };
}

describe("GET /api/profiles", () => {
  test("a new user gets the built-in offline engine as their default", async () => {
    const { status, body } = await call(listRoute, { userId: owner.id });
    expect(status).toBe(200);
    expect(body.profiles).toHaveLength(1);
    expect(body.profiles[0]).toMatchObject({ kind: "BUILTIN", isDefault: true, hasKey: false, keyLast4: null });
    // Listing again does not make a second one.
    await call(listRoute, { userId: owner.id });
    expect(await prisma.connectionProfile.count({ where: { userId: owner.id } })).toBe(1);
  });

  test("shows only the key's last four characters, never the key", async () => {
    await createOpenAI();
    const { text, body } = await call(listRoute, { userId: owner.id });
    expect(text).not.toContain(SECRET_KEY);
    const openai = body.profiles.find((profile: { kind: string }) => profile.kind === "OPENAI");
    expect(openai).toMatchObject({ hasKey: true, keyLast4: "7c1b", baseUrl: "https://api.openai.com/v1" });
    expect(Object.keys(openai)).not.toEqual(expect.arrayContaining(["apiKeyCiphertext"]));
  });

  test("lists only the caller's profiles; anonymous is 401", async () => {
    await createOpenAI(stranger.id);
    const { body } = await call(listRoute, { userId: owner.id });
    expect(body.profiles.map((profile: { kind: string }) => profile.kind)).toEqual(["BUILTIN"]);
    expect((await call(listRoute)).status).toBe(401);
  });
});

describe("POST /api/profiles", () => {
  test("pre-fills models from the provider's defaults and stores the key encrypted", async () => {
    const profile = await createOpenAI();
    const row = await prisma.connectionProfile.findUniqueOrThrow({ where: { id: profile.id } });
    expect(row.imageModel).toBeTruthy();
    expect(Buffer.from(row.apiKeyCiphertext!).toString("utf8")).not.toContain(SECRET_KEY);
  });

  test.each([
    ["an unknown kind", { name: "X", kind: "SKYNET" }, 400],
    ["a blank name", { name: "  ", kind: "BUILTIN" }, 400],
    ["a name over 60 characters", { name: "n".repeat(61), kind: "BUILTIN" }, 400],
    ["a key over 500 characters", { name: "X", kind: "OPENAI", apiKey: "k".repeat(501) }, 400],
    [
      "a model over 200 characters",
      { name: "X", kind: "OPENAI", apiKey: SECRET_KEY, imageModel: "m".repeat(201) },
      400,
    ],
    ["a base URL that is not a URL", { name: "X", kind: "OPENAI_COMPATIBLE", baseUrl: "not a url" }, 400],
    ["a compatible server without a base URL", { name: "X", kind: "OPENAI_COMPATIBLE" }, 400],
    ["a private base URL", { name: "X", kind: "OPENAI_COMPATIBLE", baseUrl: "http://127.0.0.1:8080/v1" }, 400],
    ["a link-local base URL", { name: "X", kind: "OLLAMA", baseUrl: "http://169.254.169.254" }, 400],
    ["OpenAI without a key", { name: "X", kind: "OPENAI" }, 400],
  ])("refuses %s and changes nothing", async (_label, body, status) => {
    await call(listRoute, { userId: owner.id });
    const before = await profileSnapshot();
    const result = await call(createRoute, { userId: owner.id, method: "POST", body });
    expect(result.status).toBe(status);
    expect(result.body.error.message).toBeTruthy();
    expect(await profileSnapshot()).toBe(before);
  });

  test("a private base URL is refused with a clear message", async () => {
    const result = await call(createRoute, {
      userId: owner.id,
      method: "POST",
      body: { name: "LAN", kind: "OPENAI_COMPATIBLE", baseUrl: "http://192.168.1.10/v1" },
    });
    expect(result.body.error.message).toMatch(/private, loopback or other special-purpose address/);
  });

  test("a name already taken is 409 and changes nothing", async () => {
    await createOpenAI();
    const before = await profileSnapshot();
    const result = await call(createRoute, {
      userId: owner.id,
      method: "POST",
      body: { name: "My OpenAI", kind: "OPENAI", apiKey: "sk-another-key-123456" },
    });
    expect(result.status).toBe(409);
    expect(result.text).not.toContain("sk-another-key-123456");
    expect(await profileSnapshot()).toBe(before);
  });

  test("anonymous is 401", async () => {
    expect((await call(createRoute, { method: "POST", body: { name: "X", kind: "BUILTIN" } })).status).toBe(401);
    expect(await prisma.connectionProfile.count()).toBe(0);
  });
});

describe("GET/PATCH/DELETE /api/profiles/[id]", () => {
  test("the owner reads it; another user and anonymous cannot", async () => {
    const profile = await createOpenAI();
    const params = { id: profile.id };
    const own = await call(getRoute, { userId: owner.id, params });
    expect(own.status).toBe(200);
    expect(own.text).not.toContain(SECRET_KEY);
    expect((await call(getRoute, { userId: stranger.id, params })).status).toBe(404);
    expect((await call(getRoute, { params })).status).toBe(401);
    expect((await call(getRoute, { userId: owner.id, params: { id: "not-a-uuid" } })).status).toBe(404);
  });

  test("a blank key keeps the stored key, a new key replaces it, clearKey removes it", async () => {
    // Ollama: its key is optional, so it may also be removed.
    const created = await call(createRoute, {
      userId: owner.id,
      method: "POST",
      body: { name: "Home Ollama", kind: "OLLAMA", apiKey: SECRET_KEY },
    });
    expect(created.status).toBe(201);
    const params = { id: created.body.profile.id };
    const rowBefore = await prisma.connectionProfile.findUniqueOrThrow({ where: { id: params.id } });

    const renamed = await call(patchRoute, {
      userId: owner.id,
      method: "PATCH",
      params,
      body: { name: "Ollama at home", apiKey: "" },
    });
    expect(renamed.body.profile).toMatchObject({ name: "Ollama at home", hasKey: true, keyLast4: "7c1b" });
    const rowAfter = await prisma.connectionProfile.findUniqueOrThrow({ where: { id: params.id } });
    expect(Buffer.from(rowAfter.apiKeyCiphertext!)).toEqual(Buffer.from(rowBefore.apiKeyCiphertext!));

    const replaced = await call(patchRoute, {
      userId: owner.id,
      method: "PATCH",
      params,
      body: { apiKey: "gab-new-key-0000wxyz" },
    });
    expect(replaced.body.profile.keyLast4).toBe("wxyz");
    expect(replaced.text).not.toContain("gab-new-key-0000wxyz");
    const decrypted = await prisma.connectionProfile.findUniqueOrThrow({ where: { id: params.id } });
    expect(Buffer.from(decrypted.apiKeyCiphertext!)).not.toEqual(Buffer.from(rowBefore.apiKeyCiphertext!));

    const cleared = await call(patchRoute, { userId: owner.id, method: "PATCH", params, body: { clearKey: true } });
    expect(cleared.body.profile).toMatchObject({ hasKey: false, keyLast4: null });
  });

  test("another user's PATCH and DELETE are 404 and change nothing", async () => {
    const profile = await createOpenAI();
    const params = { id: profile.id };
    const before = await profileSnapshot();
    expect(
      (await call(patchRoute, { userId: stranger.id, method: "PATCH", params, body: { name: "Mine now" } })).status,
    ).toBe(404);
    expect((await call(deleteRoute, { userId: stranger.id, method: "DELETE", params })).status).toBe(404);
    expect((await call(patchRoute, { method: "PATCH", params, body: { name: "Anon" } })).status).toBe(401);
    expect((await call(deleteRoute, { method: "DELETE", params })).status).toBe(401);
    expect(await profileSnapshot()).toBe(before);
  });

  test("renaming onto a taken name is 409; a private base URL is 400; nothing changes", async () => {
    await createOpenAI(owner.id, "Taken");
    const other = await call(createRoute, {
      userId: owner.id,
      method: "POST",
      body: { name: "Gab", kind: "GAB_AI", apiKey: SECRET_KEY },
    });
    const params = { id: other.body.profile.id };
    const before = await profileSnapshot();
    expect(
      (await call(patchRoute, { userId: owner.id, method: "PATCH", params, body: { name: "Taken" } })).status,
    ).toBe(409);
    expect(
      (await call(patchRoute, { userId: owner.id, method: "PATCH", params, body: { baseUrl: "http://10.0.0.5/v1" } }))
        .status,
    ).toBe(400);
    expect((await call(patchRoute, { userId: owner.id, method: "PATCH", params, body: { name: "" } })).status).toBe(
      400,
    );
    expect(await profileSnapshot()).toBe(before);
  });

  test("a provider that needs a key refuses clearKey", async () => {
    const profile = await createOpenAI();
    const before = await profileSnapshot();
    const result = await call(patchRoute, {
      userId: owner.id,
      method: "PATCH",
      params: { id: profile.id },
      body: { clearKey: true },
    });
    expect(result.status).toBe(400);
    expect(await profileSnapshot()).toBe(before);
  });

  test("the owner deletes a profile; the last built-in one stays", async () => {
    await call(listRoute, { userId: owner.id });
    const profile = await createOpenAI();
    expect((await call(deleteRoute, { userId: owner.id, method: "DELETE", params: { id: profile.id } })).status).toBe(
      204,
    );
    expect(await prisma.connectionProfile.count({ where: { id: profile.id } })).toBe(0);
    const builtin = await prisma.connectionProfile.findFirstOrThrow({ where: { userId: owner.id, kind: "BUILTIN" } });
    expect((await call(deleteRoute, { userId: owner.id, method: "DELETE", params: { id: builtin.id } })).status).toBe(
      400,
    );
  });
});

describe("POST /api/profiles/[id]/default", () => {
  test("moves the one default star; deleting the default hands it back to the built-in engine", async () => {
    await call(listRoute, { userId: owner.id });
    const profile = await createOpenAI();
    const result = await call(defaultRoute, { userId: owner.id, method: "POST", params: { id: profile.id } });
    expect(result.body.profile.isDefault).toBe(true);
    const defaults = await prisma.connectionProfile.findMany({ where: { userId: owner.id, isDefault: true } });
    expect(defaults.map((row) => row.id)).toEqual([profile.id]);

    await call(deleteRoute, { userId: owner.id, method: "DELETE", params: { id: profile.id } });
    const after = await prisma.connectionProfile.findMany({ where: { userId: owner.id, isDefault: true } });
    expect(after.map((row) => row.kind)).toEqual(["BUILTIN"]);
  });

  test("concurrent calls still leave exactly one default", async () => {
    const profiles = await Promise.all(["A", "B", "C"].map((name) => createOpenAI(owner.id, name)));
    await Promise.all(
      profiles.map((profile) => call(defaultRoute, { userId: owner.id, method: "POST", params: { id: profile.id } })),
    );
    expect(await prisma.connectionProfile.count({ where: { userId: owner.id, isDefault: true } })).toBe(1);
  });

  test("another user's profile is 404; anonymous is 401", async () => {
    const profile = await createOpenAI();
    expect((await call(defaultRoute, { userId: stranger.id, method: "POST", params: { id: profile.id } })).status).toBe(
      404,
    );
    expect((await call(defaultRoute, { method: "POST", params: { id: profile.id } })).status).toBe(401);
    expect((await prisma.connectionProfile.findUniqueOrThrow({ where: { id: profile.id } })).isDefault).toBe(false);
  });
});

describe("POST /api/profiles/[id]/test and GET /api/providers", () => {
  test("another user's profile is 404; anonymous is 401", async () => {
    const profile = await createOpenAI();
    expect((await call(testRoute, { userId: stranger.id, method: "POST", params: { id: profile.id } })).status).toBe(
      404,
    );
    expect((await call(testRoute, { method: "POST", params: { id: profile.id } })).status).toBe(401);
  });

  test("the built-in engine always connects", async () => {
    const { body } = await call(listRoute, { userId: owner.id });
    const result = await call(testRoute, { userId: owner.id, method: "POST", params: { id: body.profiles[0].id } });
    expect(result.status).toBe(200);
    expect(result.body.ok).toBe(true);
  });

  test("describes every provider kind with its capabilities", async () => {
    const { status, body } = await call(providersRoute, { userId: owner.id, path: "/api/providers" });
    expect(status).toBe(200);
    const kinds = body.providers.map((provider: { kind: string }) => provider.kind);
    expect(kinds).toEqual(expect.arrayContaining(["BUILTIN", "OPENAI", "OPENAI_COMPATIBLE", "ANTHROPIC"]));
    const openai = body.providers.find((provider: { kind: string }) => provider.kind === "OPENAI");
    expect(openai.imageModels.find((model: { id: string }) => model.id === "dall-e-3").capabilities.maxN).toBe(1);
    expect((await call(providersRoute, { path: "/api/providers" })).status).toBe(401);
  });
});
