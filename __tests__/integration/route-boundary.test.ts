// The route boundary (lib/http/route.ts) against the real session cookie and database.
import { z } from "zod";
import { prisma } from "@/lib/db/client";
import { AppError } from "@/lib/http/errors";
import { fileField, form } from "@/lib/http/form";
import { id } from "@/lib/http/id";
import { json } from "@/lib/http/respond";
import { ROUTE_BOUNDARY, route } from "@/lib/http/route";
import { callRoute } from "../support/call-route";
import { createTestUser, resetDatabase } from "../support/db";
import { sessionCookieFor } from "../support/session";

const echo = route(
  {
    params: z.object({ id: id("Thing"), count: z.coerce.number().int().max(10) }),
    query: z.object({ tag: z.array(z.string()).or(z.string()).optional() }),
    body: z.object({ name: z.string().min(1) }),
  },
  async ({ userId, params, query, body }) => json({ userId, params, query, body }),
);
const validParams = { id: "7b0f8c1e-3c1a-4d7e-9a51-2f4f6a0b1c01", count: "3" };

beforeEach(resetDatabase);

describe("route(): session", () => {
  it("hands the handler the signed-in user and the parsed params, query and body", async () => {
    const user = await createTestUser();
    const { status, body } = await callRoute(echo, {
      user,
      params: validParams,
      query: { tag: ["a", "b"] },
      body: { name: "Vex" },
    });
    expect(status).toBe(200);
    expect(body).toEqual({
      userId: user.id,
      params: { id: validParams.id, count: 3 },
      query: { tag: ["a", "b"] },
      body: { name: "Vex" },
    });
  });

  it.each([
    ["no cookie", {}],
    [
      "a forged cookie",
      { headers: { cookie: "next-auth.session-token=eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0.forged" } },
    ],
  ])("answers 401 in the error shape for %s", async (_label, options) => {
    const { status, body } = await callRoute(echo, { ...options, params: validParams, body: { name: "Vex" } });
    expect(status).toBe(401);
    expect(body).toEqual({ error: { code: "UNAUTHENTICATED", message: "Sign in to continue" } });
  });

  it("answers 401 when the session's user no longer exists, under `user` and `session-id` alike", async () => {
    const user = await createTestUser();
    const cookie = await sessionCookieFor(user.id);
    const cheap = route({ auth: "session-id" }, async ({ userId }) => json({ userId }));
    expect((await callRoute(cheap, { cookie })).body).toEqual({ userId: user.id });
    // Deleting the user deletes its sessions, so the one session lookup answers for both modes.
    await prisma.user.delete({ where: { id: user.id } });
    expect((await callRoute(echo, { cookie, params: validParams, body: { name: "Vex" } })).status).toBe(401);
    expect((await callRoute(cheap, { cookie })).status).toBe(401);
    expect((await callRoute(cheap, {})).status).toBe(401);
  });

  it("`none` lets anyone in without a user id", async () => {
    const open = route({ auth: "none" }, async ({ userId }) => json({ anonymous: userId === undefined }));
    expect((await callRoute(open, {})).body).toEqual({ anonymous: true });
  });

  it("tags what it makes, so a test can prove every route goes through it", () => {
    expect(echo[ROUTE_BOUNDARY]).toMatchObject({ auth: "user", params: expect.anything(), body: expect.anything() });
  });
});

describe("route(): input", () => {
  it.each(["42", "not-a-uuid", "7b0f8c1e3c1a4d7e9a512f4f6a0b1c01x", "'; drop table users; --"])(
    "a malformed path id (%s) is the same 404 as an unknown one",
    async (bad) => {
      const user = await createTestUser();
      const { status, body } = await callRoute(echo, {
        user,
        params: { ...validParams, id: bad },
        body: { name: "Vex" },
      });
      expect(status).toBe(404);
      expect(body).toEqual({ error: { code: "NOT_FOUND", message: "Thing not found" } });
    },
  );

  it("any other failing path parameter, query or body is a 400 with field details", async () => {
    const user = await createTestUser();
    const badParam = await callRoute(echo, { user, params: { ...validParams, count: "11" }, body: { name: "Vex" } });
    expect(badParam.status).toBe(400);
    expect(badParam.body.error.details.issues).toEqual([{ path: "count", message: expect.any(String) }]);
    expect((await callRoute(echo, { user, params: validParams, body: { name: "" } })).status).toBe(400);
    expect((await callRoute(echo, { user, params: validParams, body: "{not json" })).status).toBe(400);
  });

  it("keeps the JSON body limit: 413 before parsing", async () => {
    const user = await createTestUser();
    const { status } = await callRoute(echo, { user, params: validParams, body: { name: "x".repeat(70 * 1024) } });
    expect(status).toBe(413);
    const roomy = route({ body: z.object({ name: z.string() }), bodyLimitBytes: 128 * 1024 }, async ({ body }) =>
      json({ length: body.name.length }),
    );
    expect((await callRoute(roomy, { user, body: { name: "x".repeat(70 * 1024) } })).body).toEqual({
      length: 70 * 1024,
    });
  });

  it("runs `authorize` before reading the body and hands its answer to the handler", async () => {
    const [owner, stranger] = [await createTestUser(), await createTestUser()];
    const seen: string[] = [];
    const guarded = route(
      {
        body: z.object({ name: z.string() }),
        authorize: async ({ userId }) => {
          if (userId !== owner.id) throw new AppError("NOT_FOUND", "Campaign not found");
          return { role: "DM" as const };
        },
      },
      async ({ authorized, body }) => {
        seen.push(body.name);
        return json(authorized);
      },
    );
    // The stranger's body is invalid, but they learn only "not found".
    expect((await callRoute(guarded, { user: stranger, body: "{broken" })).status).toBe(404);
    expect((await callRoute(guarded, { user: owner, body: { name: "ok" } })).body).toEqual({ role: "DM" });
    expect(seen).toEqual(["ok"]);
  });
});

