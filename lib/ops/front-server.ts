import http from "node:http";
import net from "node:net";
import type { Duplex } from "node:stream";
import { CLIENT_ADDRESS_HEADER, FRONT_SECRET_HEADER } from "@/lib/auth/client-address";

export type FrontServerOptions = {
  /** Where Next listens (127.0.0.1 and a port only this machine can reach). */
  upstream: { host: string; port: number };
  /** Proves to the app that the address header is the front server's; fresh for each launch. */
  secret: string;
};

export type FrontServer = {
  server: http.Server;
  /** Requests being answered right now (a drain waits for these). */
  inFlight(): number;
  /**
   * Stops accepting connections, lets the requests in flight finish (each answered with
   * `Connection: close`) for up to `graceMs`, then closes whatever is left. Resolves once closed.
   */
  drain(graceMs: number): Promise<void>;
};

/** How long an idle connection to Next is kept for reuse (a free socket past it is destroyed). */
const IDLE_UPSTREAM_SOCKET_MS = 2_000;

// Hop-by-hop headers describe one connection, not the message: each side sets its own.
const HOP_BY_HOP = ["connection", "keep-alive", "proxy-connection", "transfer-encoding", "upgrade", "te", "trailer"];

/**
 * The small HTTP server the launcher puts in front of Next. Next's route handlers never see the
 * socket, so without a proxy the app could not tell one client from another; this server knows
 * the socket, and it alone writes the client-address header (whatever a client sent under that
 * name is dropped), together with a secret the client cannot know. It also lets a process drain:
 * on SIGTERM it stops accepting and waits for the requests it is answering. WebSocket upgrades
 * (the dev server's hot reload) are passed through as raw sockets.
 */
export function createFrontServer(options: FrontServerOptions): FrontServer {
  // An idle kept-alive socket is closed here well before Next closes it (Node's server default is
  // 5 s; `npm start` raises it, see launch.ts): reusing a socket the server is closing at that
  // moment resets the request, which the client would see as a 503 under load.
  const agent = new http.Agent({ keepAlive: true, maxSockets: 256, timeout: IDLE_UPSTREAM_SOCKET_MS });
  const upgraded = new Set<Duplex>();
  let active = 0;
  let draining = false;

  const server = http.createServer((request, response) => {
    active++;
    response.once("close", () => active--);
    if (draining) response.setHeader("connection", "close");
    const upstream = http.request(
      {
        host: options.upstream.host,
        port: options.upstream.port,
        method: request.method,
        path: request.url,
        headers: trustedHeaders(request, options.secret, HOP_BY_HOP),
        agent,
      },
      (answer) => {
        const headers = withoutHeaders(answer.headers, HOP_BY_HOP);
        if (draining) headers.connection = "close";
        response.writeHead(answer.statusCode ?? 502, answer.statusMessage, headers);
        answer.pipe(response);
        answer.once("error", () => response.destroy());
      },
    );
    upstream.once("error", () => {
      if (response.headersSent) return void response.destroy();
      response.writeHead(503, { "content-type": "application/json", "cache-control": "no-store", "retry-after": "1" });
      response.end(
        JSON.stringify({ error: { code: "UNAVAILABLE", message: "The server is starting or restarting; try again" } }),
      );
    });
    // A client that goes away mid-request must not leave Next working for nobody.
    response.once("close", () => {
      if (!response.writableFinished) upstream.destroy();
    });
    request.pipe(upstream);
  });

  server.on("upgrade", (request: http.IncomingMessage, socket: Duplex, head: Buffer) => {
    const headers = trustedHeaders(request, options.secret, ["proxy-connection", "keep-alive"]);
    const upstream = net.connect(options.upstream.port, options.upstream.host, () => {
      upstream.write(requestHead(request, headers));
      if (head.length > 0) upstream.write(head);
      socket.pipe(upstream).pipe(socket);
    });
    upgraded.add(socket);
    const close = () => {
      upgraded.delete(socket);
      socket.destroy();
      upstream.destroy();
    };
    socket.once("error", close).once("close", close);
    upstream.once("error", close).once("close", close);
  });

  return {
    server,
    inFlight: () => active,
    async drain(graceMs: number) {
      draining = true;
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      const deadline = Date.now() + graceMs;
      while (active > 0 && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        server.closeIdleConnections(); // keep-alive connections whose last answer just went out
      }
      server.closeAllConnections();
      for (const socket of upgraded) socket.destroy();
      agent.destroy();
      await closed;
    },
  };
}

/** The client's headers minus `drop` and anything claiming to be ours, plus ours. */
function trustedHeaders(request: http.IncomingMessage, secret: string, drop: string[]): http.OutgoingHttpHeaders {
  const headers = withoutHeaders(request.headers, [...drop, CLIENT_ADDRESS_HEADER, FRONT_SECRET_HEADER]);
  headers[CLIENT_ADDRESS_HEADER] = socketAddress(request.socket);
  headers[FRONT_SECRET_HEADER] = secret;
  return headers;
}

function withoutHeaders(headers: http.IncomingHttpHeaders, names: string[]): http.OutgoingHttpHeaders {
  const kept: http.OutgoingHttpHeaders = { ...headers };
  for (const name of names) delete kept[name];
  return kept;
}

/** An IPv4 client on a dual-stack socket shows as `::ffff:203.0.113.7`; the app keys it as IPv4. */
function socketAddress(socket: net.Socket): string {
  const address = socket.remoteAddress ?? "";
  return address.startsWith("::ffff:") && net.isIPv4(address.slice(7)) ? address.slice(7) : address;
}

function requestHead(request: http.IncomingMessage, headers: http.OutgoingHttpHeaders): string {
  const lines = [`${request.method} ${request.url} HTTP/${request.httpVersion}`];
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) lines.push(`${name}: ${item}`);
  }
  return `${lines.join("\r\n")}\r\n\r\n`;
}
