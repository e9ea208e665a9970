// The AI layout proposal path of POST /api/generate/map against a fake OpenAI text provider:
// a flawed proposal is repaired with the reasons recorded; garbage is rejected and the built-in
// generator is used. Real database, files and HTTP to the fake.
import { createTestUser, resetDatabase } from "../support/db";
import { withTempStorageRoot } from "../support/temp-storage-root";
import { callRoute } from "../support/call-route";
import { allowPrivateProviderUrls, startFakeOpenAI, type FakeOpenAI } from "../support/fake-providers";
import { createProfile } from "./generation-helpers";
import { POST as generate } from "@/app/api/generate/map/route";
import { buildGeometry } from "@/lib/maps/geometry";
import { validateLayout } from "@/lib/maps/validate-layout";
import type { MapLayout } from "@/lib/schemas/map-layout";

const KEY = "sk-map-test";
let openai: FakeOpenAI;
let dm: { id: string };
allowPrivateProviderUrls();

withTempStorageRoot("maps-ai-");
beforeAll(async () => {
  openai = await startFakeOpenAI({ requiredKey: KEY });
});
afterAll(async () => {
  await openai.close();
});
beforeEach(async () => {
  await resetDatabase();
  openai.reset();
  dm = await createTestUser();
});

async function generateWithModel(jsonReply: string) {
  openai.jsonReply = jsonReply;
  const profile = await createProfile(dm.id, "OPENAI", { baseUrl: openai.baseUrl, apiKey: KEY });
  const body = {
    mapType: "dungeon",
    width: 30,
    height: 20,
    seed: "ai-proposal",
    description: "A smugglers' den under the docks",
    profileId: profile.id,
  };
  const { status, body: answer } = await callRoute(generate, { user: dm.id, path: "/api/generate/map", body });
  return { status, body: answer };
}

test("a room outside the map and a dangling door are repaired, the reasons recorded with the map", async () => {
  const proposal = {
    rooms: [
      { name: "Smugglers' landing", purpose: "docks", x: 2, y: 2, w: 8, h: 6, hazards: ["slick planks"] },
      { name: "Contraband store", x: 22, y: 12, w: 15, h: 6 },
      { name: "Sunken vault", x: 90, y: 90, w: 5, h: 5 },
    ],
    doors: [{ x: 15, y: 15, side: "v" }],
  };
  const { status, body } = await generateWithModel(JSON.stringify(proposal));
  expect(status).toBe(201);
  // The model was really asked, for JSON of the layout schema, about this map.
  const request = openai.lastRequest("/chat/completions");
  expect(request?.body.response_format).toMatchObject({
    type: "json_schema",
    json_schema: { schema: { type: "object", properties: { rooms: expect.anything(), doors: expect.anything() } } },
  });
  expect(JSON.stringify(request?.body.messages)).toContain("30×20");

  const layout = body.layout as MapLayout & { source: { kind: string; notes: string[] } };
  expect(layout.source.kind).toBe("ai");
  expect(layout.rooms.map((r) => r.name)).toEqual(["Smugglers' landing", "Contraband store"]);
  expect(layout.rooms[0].hazards).toEqual(["slick planks"]);
  expect(layout.source.notes).toEqual(
    expect.arrayContaining([
      'room "Contraband store" was clipped to the map',
      'room "Sunken vault" lies outside the map and was dropped',
      expect.stringMatching(/^door at 15,15 .* and was dropped$/),
    ]),
  );
  expect(validateLayout(layout)).toEqual([]);
  expect(layout.doors.some((d) => d.x === 15 && d.y === 15)).toBe(false);
  // The export comes from the repaired layout: every wall inside the map.
  for (const wall of buildGeometry(layout).walls) expect(Math.max(wall.x0, wall.x1)).toBeLessThanOrEqual(30);
});

test("garbage JSON is rejected with the reason and the built-in generator is used", async () => {
  const { status, body } = await generateWithModel("Sure! Here is your dungeon: {rooms: [oops");
  expect(status).toBe(201);
  expect(openai.requests.length).toBeGreaterThan(0);
  expect(body.layout.source.kind).toBe("generator");
  expect(body.layout.source.notes.join(" ")).toMatch(/The model's layout was rejected: .*not valid JSON/);
  expect(validateLayout(body.layout)).toEqual([]);
  expect(body.layout.rooms.length).toBeGreaterThan(1);
});

test("JSON of the wrong shape is rejected with the reason, never half-used", async () => {
  const { body } = await generateWithModel(JSON.stringify({ rooms: [], doors: "none" }));
  expect(body.layout.source.kind).toBe("generator");
  expect(body.layout.source.notes[0]).toMatch(/The model's layout was rejected: .*expected shape/);
});
