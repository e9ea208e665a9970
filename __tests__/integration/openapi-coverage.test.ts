// The OpenAPI document covers the whole API: every route file on disk and each method it exports
// is an operation with its path and query parameters, its request body when the route reads one,
// and a success response with a schema (JSON) or a content type (files); the document is served
// at /api/openapi.json without a session and is valid OpenAPI 3.1 in shape.
import { callRoute } from "../support/call-route";
import { BOUNDARY_EXEMPT, exportedMethods, loadRoute, routePaths } from "../support/route-modules";
import { ROUTE_BOUNDARY, type RouteDeclaration } from "@/lib/http/route";
import { buildOpenApiDocument, openApiPath, type OpenApiDocument } from "@/lib/openapi/document";
import { ROUTE_MODULES } from "@/app/api/openapi.json/route-modules";
import { GET as openapi } from "@/app/api/openapi.json/route";

let document: OpenApiDocument;
beforeAll(async () => {
  document = await buildOpenApiDocument(ROUTE_MODULES);
}, 60_000);

const onDisk = () => routePaths().filter((path) => !BOUNDARY_EXEMPT.includes(path));

test("every route file is in the document's module table, and nothing else", () => {
  expect(Object.keys(ROUTE_MODULES).sort()).toEqual(onDisk());
});

test("every route file's operations are in the document with their request and response schemas", async () => {
  const missing: string[] = [];
  for (const routePath of onDisk()) {
    const routeModule = await loadRoute(routePath);
    for (const method of exportedMethods(routeModule)) {
      const name = `${method} ${routePath}`;
      const operation = document.paths[openApiPath(routePath)]?.[method.toLowerCase() as "get"];
      if (!operation) {
        missing.push(`${name}: no operation`);
        continue;
      }
      const declaration = (routeModule[method] as { [ROUTE_BOUNDARY]: RouteDeclaration })[ROUTE_BOUNDARY];
      if (declaration.body && !operation.requestBody) missing.push(`${name}: no request body`);
      if (!declaration.body && operation.requestBody) missing.push(`${name}: a request body it never reads`);
      const pathNames = [...routePath.matchAll(/\[([^\]]+)\]/g)].map((match) => match[1]);
      const documented = operation.parameters
        .filter((parameter) => parameter.in === "path")
        .map((parameter) => parameter.name);
      if (pathNames.join() !== documented.join())
        missing.push(`${name}: path parameters ${documented.join()} for ${pathNames.join()}`);
      if (declaration.query && !operation.parameters.some((parameter) => parameter.in === "query"))
        missing.push(`${name}: no query parameters`);
      const success = Object.entries(operation.responses).filter(([status]) => status.startsWith("2"));
      if (success.length === 0) missing.push(`${name}: no success response`);
      for (const [status, response] of success) {
        if (status === "204") continue;
        const contents = Object.values(response.content ?? {});
        if (
          contents.length === 0 ||
          contents.some((content) => !content.schema || Object.keys(content.schema).length === 0)
        )
          missing.push(`${name}: ${status} without a schema`);
      }
      if (declaration.auth !== "none" && !operation.responses["401"]) missing.push(`${name}: no 401`);
    }
  }
  expect(missing).toEqual([]);
});

test("request and response schemas are the zod contracts' (spot checks)", () => {
  const map = document.paths["/api/generate/map"].post!;
  const body = map.requestBody!.content["application/json"].schema as { properties: Record<string, unknown> };
  expect(Object.keys(body.properties)).toEqual(
    expect.arrayContaining(["campaign_id", "location_description", "map_type", "difficulty", "width", "height"]),
  );
  const created = map.responses["201"].content!["application/json"].schema as {
    properties: Record<string, { properties?: Record<string, unknown> }>;
  };
  expect(Object.keys(created.properties.map.properties!)).toEqual(
    expect.arrayContaining(["id", "name", "type", "width", "height", "image_url", "scene_data"]),
  );
  const npc = document.paths["/api/campaigns/{id}/npcs"].post!;
  expect(npc.parameters).toEqual([expect.objectContaining({ name: "id", in: "path", required: true })]);
  const dungeon = document.paths["/api/generate/random/dungeon"].get!;
  expect(dungeon.parameters.map((parameter) => parameter.name)).toEqual(
    expect.arrayContaining(["width", "height", "difficulty", "seed"]),
  );
  const upload = document.paths["/api/gallery/images"].post!;
  expect(Object.keys(upload.requestBody!.content)).toEqual(["multipart/form-data"]);
  expect(document.paths["/api/tokens/{id}"].delete!.responses["204"]).toEqual(
    expect.objectContaining({ description: expect.any(String) }),
  );
});

test("GET /api/openapi.json serves the document without a session", async () => {
  const served = await callRoute(openapi, { path: "/api/openapi.json" });
  expect(served.status).toBe(200);
  expect(served.body).toMatchObject({ openapi: "3.1.0", info: { title: "Arcane Forge API" } });
  expect(Object.keys(served.body.paths)).toEqual(Object.keys(document.paths));
  expect(served.body.components.securitySchemes.bearer).toMatchObject({ type: "http", scheme: "bearer" });
});
