import {
  createServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from "node:http";
import type { AddressInfo } from "node:net";
import sharp from "sharp";

/**
 * The machinery every fake provider shares: a real HTTP server on 127.0.0.1 (random port) that
 * records each request, and knobs to make it misbehave (error status, delay, refusal, odd bytes).
 * Provider files (openai.ts, google.ts, ...) add the routes and the provider's own error body.
 */

export type RecordedRequest = {
  method: string;
  /** Path without the query string, e.g. "/v1/images/generations". */
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  /** Parsed JSON body, or undefined when there was none or it was not JSON. */
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- tests read arbitrary wire fields
  rawBody: string;
  /** When the request arrived (ms, performance.now()): retries' spacing is read from these. */
  receivedAt: number;
};

export type FakeFailure = {
  status: number;
  /** The provider's message; the fake wraps it in that provider's error body. */
  message?: string;
  /** Provider error code/type, e.g. "content_policy_violation". */
  code?: string;
  headers?: Record<string, string>;
  /** Fail only this many requests, then answer normally again (default: until reset()). */
  times?: number;
  /** Fail only requests whose path contains this. */
  path?: string;
};

export type FakeReply = { status?: number; headers?: Record<string, string>; json?: unknown; body?: Buffer | string };

export type ErrorBodyFormatter = (status: number, message: string, code?: string) => unknown;

export type Route<Fake extends FakeProviderServer = FakeProviderServer> = (
  request: RecordedRequest,
  fake: Fake,
) => FakeReply | Promise<FakeReply>;

/** A real decodable PNG, so pipeline tests can push fake output through sharp. */
export async function samplePng(width = 64, height = 64, color = "#8a4b2d"): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: color } })
    .png()
    .toBuffer();
}

// The fakes listen on 127.0.0.1, which the address guard refuses unless the operator allows that
// host and port. While allowFakeProviders() is on, ALLOWED_PRIVATE_PROVIDER_HOSTS lists every
// running fake, as an operator would list a self-hosted Ollama; nothing else on loopback is allowed.
const runningFakes = new Set<string>();
let allowing = 0;
let savedAllowance: string | undefined;

function writeAllowance(): void {
  if (allowing > 0) process.env.ALLOWED_PRIVATE_PROVIDER_HOSTS = [...runningFakes].join(",");
}

/** Lists every running fake (and each one started later) as an allowed private host; returns the undo. */
export function allowFakeProviders(): () => void {
  if (allowing++ === 0) savedAllowance = process.env.ALLOWED_PRIVATE_PROVIDER_HOSTS;
  writeAllowance();
  let undone = false;
  return () => {
    if (undone) return;
    undone = true;
    if (--allowing > 0) return;
    if (savedAllowance === undefined) delete process.env.ALLOWED_PRIVATE_PROVIDER_HOSTS;
    else process.env.ALLOWED_PRIVATE_PROVIDER_HOSTS = savedAllowance;
  };
}

export class FakeProviderServer {
  readonly requests: RecordedRequest[] = [];
  /** Requests whose answer is ready (after `delayMs`), whether or not the client still waits for it. */
  answered = 0;
  /** Milliseconds to wait before answering each request (to test timeouts and aborts). */
  delayMs = 0;
  /** The bytes served as "the generated image" (set to Buffer.from("not an image") to test validation). */
  imageBytes: Buffer = Buffer.alloc(0);
  imageMimeType = "image/png";
  /** When set, requests not carrying this key get a 401 in the provider's format (echoing the key). */
  requiredKey?: string;
  /** When true, image and text routes answer with the provider's own content-policy refusal. */
  refuseContent = false;
  private failures: FakeFailure[] = [];
  private readonly overrides: Array<{ path: string; reply: FakeReply | Route }> = [];

  constructor(
    private readonly server: Server,
    /** "http://127.0.0.1:<port>" */
    readonly origin: string,
    private readonly errorBody: ErrorBodyFormatter,
  ) {}

  /** Make requests fail with a status (in the provider's error format) until reset or `times` runs out. */
  failWith(failure: FakeFailure): this {
    this.failures.push({ ...failure });
    return this;
  }

  /** Answer requests whose path contains `path` with a fixed reply or a function of the request. */
  override(path: string, reply: FakeReply | Route): this {
    this.overrides.push({ path, reply });
    return this;
  }

