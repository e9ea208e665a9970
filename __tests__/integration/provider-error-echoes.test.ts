// First: it points DATABASE_URL at this Jest worker's own database.
import { createTestUser, resetDatabase } from "../support/db";
import { POST as createRoute } from "@/app/api/profiles/route";
import { POST as testRoute } from "@/app/api/profiles/[id]/test/route";
import { allowPrivateProviderUrls, startFakeOpenAI, type FakeOpenAI } from "../support/fake-providers";
import { call, profileSnapshot } from "./profiles-helpers";

// A key with "/" and "+" so that URL-encoding, JSON escaping and base64 all change it.
const KEY = "sk-live-Tq8Wn3Vb6Kx1Mz4Hc7/Ld9+Fs2Gj5Pr0";

allowPrivateProviderUrls();

let fake: FakeOpenAI;
let userId: string;

beforeAll(async () => {
  fake = await startFakeOpenAI();
});
afterAll(() => fake.close());
beforeEach(async () => {
  await resetDatabase();
  fake.reset();
  userId = (await createTestUser()).id;
});

async function testProfile(): Promise<{ status: number; text: string; body: { ok: boolean; message?: string } }> {
  const created = await call(createRoute, {
    userId,
    method: "POST",
    body: { name: "Gateway", kind: "OPENAI_COMPATIBLE", baseUrl: fake.baseUrl, apiKey: KEY },
  });
  expect(created.status).toBe(201);
  return call(testRoute, { userId, method: "POST", params: { id: created.body.profile.id } });
}

function expectNoPieceOfKey(text: string): void {
  const forms = [KEY, encodeURIComponent(KEY), Buffer.from(KEY).toString("base64").slice(4, -4)];
  for (const form of forms)
    for (let start = 0; start + 8 <= form.length; start++)
      expect(text.replace(/\s/g, "")).not.toContain(form.slice(start, start + 8));
}

const echoes: Array<[string, string]> = [
  ["whole", `Incorrect API key provided: ${KEY}`],
  ["as a fragment", `Incorrect API key provided: ${KEY.slice(0, 18)}****`],
  ["URL-encoded", `Incorrect API key provided: ${encodeURIComponent(KEY)}`],
  ["base64", `Invalid credentials Basic ${Buffer.from(`user:${KEY}`).toString("base64")}`],
  ["spaced", `Incorrect API key provided: ${[...KEY].join(" ")}`],
  ["split across lines", `Incorrect API key provided: ${KEY.slice(0, 16)}\n${KEY.slice(16)}`],
];

test.each(echoes)("a provider echoing the key %s: the provider's reason, no piece of the key", async (_form, echo) => {
  // JSON.stringify escapes "/" only when asked: the fake sends the JSON-escaped form "\/" too.
  fake.override("/models", {
    status: 401,
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ error: { message: echo, type: "invalid_request_error", code: "invalid_api_key" } }).replace(
      /\//g,
      "\\/",
    ),
  });
  const before = await profileSnapshot();
  const result = await testProfile();
  expect(result.status).toBe(200);
  expect(result.body.ok).toBe(false);
  expect(result.body.message).toMatch(
    /rejected the credentials \(401\): Incorrect API key provided|Invalid credentials/,
  );
  expectNoPieceOfKey(result.text);
  expect(fake.lastRequest("/models")?.headers.authorization).toBe(`Bearer ${KEY}`);
  expect(await profileSnapshot()).not.toBe(before); // the profile was created, nothing else
});

test("an HTML error page is reported by its status, never by what the page says", async () => {
  fake.override("/models", {
    status: 502,
    headers: { "content-type": "text/html" },
    body: "<html><head><title>Router admin</title></head><body>internal-build-7f3a db=10.0.0.5</body></html>",
  });
  const result = await testProfile();
  expect(result.body.ok).toBe(false);
  expect(result.body.message).toMatch(/had a server error \(502\)/);
  for (const leaked of ["Router admin", "internal-build", "10.0.0.5", "<html", "<title"])
    expect(result.text).not.toContain(leaked);
});

test("a JSON error body without a reason field says the status only", async () => {
  fake.override("/models", {
    status: 404,
    json: { page: "<h1>Not here</h1>", trace: "at Server.handle (/srv/app.js:1)" },
  });
  const result = await testProfile();
  expect(result.body.message).toMatch(/rejected the request \(404\)$/);
  expect(result.text).not.toMatch(/Not here|Server\.handle|app\.js/);
});

test("a surprising success body is our words, not an internal exception", async () => {
  fake.override("/models", { json: { data: 5, object: { nested: true } } });
  const result = await testProfile();
  expect(result.status).toBe(200);
  if (!result.body.ok) {
    expect(result.body.message).toBeTruthy();
    expect(result.text).not.toMatch(
      /TypeError|SyntaxError|is not (a function|iterable)|\/work\/|node_modules|\.ts:\d+|\n\s+at /,
    );
  }
});
