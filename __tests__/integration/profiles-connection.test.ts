// First: it points DATABASE_URL at this Jest worker's own database.
import { createTestUser, resetDatabase } from "../support/db";
import { createServer } from "node:net";
import type { AddressInfo } from "node:net";
import { POST as createRoute } from "@/app/api/profiles/route";
import { POST as testRoute } from "@/app/api/profiles/[id]/test/route";
import {
  allowPrivateProviderUrls,
  startFakeOllama,
  startFakeOpenAI,
  type FakeOllama,
  type FakeOpenAI,
} from "../support/fake-providers";
import { call } from "./profiles-helpers";

const GOOD_KEY = "sk-fake-GOOD-key-4242abcd";
const WRONG_KEY = "sk-fake-WRONG-key-9999zzzz";

allowPrivateProviderUrls();

let openai: FakeOpenAI;
let ollama: FakeOllama;
let userId: string;

beforeAll(async () => {
  openai = await startFakeOpenAI({ requiredKey: GOOD_KEY });
  ollama = await startFakeOllama();
});
afterAll(async () => {
  await openai.close();
  await ollama.close();
});
beforeEach(async () => {
  await resetDatabase();
  openai.reset();
  ollama.reset();
  userId = (await createTestUser()).id;
});

async function compatibleProfile(apiKey: string) {
  const created = await call(createRoute, {
    userId,
    method: "POST",
    body: { name: "Gateway", kind: "OPENAI_COMPATIBLE", baseUrl: openai.baseUrl, apiKey },
  });
  expect(created.status).toBe(201);
  return created.body.profile.id as string;
}

test("a working key lists the provider's models, sending the decrypted key", async () => {
  const id = await compatibleProfile(GOOD_KEY);
  const result = await call(testRoute, { userId, method: "POST", params: { id } });
  expect(result.status).toBe(200);
  expect(result.body).toEqual({ ok: true, models: openai.models });
  expect(openai.lastRequest("/models")?.headers.authorization).toBe(`Bearer ${GOOD_KEY}`);
  expect(result.text).not.toContain(GOOD_KEY);
});

test("a refused key is a clear failure with the key scrubbed, even though the provider echoes it", async () => {
  const id = await compatibleProfile(WRONG_KEY);
  const result = await call(testRoute, { userId, method: "POST", params: { id } });
  expect(result.status).toBe(200);
  expect(result.body.ok).toBe(false);
  expect(result.body.message).toMatch(/key|auth|401/i);
  expect(result.text).not.toContain(WRONG_KEY);
  expect(result.text).not.toContain("9999zzzz");
});

test("a provider error (500) is reported, not thrown", async () => {
  const id = await compatibleProfile(GOOD_KEY);
  openai.failWith({ status: 500, message: "upstream exploded" });
  const result = await call(testRoute, { userId, method: "POST", params: { id } });
  expect(result.status).toBe(200);
  expect(result.body).toMatchObject({ ok: false });
  expect(result.body.message).toBeTruthy();
});

test("a keyless Ollama profile on an allowed private URL connects", async () => {
  const created = await call(createRoute, {
    userId,
    method: "POST",
    body: { name: "Home", kind: "OLLAMA", baseUrl: ollama.baseUrl },
  });
  expect(created.status).toBe(201);
  const result = await call(testRoute, { userId, method: "POST", params: { id: created.body.profile.id } });
  expect(result.body.ok).toBe(true);
  expect(Array.isArray(result.body.models)).toBe(true);
});

test("an unreachable server is explained in plain words with what to check, no raw error code", async () => {
  const unknownHost = await call(createRoute, {
    userId,
    method: "POST",
    body: { name: "Typo", kind: "OPENAI_COMPATIBLE", baseUrl: "http://no-such-host.invalid/v1", apiKey: GOOD_KEY },
  });
  expect(unknownHost.status).toBe(201);
  const typo = await call(testRoute, { userId, method: "POST", params: { id: unknownHost.body.profile.id } });
  expect(typo.body.ok).toBe(false);
  expect(typo.body.message).toMatch(/server name was not found\. Check the base URL/);
  expect(typo.body.message).not.toMatch(/ENOTFOUND|EAI_AGAIN/);

  // A port that was just free and closed again: nothing listens there.
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  const allowed = process.env.ALLOWED_PRIVATE_PROVIDER_HOSTS;
  process.env.ALLOWED_PRIVATE_PROVIDER_HOSTS = `${allowed},127.0.0.1:${port}`; // as an operator lists a local server
  const closed = await call(createRoute, {
    userId,
    method: "POST",
    body: { name: "Stopped", kind: "OPENAI_COMPATIBLE", baseUrl: `http://127.0.0.1:${port}/v1`, apiKey: GOOD_KEY },
  });
  const stopped = await call(testRoute, { userId, method: "POST", params: { id: closed.body.profile.id } });
  process.env.ALLOWED_PRIVATE_PROVIDER_HOSTS = allowed;
  expect(stopped.body.ok).toBe(false);
  expect(stopped.body.message).toMatch(/nothing answered at that address\. Check the base URL's host and port/);
  expect(stopped.body.message).not.toContain("ECONNREFUSED");
});