  /** Forget requests, failures, overrides, delay and refusals (keeps image bytes and required key). */
  reset(): void {
    this.requests.length = 0;
    this.answered = 0;
    this.failures = [];
    this.overrides.length = 0;
    this.delayMs = 0;
    this.refuseContent = false;
  }

  lastRequest(pathIncludes = ""): RecordedRequest | undefined {
    return [...this.requests].reverse().find((request) => request.path.includes(pathIncludes));
  }

  errorReply(status: number, message: string, code?: string, headers?: Record<string, string>): FakeReply {
    return { status, headers, json: this.errorBody(status, message, code) };
  }

  async close(): Promise<void> {
    runningFakes.delete(new URL(this.origin).host);
    writeAllowance();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** @internal used by startFakeServer */
  async answer(request: RecordedRequest, route: Route): Promise<FakeReply> {
    this.requests.push(request);
    // unref: a delayed answer to a client that already gave up must not keep Jest alive.
    if (this.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, this.delayMs).unref());
    this.answered += 1;
    const failure = this.failures.find((candidate) => !candidate.path || request.path.includes(candidate.path));
    if (failure) {
      if (failure.times !== undefined && --failure.times <= 0) this.failures.splice(this.failures.indexOf(failure), 1);
      return this.errorReply(
        failure.status,
        failure.message ?? `fake failure ${failure.status}`,
        failure.code,
        failure.headers,
      );
    }
    const override = this.overrides.find((candidate) => request.path.includes(candidate.path));
    if (override) return typeof override.reply === "function" ? override.reply(request, this) : override.reply;
    return route(request, this);
  }
}

async function readRequest(req: IncomingMessage): Promise<RecordedRequest> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const rawBody = Buffer.concat(chunks).toString("utf8");
  let body: unknown;
  try {
    body = rawBody ? JSON.parse(rawBody) : undefined;
  } catch {
    body = undefined;
  }
  const url = new URL(req.url ?? "/", "http://fake");
  return {
    method: req.method ?? "GET",
    path: url.pathname,
    query: url.searchParams,
    headers: req.headers,
    body,
    rawBody,
    receivedAt: performance.now(),
  };
}

function send(res: ServerResponse, reply: FakeReply): void {
  if (res.destroyed) return; // the client gave up (abort test): nobody to answer
  const body = reply.json !== undefined ? JSON.stringify(reply.json) : (reply.body ?? "");
  const headers = { ...(reply.json !== undefined ? { "content-type": "application/json" } : {}), ...reply.headers };
  res.writeHead(reply.status ?? 200, headers);
  res.end(body);
}

/**
 * Starts a fake on a random port. `knobs` are the provider-specific settings (reply texts, image
 * mode...) merged onto the returned object so tests can change them between requests.
 */
export async function startFakeServer<Knobs extends object>(options: {
  knobs: Knobs;
  route: Route<FakeProviderServer & Knobs>;
  errorBody: ErrorBodyFormatter;
}): Promise<FakeProviderServer & Knobs> {
  // The handler needs the fake, and the fake needs the listening server: meet through a holder.
  const holder: { fake?: FakeProviderServer & Knobs } = {};
  const server = createServer((req, res) => {
    readRequest(req)
      .then((request) => holder.fake!.answer(request, options.route as Route))
      .then((reply) => send(res, reply))
      .catch((error: unknown) =>
        send(res, { status: 500, json: options.errorBody(500, `fake server crashed: ${String(error)}`) }),
      );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const fake = Object.assign(
    new FakeProviderServer(server, `http://127.0.0.1:${port}`, options.errorBody),
    options.knobs,
  );
  holder.fake = fake;
  runningFakes.add(`127.0.0.1:${port}`);
  writeAllowance();
  fake.imageBytes = await samplePng();
  return fake;
}

/** The key a request carried, however the provider expects it. */
export function bearerKey(request: RecordedRequest): string | undefined {
  const header = request.headers.authorization;
  return header?.startsWith("Bearer ") ? header.slice("Bearer ".length) : undefined;
}

export function headerValue(request: RecordedRequest, name: string): string | undefined {
  const value = request.headers[name.toLowerCase()];
  return Array.isArray(value) ? value[0] : value;
}
