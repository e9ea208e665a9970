// Provider answers are capped at the HTTP layer: by Content-Length at once, and while a chunked body streams.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { cappedFetch, MAX_PROVIDER_RESPONSE_BYTES, requestJson } from "@/lib/providers/http";
import { ProviderError } from "@/lib/providers/types";

let server: Server;
let origin = "";
let chunksSent = 0;

beforeAll(async () => {
  server = createServer((request, response) => {
    if (request.url === "/declared") {
      response.writeHead(200, {
        "content-type": "application/json",
        "content-length": String(MAX_PROVIDER_RESPONSE_BYTES + 1),
      });
      response.write("{");
      return; // never finishes: the cap must not wait for it
    }
    // Chunked, no Content-Length: a provider streaming an endless JSON string.
    response.writeHead(200, { "content-type": "application/json" });
    response.write('{"data":"');
    const timer = setInterval(() => {
      chunksSent++;
      response.write("A".repeat(64 * 1024));
    }, 1);
    response.on("close", () => clearInterval(timer));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  process.env.ALLOWED_PRIVATE_PROVIDER_HOSTS = new URL(origin).host; // the fake lives on loopback
});
afterAll(() => {
  delete process.env.ALLOWED_PRIVATE_PROVIDER_HOSTS;
  server.closeAllConnections();
  server.close();
});

const context = { provider: "Test", secrets: [] };

it("refuses a response whose Content-Length is past the cap without reading it", async () => {
  const error = await requestJson(`${origin}/declared`, { signal: AbortSignal.timeout(5000) }, context).catch(
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ProviderError);
  expect((error as ProviderError).kind).toBe("INVALID_RESPONSE");
  expect((error as ProviderError).message).toMatch(/larger than 64 MB/);
});

it("stops a chunked response at the cap while it streams", async () => {
  chunksSent = 0;
  const response = await cappedFetch("Test", 256 * 1024)(`${origin}/chunked`, { signal: AbortSignal.timeout(5000) });
  const error = await response.text().catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(ProviderError);
  expect((error as ProviderError).message).toMatch(/larger than/);
  // Stopped after about 4 chunks of 64 KB, not after whatever the server would have sent.
  expect(chunksSent).toBeLessThan(40);
});
