// First: it points DATABASE_URL at this Jest worker's own database.
import { createTestUser, resetDatabase } from "../support/db";
import { POST as createRoute } from "@/app/api/profiles/route";
import { GET as modelsRoute } from "@/app/api/profiles/[id]/models/route";
import { allowPrivateProviderUrls, startFakeOpenAI, type FakeOpenAI } from "../support/fake-providers";
import { call } from "./profiles-helpers";

const KEY = "sk-fake-models-key-7777qqqq";

allowPrivateProviderUrls();

let openai: FakeOpenAI;
let userId: string;

beforeAll(async () => {
  openai = await startFakeOpenAI({ requiredKey: KEY });
});
afterAll(() => openai.close());
beforeEach(async () => {
  await resetDatabase();
  openai.reset();
  userId = (await createTestUser()).id;
});

async function profile(apiKey = KEY) {
  const created = await call(createRoute, {
    userId,
    method: "POST",
    body: { name: "Gateway", kind: "OPENAI_COMPATIBLE", baseUrl: openai.baseUrl, apiKey },
  });
  expect(created.status).toBe(201);
  return created.body.profile.id as string;
}

const listCalls = () => openai.requests.filter((request) => request.path.endsWith("/models")).length;

test("lists the provider's models with what each makes, cached per profile until refreshed", async () => {
  const id = await profile();
  const first = await call(modelsRoute, { userId, params: { id } });
  expect(first.status).toBe(200);
  expect(first.body).toMatchObject({ ok: true, cached: false });
  expect(first.body.models).toEqual(
    expect.arrayContaining([
      expect.objectContaining({ id: "gpt-image-1.5", image: true, text: false }),
      expect.objectContaining({ id: "gpt-5.4-mini", image: false, text: true }),
    ]),
  );
  expect(first.text).not.toContain(KEY);
  const second = await call(modelsRoute, { userId, params: { id } });
  expect(second.body).toMatchObject({ ok: true, cached: true });
  expect(listCalls()).toBe(1);
  const refreshed = await call(modelsRoute, { userId, params: { id }, query: { refresh: "true" } });
  expect(refreshed.body).toMatchObject({ ok: true, cached: false });
  expect(listCalls()).toBe(2);
});

test("a refused key is a result with the key scrubbed; another user's profile is a 404", async () => {
  const id = await profile("sk-fake-WRONG-key-1111zzzz");
  const refused = await call(modelsRoute, { userId, params: { id } });
  expect(refused.status).toBe(200);
  expect(refused.body.ok).toBe(false);
  expect(refused.text).not.toContain("1111zzzz");
  const stranger = (await createTestUser()).id;
  const hidden = await call(modelsRoute, { userId: stranger, params: { id } });
  expect(hidden.status).toBe(404);
});
