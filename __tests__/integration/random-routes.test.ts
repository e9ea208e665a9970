// GET /api/generate/random/{dungeon,npc,encounter/:partyLevel} through the real route handlers.
import { createTestUser, resetDatabase } from "../support/db";
import { callRoute } from "../support/call-route";
import { GET as dungeon } from "@/app/api/generate/random/dungeon/route";
import { GET as npc } from "@/app/api/generate/random/npc/route";
import { GET as encounter } from "@/app/api/generate/random/encounter/[partyLevel]/route";
import { validateLayout } from "@/lib/maps/validate-layout";

const BASE = "/api/generate/random";
let user: { id: string };

beforeAll(async () => {
  await resetDatabase();
  user = await createTestUser();
});

const call = (
  handler: typeof dungeon,
  path: string,
  params: Record<string, string> = {},
  userId: string | null = user.id,
) => callRoute(handler, { user: userId, path: `${BASE}${path}`, params });

test("dungeon: a valid layout with its room key, the same for the same seed", async () => {
  const first = await call(dungeon, "/dungeon?width=24&height=20&seed=crypt");
  expect(first.status).toBe(200);
  expect(first.body).toMatchObject({ seed: "crypt", width: 24, height: 20, difficulty: "medium" });
  expect(validateLayout(first.body.mapLayout)).toEqual([]);
  expect(first.body.roomKey.length).toBe(first.body.mapLayout.rooms.length);
  expect(first.body.layout.rooms.length).toBe(first.body.mapLayout.rooms.length);
  expect(first.body.roomKey[0]).toEqual(
    expect.objectContaining({ number: 1, name: expect.any(String), sizeFeet: expect.stringMatching(/ft$/) }),
  );
  expect((await call(dungeon, "/dungeon?width=24&height=20&seed=crypt")).body).toEqual(first.body);
  expect((await call(dungeon, "/dungeon")).body.seed).toMatch(/^[a-z0-9]+$/);
});

test("npc: fixed parts honoured and deterministic", async () => {
  const first = await call(npc, "/npc?race=dwarf&class=cleric&personality=pious&alignment=LG&seed=brother");
  expect(first.status).toBe(200);
  expect(first.body).toMatchObject({
    race: "dwarf",
    class: "cleric",
    personality: "pious",
    alignment: { code: "LG" },
    seed: "brother",
  });
  expect(first.body.name).toMatch(/of clan/);
  expect((await call(npc, "/npc?race=dwarf&class=cleric&personality=pious&alignment=LG&seed=brother")).body).toEqual(
    first.body,
  );
});

test("encounter: adjusted XP within the party's budget", async () => {
  const { status, body } = await call(
    encounter,
    "/encounter/7?partySize=5&difficulty=hard&environment=swamp&seed=bog",
    { partyLevel: "7" },
  );
  expect(status).toBe(200);
  expect(body).toMatchObject({ partyLevel: 7, partySize: 5, difficulty: "hard", environment: "swamp", budget: 5500 });
  expect(body.adjustedXp).toBeLessThanOrEqual(body.budget);
  expect(body.monsters.length).toBeGreaterThan(0);
  expect(body.treasure.coins).toEqual(expect.objectContaining({ gp: expect.any(Number) }));
});

test("bad parameters are a 400 with the one error shape", async () => {
  const bad: Array<[typeof dungeon, string, Record<string, string>]> = [
    [dungeon, "/dungeon?width=0&height=20", {}],
    [dungeon, "/dungeon?width=10000&height=20", {}],
    [dungeon, "/dungeon?width=20&height=abc", {}],
    [dungeon, "/dungeon?seed=bad%20seed!", {}],
    [npc, "/npc?race=beholder", {}],
    [npc, "/npc?alignment=XX", {}],
    [npc, "/npc?class=astronaut", {}],
    [encounter, "/encounter/0", { partyLevel: "0" }],
    [encounter, "/encounter/21", { partyLevel: "21" }],
    [encounter, "/encounter/five", { partyLevel: "five" }],
    [encounter, "/encounter/5?partySize=0", { partyLevel: "5" }],
    [encounter, "/encounter/5?difficulty=impossible", { partyLevel: "5" }],
    [encounter, "/encounter/5?environment=space", { partyLevel: "5" }],
  ];
  for (const [handler, path, params] of bad) {
    const result = await call(handler, path, params);
    expect([path, result.status]).toEqual([path, 400]);
    expect(result.body.error.code).toBe("VALIDATION");
  }
});

test("anonymous requests are a 401", async () => {
  for (const [handler, path, params] of [
    [dungeon, "/dungeon", {}],
    [npc, "/npc", {}],
    [encounter, "/encounter/3", { partyLevel: "3" }],
  ] as const) {
    const result = await call(handler, path, params, null);
    expect(result.status).toBe(401);
    expect(result.body.error).toEqual(
      expect.objectContaining({ code: expect.any(String), message: expect.any(String) }),
    );
  }
});
