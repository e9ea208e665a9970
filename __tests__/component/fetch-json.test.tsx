/**
 * @jest-environment node
 *
 * The client's one fetch helper against a real HTTP server (Node's fetch, real Responses): every
 * way a call can go wrong ends as one ApiRequestError the UI can show.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { ApiRequestError, fetchJson, NETWORK_ERROR_MESSAGE } from "@/lib/query/fetch-json";

type Seen = { method: string; contentType: string | undefined; body: string };
let server: Server;
let base = "";
let seen: Seen[] = [];

const routes: Record<string, (request: IncomingMessage, response: ServerResponse, body: string) => void> = {
  "/ok": (_request, response, body) => send(response, 200, { echoed: body ? JSON.parse(body) : null }),
  "/gone": (_request, response) => response.writeHead(204).end(),
  "/invalid": (_request, response) =>
    send(response, 400, {
      error: {
        code: "VALIDATION",
        message: "Check the fields",
        details: {
          issues: [
            { path: ["name"], message: "Give the character a name" },
            { path: "race", message: "Choose a race" },
          ],
        },
      },
    }),
  "/busy": (_request, response) =>
    send(response, 429, { error: { code: "RATE_LIMITED", message: "Too many attempts" } }, { "Retry-After": "30" }),
  "/timeout": (_request, response) =>
    send(response, 504, {
      error: { code: "TIMEOUT", message: "Still running", details: { batchId: "b1", generationIds: ["g1"] } },
    }),
  "/crash": (_request, response) =>
    response.writeHead(502, { "content-type": "text/html" }).end("<h1>Bad gateway</h1>"),
  "/garbled": (_request, response) => response.writeHead(200, { "content-type": "application/json" }).end("{not json"),
  "/upload": (request, response) => send(response, 201, { type: request.headers["content-type"] ?? null }),
  "/slow": (_request, response) => setTimeout(() => send(response, 200, {}), 2_000),
};

function send(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  response.writeHead(status, { "content-type": "application/json", ...headers }).end(JSON.stringify(body));
}

beforeAll(async () => {
  server = createServer((request, response) => {
    let body = "";
    request.setEncoding("latin1");
    request.on("data", (chunk) => (body += chunk));
    request.on("end", () => {
      seen.push({ method: request.method ?? "", contentType: request.headers["content-type"], body });
      const route = routes[new URL(request.url ?? "/", "http://x").pathname];
      if (route) route(request, response, body);
      else send(response, 404, { error: { code: "NOT_FOUND", message: "Not found" } });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  seen = [];
});

/** The rejection of a call, which must be an ApiRequestError. */
async function refusal(promise: Promise<unknown>): Promise<ApiRequestError> {
  const error = await promise.then(
    () => null,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(ApiRequestError);
  return error as ApiRequestError;
}

test("a JSON body is sent as JSON and the answer comes back parsed", async () => {
  await expect(fetchJson(`${base}/ok`, { method: "POST", body: { name: "Mirela" } })).resolves.toEqual({
    echoed: { name: "Mirela" },
  });
  expect(seen[0]).toMatchObject({ method: "POST", contentType: "application/json" });
});

test("a GET sends no body and no content type", async () => {
  await fetchJson(`${base}/ok`);
  expect(seen[0]).toEqual({ method: "GET", contentType: undefined, body: "" });
});

test("204 resolves with null", async () => {
  await expect(fetchJson(`${base}/gone`, { method: "DELETE" })).resolves.toBeNull();
});

test("FormData goes as multipart with the browser's boundary, not as JSON", async () => {
  const form = new FormData();
  form.set("file", new Blob([new Uint8Array([1, 2, 3])], { type: "image/png" }), "face.png");
  const answer = await fetchJson<{ type: string }>(`${base}/upload`, { method: "POST", body: form });
  expect(answer.type).toMatch(/^multipart\/form-data; boundary=/);
  expect(seen[0].body).toContain('filename="face.png"');
});

test("a 400 carries the code, the message and each field issue with a dotted path", async () => {
  const error = await refusal(fetchJson(`${base}/invalid`, { method: "POST", body: {} }));
  expect(error.status).toBe(400);
  expect(error.code).toBe("VALIDATION");
  expect(error.message).toBe("Check the fields");
  expect(error.apiError.issues).toEqual([
    { path: "name", message: "Give the character a name" },
    { path: "race", message: "Choose a race" },
  ]);
});

test("a 429 carries the Retry-After seconds", async () => {
  const error = await refusal(fetchJson(`${base}/busy`));
  expect([error.status, error.code, error.retryAfter]).toEqual([429, "RATE_LIMITED", 30]);
});

test("details other than issues reach the caller as sent", async () => {
  const error = await refusal(fetchJson(`${base}/timeout`));
  expect(error.apiError.details).toEqual({ batchId: "b1", generationIds: ["g1"] });
  expect(error.apiError.issues).toEqual([]);
});

test("an error page that is not JSON still becomes an ApiRequestError with the status", async () => {
  const error = await refusal(fetchJson(`${base}/crash`));
  expect(error.status).toBe(502);
  expect(error.code).toBe("");
  expect(error.message).toBe("The request failed (502)");
});

test("an unknown route answers the one error shape as a 404", async () => {
  const error = await refusal(fetchJson(`${base}/nowhere`));
  expect([error.status, error.code, error.message]).toEqual([404, "NOT_FOUND", "Not found"]);
});

test("a 2xx with an unreadable body is refused rather than handed on", async () => {
  const error = await refusal(fetchJson(`${base}/garbled`));
  expect([error.status, error.code]).toEqual([200, "BAD_RESPONSE"]);
});

test("a server that cannot be reached is status 0 with a message to show", async () => {
  const closed = createServer();
  await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
  const port = (closed.address() as AddressInfo).port;
  await new Promise<void>((resolve) => closed.close(() => resolve()));
  const error = await refusal(fetchJson(`http://127.0.0.1:${port}/ok`));
  expect([error.status, error.code, error.message]).toEqual([0, "NETWORK", NETWORK_ERROR_MESSAGE]);
});

test("an aborted call rejects with the AbortError itself, so react-query sees a cancellation", async () => {
  const controller = new AbortController();
  const call = fetchJson(`${base}/slow`, { signal: controller.signal });
  controller.abort();
  await expect(call).rejects.toMatchObject({ name: "AbortError" });
  await expect(call).rejects.not.toBeInstanceOf(ApiRequestError);
});
