import { prisma } from "@/lib/db/client";
import { unauthenticated } from "@/lib/http/errors";
import { errorResponse } from "@/lib/http/respond";
import { userIdFromRequest } from "./session-cookie";

export type UserContext = { userId: string; params: Record<string, string> };
type RouteContext = { params?: Promise<Record<string, string | string[]>> };

/**
 * Wraps a route handler: no valid session (or a session whose user is gone) is a 401 in the one
 * error shape; anything the handler throws is mapped by errorResponse.
 */
export function withUser(handler: (request: Request, context: UserContext) => Promise<Response>) {
  return async (request: Request, context: RouteContext = {}): Promise<Response> => {
    try {
      const userId = await requireUserId(request);
      const params = await routeParams(context);
      return await handler(request, { userId, params });
    } catch (error) {
      return errorResponse(error);
    }
  };
}

/**
 * Like withUser, but only reads the session cookie: no query for the user row. For hot routes
 * whose one query also confirms the user exists (the image route: getViewableImage answers 401
 * for a user who is gone), saving a round trip per request.
 */
export function withSessionUserId(handler: (request: Request, context: UserContext) => Promise<Response>) {
  return async (request: Request, context: RouteContext = {}): Promise<Response> => {
    try {
      const userId = await userIdFromRequest(request);
      if (!userId || !isUuid(userId)) throw unauthenticated();
      const params = await routeParams(context);
      return await handler(request, { userId, params });
    } catch (error) {
      return errorResponse(error);
    }
  };
}

export async function requireUserId(request: Request): Promise<string> {
  const userId = await userIdFromRequest(request);
  if (!userId || !isUuid(userId)) throw unauthenticated();
  const user = await prisma.user.findUnique({ where: { id: userId }, select: { id: true } });
  if (!user) throw unauthenticated();
  return user.id;
}

async function routeParams(context: RouteContext): Promise<Record<string, string>> {
  return Object.fromEntries(Object.entries((await context.params) ?? {}).map(([key, value]) => [key, Array.isArray(value) ? value.join("/") : value]));
}

const isUuid = (value: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
