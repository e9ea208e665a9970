import type { z, ZodType } from "zod";
import { sessionUserId } from "./session-user";
import { bearerToken } from "./api-token";
import { assertSafeWrite } from "./same-origin";
import { unauthenticated } from "./errors";
import { isFormBody, readForm, type FormBody } from "./form";
import { DEFAULT_JSON_LIMIT_BYTES, parseJsonBody, parseSearchParams, parseWith } from "./parse";
import { errorResponse } from "./respond";
import { REQUEST_ID_HEADER, requestIdFrom, withRequestId } from "@/lib/logging/request-context";

/**
 * Who may call: a signed-in user (`user`, the default) or anyone (`none`). `session-id` is kept
 * for the routes that declared it: it is the same check now, since a live Session row or API
 * token row (one primary-key or unique-index lookup) already proves its user exists.
 */
export type RouteAuth = "user" | "session-id" | "none";

type BodySpec = ZodType | FormBody<unknown>;
type Parsed<S> = S extends FormBody<infer T> ? T : S extends ZodType ? z.output<S> : undefined;
type UserIdOf<A extends RouteAuth> = A extends "none" ? undefined : string;

type Checked<A extends RouteAuth, P, Q> = { userId: UserIdOf<A>; params: P; query: Q; request: Request };

export type RouteSpec<A extends RouteAuth, PS, QS, BS, W> = {
  auth?: A;
  /** Path parameters. A failing id (see `id()`) is a 404, any other failing parameter a 400. */
  params?: PS;
  /** Query parameters as strings (a repeated key is an array). */
  query?: QS;
  /** A JSON body schema, or `form(schema, { limitBytes })` for multipart. */
  body?: BS;
  /** JSON bodies only; multipart limits are declared with `form`. */
  bodyLimitBytes?: number;
  /**
   * What the caller must be, checked after the path and query and before the body is read (so a
   * stranger learns nothing from a body's errors): throws not-found otherwise; what it returns is
   * handed to the handler as `authorized`.
   */
  authorize?: (checked: Checked<A, Parsed<PS>, Parsed<QS>>) => Promise<W>;
};

export type RouteInput<A extends RouteAuth, P, Q, B, W> = Checked<A, P, Q> & { body: B; authorized: W };

type NextRouteContext = { params?: Promise<Record<string, string | string[]>> };

/** Marks a handler made by `route()`; a test checks that every exported route method has it. */
export const ROUTE_BOUNDARY = Symbol.for("arcane-forge.route-boundary");

/** What a route declares, read back by the OpenAPI document (lib/openapi) and the route tests. */
export type RouteDeclaration = { auth: RouteAuth; params?: ZodType; query?: ZodType; body?: BodySpec };

export type RouteHandler = ((request: Request, context?: NextRouteContext) => Promise<Response>) & {
  readonly [ROUTE_BOUNDARY]: RouteDeclaration;
};

/**
 * The one boundary of every API route: checks the session, parses params, query and body with
 * the route's zod schemas, runs `authorize`, then calls the handler with typed values. Whatever
 * is thrown on the way (AppError, zod, Prisma) becomes the one error shape via errorResponse.
 */
export function route<
  const A extends RouteAuth = "user",
  PS extends ZodType | undefined = undefined,
  QS extends ZodType | undefined = undefined,
  BS extends BodySpec | undefined = undefined,
  W = undefined,
>(
  spec: RouteSpec<A, PS, QS, BS, W>,
  handler: (input: RouteInput<A, Parsed<PS>, Parsed<QS>, Parsed<BS>, W>) => Promise<Response>,
): RouteHandler {
  const auth: RouteAuth = spec.auth ?? "user";
  const handle = async (request: Request, context: NextRouteContext = {}): Promise<Response> => {
    try {
      // Before the session is read: a forged cross-site write learns nothing and changes nothing.
      assertSafeWrite(request, { cookieBorne: auth !== "none" && !bearerToken(request) });
      const userId = (await authenticate(auth, request)) as UserIdOf<A>;
      const params = (spec.params ? parseWith(spec.params, await routeParams(context)) : undefined) as Parsed<PS>;
      const query = (spec.query ? parseSearchParams(request.url, spec.query) : undefined) as Parsed<QS>;
      const checked = { userId, params, query, request };
      const authorized = (spec.authorize ? await spec.authorize(checked) : undefined) as W;
      const body = (await readBody(request, spec.body, spec.bodyLimitBytes)) as Parsed<BS>;
      return await handler({ ...checked, body, authorized });
    } catch (error) {
      return errorResponse(error);
    }
  };
  // Every log line written while the request runs carries its id, and the answer names it.
  const run = async (request: Request, context?: NextRouteContext): Promise<Response> => {
    const requestId = requestIdFrom(request.headers);
    const response = await withRequestId(requestId, () => handle(request, context));
    return withRequestIdHeader(response, requestId);
  };
  const declaration: RouteDeclaration = { auth, params: spec.params, query: spec.query, body: spec.body };
  return Object.defineProperty(run, ROUTE_BOUNDARY, { value: declaration }) as RouteHandler;
}

async function authenticate(auth: RouteAuth, request: Request): Promise<string | undefined> {
  if (auth === "none") return undefined;
  const userId = await sessionUserId(request);
  if (!userId) throw unauthenticated();
  return userId;
}

async function readBody(
  request: Request,
  body: BodySpec | undefined,
  limitBytes = DEFAULT_JSON_LIMIT_BYTES,
): Promise<unknown> {
  if (body === undefined) return undefined;
  if (isFormBody(body)) return parseWith(body.schema, await readForm(request, body.limitBytes));
  return parseJsonBody(request, body, limitBytes);
}

// Next hands a catch-all segment as an array; no route here has one, but join it rather than fail.
async function routeParams(context: NextRouteContext): Promise<Record<string, string>> {
  const raw = (await context.params) ?? {};
  return Object.fromEntries(
    Object.entries(raw).map(([key, value]) => [key, Array.isArray(value) ? value.join("/") : value]),
  );
}

function withRequestIdHeader(response: Response, requestId: string): Response {
  try {
    response.headers.set(REQUEST_ID_HEADER, requestId);
  } catch {
    // A response with immutable headers (a proxied fetch answer) goes out without it.
  }
  return response;
}
