import { POST } from "@/app/api/auth/sign-up/route";
import { prisma } from "@/lib/db/client";
import { callRoute } from "../support/call-route";
import { resetDatabase } from "../support/db";

const signUp = async (body: unknown, headers: Record<string, string> = {}) =>
  (await callRoute(POST, { method: "POST", path: "/api/auth/sign-up", headers, body })).response;

const valid = { name: "Vex Stormborn", email: "Vex@Example.com", password: "correct horse battery" };

describe("POST /api/auth/sign-up", () => {
  beforeEach(resetDatabase);

  it("creates the account with a normalised email and an argon2id hash", async () => {
    const response = await signUp(valid);
    expect(response.status).toBe(201);
    const body = await response.json();
    expect(body.user).toEqual({ id: expect.any(String), email: "vex@example.com", name: "Vex Stormborn" });
    expect(JSON.stringify(body)).not.toContain("password");
    const stored = await prisma.user.findUniqueOrThrow({ where: { email: "vex@example.com" } });
    expect(stored.passwordHash).toMatch(/^\$argon2id\$/);
    expect(stored.passwordHash).not.toContain(valid.password);
  });

  it("refuses a taken email, whatever its case, with 409 and creates nothing", async () => {
    await signUp(valid);
    const response = await signUp({ ...valid, email: " VEX@example.COM " });
    expect(response.status).toBe(409);
    const body = await response.json();
    expect(body.error.code).toBe("CONFLICT");
    expect(body.error.details.issues[0].path).toBe("email");
    expect(await prisma.user.count()).toBe(1);
  });

  it.each([
    ["missing fields", {}, ["name", "email", "password"]],
    ["a malformed email", { ...valid, email: "not-an-email" }, ["email"]],
    ["a too-short password", { ...valid, password: "short" }, ["password"]],
    ["wrong types", { name: 42, email: ["a@b.c"], password: null }, ["name", "email", "password"]],
    ["an over-long name", { ...valid, name: "x".repeat(81) }, ["name"]],
  ])("answers 400 with field issues for %s and creates nothing", async (_label, body, paths) => {
    const response = await signUp(body);
    expect(response.status).toBe(400);
    const payload = await response.json();
    expect(payload.error.code).toBe("VALIDATION");
    expect(payload.error.details.issues.map((issue: { path: string }) => issue.path).sort()).toEqual([...paths].sort());
    expect(await prisma.user.count()).toBe(0);
  });

  it("answers 400 for a body that is not JSON", async () => {
    const response = await signUp("{name:");
    expect(response.status).toBe(400);
    expect((await response.json()).error.message).toMatch(/not valid JSON/);
    expect(await prisma.user.count()).toBe(0);
  });

  it("answers 413 for an oversized body and creates nothing", async () => {
    const response = await signUp({ ...valid, name: "x".repeat(20_000) });
    expect(response.status).toBe(413);
    expect((await response.json()).error.code).toBe("TOO_LARGE");
    expect(await prisma.user.count()).toBe(0);
  });

  it("gives exactly one account to two racing sign-ups with the same email", async () => {
    const [first, second] = await Promise.all([signUp(valid), signUp(valid)]);
    expect([first.status, second.status].sort()).toEqual([201, 409]);
    expect(await prisma.user.count()).toBe(1);
  });

  it("limits how many accounts one address can create, whatever it writes left of the proxy's hop", async () => {
    for (let index = 0; index < 20; index++) {
      const spoofed = { "x-forwarded-for": `10.9.${index}.1, 203.0.113.9` };
      expect((await signUp({ ...valid, email: `player${index}@example.com` }, spoofed)).status).toBe(201);
    }
    const refused = await signUp(
      { ...valid, email: "one-too-many@example.com" },
      { "x-forwarded-for": "10.9.99.1, 203.0.113.9" },
    );
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await prisma.user.count()).toBe(20);
    const neighbour = await signUp({ ...valid, email: "neighbour@example.com" }, { "x-forwarded-for": "198.51.100.3" });
    expect(neighbour.status).toBe(201);
  });
});
