// The one way integration tests call a route handler: as Next does (a Request and a params
// promise), signed in with a real session cookie when `user` is given, with the headers a
// same-origin browser page sends (Origin, Sec-Fetch-Site) unless `sameOrigin` is false.
import { sessionCookieFor } from "./session";

export const ORIGIN = "http://localhost:3000";

type RouteModuleHandler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
type QueryValue = string | number | boolean | undefined | readonly (string | number)[];

export type CallOptions = {
  /** Signed in as this user (an id or a row); omitted or null: an anonymous request. */
  user?: { id: string } | string | null;
  /** A cookie header to send as it is (a session a test made itself); wins over `user`. */
  cookie?: string;
  /** false: send no Origin and no Sec-Fetch-Site, as a script (or an old client) would. */
  sameOrigin?: boolean;
  method?: string;
  /** The request path (query string allowed); only what the handler reads from the URL matters. */
  path?: string;
  params?: Record<string, string>;
  query?: Record<string, QueryValue>;
  /** A JSON body (a string is sent as it is, for malformed-JSON cases). */
  body?: unknown;
  /** A multipart body instead of JSON. */
  form?: FormData;
  headers?: HeadersInit;
};

export type CallResult = {
  status: number;
  headers: Headers;
  /** The JSON body, or null when the response is empty or not JSON. */
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- each test asserts the shape it expects
  text: string;
  buffer: Buffer;
  /** An unread copy of the response, for tests that read the stream themselves. */
  response: Response;
};

export async function routeRequest(options: CallOptions = {}): Promise<Request> {
  const headers = new Headers(options.headers);
  const user = typeof options.user === "string" ? options.user : options.user?.id;
  if (options.cookie) headers.set("cookie", options.cookie);
  else if (user) headers.set("cookie", await sessionCookieFor(user));
  if (options.sameOrigin !== false) {
    if (!headers.has("origin")) headers.set("origin", ORIGIN);
    if (!headers.has("sec-fetch-site")) headers.set("sec-fetch-site", "same-origin");
  }
  let body: BodyInit | undefined;
  if (options.form) body = options.form;
  else if (options.body !== undefined) {
    if (!headers.has("content-type")) headers.set("content-type", "application/json");
    body = typeof options.body === "string" ? options.body : JSON.stringify(options.body);
  }
  const url = new URL(options.path ?? "/api/test", ORIGIN);
  for (const [key, value] of Object.entries(options.query ?? {})) {
    if (value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) url.searchParams.append(key, String(item));
  }
  return new Request(url, { method: options.method ?? (body === undefined ? "GET" : "POST"), headers, body });
}

/** Calls `handler` (a route module's GET, POST, …) and reads the whole response. */
export async function callRoute(handler: RouteModuleHandler, options: CallOptions = {}): Promise<CallResult> {
  const response = await handler(await routeRequest(options), { params: Promise.resolve(options.params ?? {}) });
  const copy = response.clone();
  const buffer = Buffer.from(await response.arrayBuffer());
  const text = buffer.toString("utf8");
  const isJson = (response.headers.get("content-type") ?? "").includes("json");
  return {
    status: response.status,
    headers: response.headers,
    body: isJson && text ? JSON.parse(text) : null,
    text,
    buffer,
    response: copy,
  };
}
