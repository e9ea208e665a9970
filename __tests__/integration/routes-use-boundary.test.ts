// Every exported handler of every app/api route is made by the route boundary (lib/http/route.ts),
// so every route checks the session, validates its input with zod and answers the one error shape.
import { ROUTE_BOUNDARY } from "@/lib/http/route";
import { BOUNDARY_EXEMPT, exportedMethods, loadRoute, routePaths } from "../support/route-modules";

const routes = routePaths().filter((routePath) => !BOUNDARY_EXEMPT.includes(routePath));

test("finds the route files (the walk itself works)", () => {
  expect(routes.length).toBeGreaterThan(50);
  expect(routes).toContain("/api/images/[id]/file");
});

test.each(routes)("%s: every exported method is made by route()", async (routePath) => {
  const routeModule = await loadRoute(routePath);
  const methods = exportedMethods(routeModule);
  expect(methods.length).toBeGreaterThan(0);
  const notOnBoundary = methods.filter(
    (method) => !(typeof routeModule[method] === "function" && ROUTE_BOUNDARY in (routeModule[method] as object)),
  );
  expect(notOnBoundary).toEqual([]);
});
