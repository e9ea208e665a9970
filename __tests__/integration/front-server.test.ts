// The launcher's front server over real sockets: the client-address header only it can set,
// draining on shutdown, bodies, cookies and upgrades passed through.
import http from "node:http";
import net, { type AddressInfo } from "node:net";
import { clientAddress, CLIENT_ADDRESS_HEADER, FRONT_SECRET_HEADER } from "@/lib/auth/client-address";
import { createFrontServer, type FrontServer } from "@/lib/ops/front-server";
import { waitFor } from "../support/wait-for";

const waitUntil = async (condition: () => boolean) => expect(await waitFor(condition, (met) => met)).toBe(true);

const SECRET = "a-per-launch-secret-0123456789abcdef";

type Seen = { headers: http.IncomingHttpHeaders; body: string };
let upstream: http.Server;
let front: FrontServer;
let frontPort: number;
let seen: Seen[] = [];
const upstreamSockets = new Set<net.Socket>();
let releaseSlow: (() => void) | undefined;

beforeEach(async () => {
  seen = [];
  releaseSlow = undefined;
  upstream = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      seen.push({ headers: request.headers, body: Buffer.concat(chunks).toString() });
      const answer = () => {
        response.setHeader("set-cookie", ["a=1; Path=/", "b=2; Path=/"]);
        response.end(`echo:${Buffer.concat(chunks).toString()}`);
      };
      if (request.url === "/slow") releaseSlow = answer;
      else answer();
    });
  });
  upstream.on("upgrade", (_request, socket: net.Socket) => {
    upstreamSockets.add(socket);
    socket.write("HTTP/1.1 101 Switching Protocols\r\nupgrade: websocket\r\nconnection: Upgrade\r\n\r\n");
    socket.on("data", (data) => socket.write(`pong:${data.toString()}`));
  });
  await new Promise<void>((resolve) => upstream.listen(0, "127.0.0.1", resolve));
  front = createFrontServer({
    upstream: { host: "127.0.0.1", port: (upstream.address() as AddressInfo).port },
    secret: SECRET,
  });
  await new Promise<void>((resolve) => front.server.listen(0, "127.0.0.1", resolve));
  frontPort = (front.server.address() as AddressInfo).port;
});

afterEach(async () => {
  await front.drain(0);
  for (const socket of upstreamSockets) socket.destroy();
  upstream.closeAllConnections();
  await new Promise((resolve) => upstream.close(resolve));
  delete process.env.ARCANE_FRONT_SECRET;
});

function get(
  path: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request({ host: "127.0.0.1", port: frontPort, path, headers, method: "POST" }, (response) => {
      let body = "";
      response.on("data", (chunk) => (body += chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
    });
    request.on("error", reject);
    request.end("hello");
  });
}

test("a client-sent address header (and a guessed secret) is overwritten with the socket's address", async () => {
  const answer = await get("/api/auth/sign-up", {
    [CLIENT_ADDRESS_HEADER]: "6.6.6.6",
    [FRONT_SECRET_HEADER]: "guessed",
    "x-forwarded-for": "7.7.7.7",
  });
  expect(answer.status).toBe(200);
  const forwarded = seen[0].headers;
  expect(forwarded[CLIENT_ADDRESS_HEADER]).toBe("127.0.0.1");
  expect(forwarded[FRONT_SECRET_HEADER]).toBe(SECRET);

  process.env.ARCANE_FRONT_SECRET = SECRET;
  delete process.env.TRUST_PROXY;
  // What the app concludes from what Next received: the real address, not the forged one.
  expect(clientAddress(forwarded as Record<string, string>)).toEqual({ kind: "address", key: "127.0.0.1" });
  // The same forged header reaching the app without the front server's secret proves nothing.
  const forged = new Headers({ [CLIENT_ADDRESS_HEADER]: "6.6.6.6", [FRONT_SECRET_HEADER]: "guessed" });
  expect(clientAddress(forged).kind).toBe("unknown");
  expect(clientAddress(new Headers({ [CLIENT_ADDRESS_HEADER]: "6.6.6.6" })).kind).toBe("unknown");
});

test("bodies and repeated response headers pass through both ways", async () => {
  const answer = await get("/echo");
  expect(answer.body).toBe("echo:hello");
  expect(seen[0].body).toBe("hello");
  expect(answer.headers["set-cookie"]).toEqual(["a=1; Path=/", "b=2; Path=/"]);
});

test("draining stops new connections, lets the request in flight finish, then closes", async () => {
  const slow = get("/slow");
  await waitUntil(() => releaseSlow !== undefined);
  expect(front.inFlight()).toBe(1);
  const drained = front.drain(10_000);
  let drainedYet = false;
  void drained.then(() => (drainedYet = true));

  await expect(get("/new")).rejects.toMatchObject({ code: "ECONNREFUSED" });
  expect(drainedYet).toBe(false);
  releaseSlow!();
  const answer = await slow;
  expect(answer.status).toBe(200);
  expect(answer.headers.connection).toBe("close");
  await drained;
  expect(seen.map((request) => request.body)).toEqual(["hello"]); // the refused one never reached Next
});

test("a request past the grace period is cut so the process can exit", async () => {
  const slow = get("/slow").then(
    () => "answered",
    (error: NodeJS.ErrnoException) => error.code,
  );
  await waitUntil(() => releaseSlow !== undefined);
  await front.drain(100);
  expect(await slow).toBe("ECONNRESET");
});

test("an upgrade (the dev server's hot-reload socket) is passed through with the trusted headers", async () => {
  const socket = net.connect(frontPort, "127.0.0.1");
  socket.write(
    `GET /_next/webpack-hmr HTTP/1.1\r\nhost: localhost\r\nconnection: Upgrade\r\nupgrade: websocket\r\n${CLIENT_ADDRESS_HEADER}: 6.6.6.6\r\n\r\n`,
  );
  let received = "";
  socket.on("data", (data) => {
    received += data.toString();
    if (received.includes("101 Switching") && !received.includes("pong")) socket.write("ping");
  });
  await waitUntil(() => received.includes("pong:ping"));
  socket.destroy();
});

test("while Next is not listening yet the answer is a 503 in the one error shape", async () => {
  upstream.closeAllConnections();
  await new Promise((resolve) => upstream.close(resolve));
  const answer = await get("/sign-in");
  expect(answer.status).toBe(503);
  expect(JSON.parse(answer.body).error.code).toBe("UNAVAILABLE");
  upstream = http.createServer(); // for afterEach
  await new Promise<void>((resolve) => upstream.listen(0, "127.0.0.1", resolve));
});

test("an idle connection to Next is closed by the front server first, so no request lands on one Next is closing", async () => {
  upstream.keepAliveTimeout = 60_000; // as `npm start` sets Next's
  const closedByFront: boolean[] = [];
  upstream.on("connection", (socket: net.Socket) => socket.once("close", () => closedByFront.push(true)));
  expect((await get("/first")).status).toBe(200);
  // The front server's idle limit (2 s) passes long before Next's 60 s: the socket is closed from our side.
  expect(
    await waitFor(
      () => closedByFront.length,
      (count) => count === 1,
      10_000,
    ),
  ).toBe(1);
  expect((await get("/second")).status).toBe(200);
});