describe("route(): multipart", () => {
  const upload = route(
    {
      body: form(
        z.object({ file: fileField({ maxBytes: 1024, types: ["image/png"] }), note: z.string().max(5).optional() }),
        { limitBytes: 4096 },
      ),
    },
    async ({ body }) => json({ size: body.file.size, type: body.file.type, note: body.note ?? null }),
  );
  const formWith = (bytes: number, type = "image/png", note?: string) => {
    const data = new FormData();
    data.set("file", new Blob([new Uint8Array(bytes)], { type }), "a.png");
    if (note !== undefined) data.set("note", note);
    return data;
  };

  it("validates fields with the same zod rules as JSON and hands the file over", async () => {
    const user = await createTestUser();
    expect((await callRoute(upload, { user, form: formWith(100, "image/png", "hi") })).body).toEqual({
      size: 100,
      type: "image/png",
      note: "hi",
    });
    expect((await callRoute(upload, { user, form: formWith(100, "image/png", "too long") })).status).toBe(400);
    const noFile = new FormData();
    noFile.set("note", "hi");
    expect((await callRoute(upload, { user, form: noFile })).status).toBe(400);
  });

  it("answers 413 for a file or body over its limit, 415 for a wrong type or a body that is not multipart", async () => {
    const user = await createTestUser();
    expect((await callRoute(upload, { user, form: formWith(2000) })).body.error).toEqual({
      code: "TOO_LARGE",
      message: "The file is larger than 1 KB",
    });
    expect((await callRoute(upload, { user, form: formWith(5000) })).status).toBe(413);
    expect((await callRoute(upload, { user, form: formWith(100, "image/gif") })).status).toBe(415);
    expect((await callRoute(upload, { user, body: { file: "x" } })).status).toBe(415);
  });
});

describe("route(): database errors", () => {
  it("maps a unique violation to 409, a missing record to 404 and a value the column cannot take to 400", async () => {
    const user = await createTestUser();
    const spy = jest.spyOn(console, "error").mockImplementation(() => {});
    const duplicate = route({}, async () =>
      json(await prisma.user.create({ data: { email: user.email, name: "Twin" } })),
    );
    const missing = route({}, async () =>
      json(await prisma.user.update({ where: { id: "00000000-0000-4000-8000-000000000000" }, data: { name: "x" } })),
    );
    const badUuid = route({}, async () => json(await prisma.user.findFirst({ where: { id: "not-a-uuid" } })));
    const badRaw = route({}, async () => json(await prisma.$queryRawUnsafe("SELECT 'x'::date")));
    expect((await callRoute(duplicate, { user })).body.error.code).toBe("CONFLICT");
    expect((await callRoute(duplicate, { user })).status).toBe(409);
    expect((await callRoute(missing, { user })).status).toBe(404);
    expect((await callRoute(badUuid, { user })).status).toBe(400);
    expect((await callRoute(badRaw, { user })).status).toBe(400);
    expect(spy).not.toHaveBeenCalled(); // none of them was an unexpected error
    spy.mockRestore();
    expect(await prisma.user.count()).toBe(1);
  });

  it("still hides unexpected errors behind a generic 500", async () => {
    const user = await createTestUser();
    const spy = jest.spyOn(console, "error").mockImplementation(() => {});
    const crash = route({}, async () => {
      throw new Error("connection string postgres://secret@host");
    });
    const { status, text } = await callRoute(crash, { user });
    expect(status).toBe(500);
    expect(text).not.toContain("secret");
    spy.mockRestore();
  });
});
