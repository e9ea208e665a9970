// Every app/api/**/route.ts module and the HTTP methods it exports, found on disk so a new route
// cannot be missed by the tests that must cover every route.
import { readdirSync } from "node:fs";
import path from "node:path";

const API_ROOT = path.join(process.cwd(), "app", "api");
export const HTTP_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

/** next-auth's own catch-all handler is the one route not made by the boundary. */
export const BOUNDARY_EXEMPT = ["/api/auth/[...nextauth]"];

/** Route paths as Next names them ("/api/maps/[id]/download"), sorted. */
export function routePaths(): string[] {
  const found: string[] = [];
  const walk = (directory: string) => {
    for (const entry of readdirSync(directory, { withFileTypes: true })) {
      const full = path.join(directory, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === "route.ts")
        found.push(`/api/${path.relative(API_ROOT, directory).split(path.sep).join("/")}`.replace(/\/$/, ""));
    }
  };
  walk(API_ROOT);
  return found.sort();
}

export type RouteModule = Partial<Record<HttpMethod, unknown>>;

export async function loadRoute(routePath: string): Promise<RouteModule> {
  return import(`@/app${routePath}/route`);
}

export const exportedMethods = (module: RouteModule): HttpMethod[] =>
  HTTP_METHODS.filter((method) => module[method] !== undefined);
