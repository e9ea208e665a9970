import { z, type ZodType } from "zod";
import { ROUTE_BOUNDARY, type RouteDeclaration } from "@/lib/http/route";
import { isFormBody } from "@/lib/http/form";
import { SUCCESS_RESPONSES, type SuccessResponse } from "./responses";
import type { JsonSchema, OpenApiDocument, Operation, Parameter } from "./types";

export type { OpenApiDocument };

/**
 * The OpenAPI 3.1 document of the API, generated from what each route declares to the boundary
 * (its params, query and body zod schemas) and its success responses (lib/openapi/responses.ts),
 * with zod 4's own JSON Schema output (draft 2020-12, the dialect OpenAPI 3.1 uses).
 */

const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
type HttpMethodKey = Lowercase<(typeof METHODS)[number]>;

const jsonSchema = (schema: ZodType, io: "input" | "output"): JsonSchema => {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, {
    io,
    unrepresentable: "any",
    reused: "inline",
    cycles: "ref",
  }) as JsonSchema;
  void _dialect;
  return rest;
};

/** "/api/maps/[id]/download" → "/api/maps/{id}/download" */
export const openApiPath = (routePath: string) => routePath.replace(/\[([^\]]+)\]/g, "{$1}");

function parameters(schema: ZodType | undefined, where: "path" | "query"): Parameter[] {
  if (!schema) return [];
  const object = jsonSchema(schema, "input") as { properties?: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(object.properties ?? {}).map(([name, property]) => ({
    name,
    in: where,
    required: where === "path" || (object.required ?? []).includes(name),
    schema: where === "path" ? { type: "string" } : property,
    ...(typeof property.description === "string" ? { description: property.description } : {}),
  }));
}

function requestBody(body: RouteDeclaration["body"]): Operation["requestBody"] {
  if (!body) return undefined;
  if (isFormBody(body))
    return { required: true, content: { "multipart/form-data": { schema: jsonSchema(body.schema, "input") } } };
  return { required: true, content: { "application/json": { schema: jsonSchema(body, "input") } } };
}

const ERROR_REF = { $ref: "#/components/schemas/Error" };
/** Operations that start image generations, and so answer 429 past the user's waiting limit. */
const STARTS_GENERATIONS = new Set([
  "POST /api/images/generate",
  "POST /api/characters/[id]/portrait/generate",
  "POST /api/campaigns/[id]/portraits/generate-missing",
  "POST /api/generate/token",
  "POST /api/generate/token/batch",
]);
function responses(success: SuccessResponse[], declaration: RouteDeclaration, key: string): Operation["responses"] {
  const out: Operation["responses"] = {};
  for (const response of success) {
    const content =
      "schema" in response
        ? { "application/json": { schema: jsonSchema(response.schema, "output") } }
        : "file" in response
          ? { [response.file]: { schema: { type: "string", format: "binary" } } }
          : undefined;
    const existing = out[String(response.status)];
    if (existing?.content && content) Object.assign(existing.content, content);
    else out[String(response.status)] = { description: response.description, ...(content ? { content } : {}) };
  }
  const errors: Record<string, string> = {
    "400": "The request does not validate (the one error shape, with field issues)",
    "404": "Not found, or not yours to see (the same answer)",
  };
  if (declaration.auth !== "none") errors["401"] = "No session or API token (or a revoked one)";
  if (STARTS_GENERATIONS.has(key))
    errors["429"] =
      "Too many of your generations are waiting to start (GENERATION_MAX_PENDING_PER_USER); nothing was created. Retry-After says when to ask again";
  for (const [status, description] of Object.entries(errors))
    out[status] ??= { description, content: { "application/json": { schema: ERROR_REF } } };
  return out;
}

const ERROR_SCHEMA: JsonSchema = {
  type: "object",
  required: ["error"],
  properties: {
    error: {
      type: "object",
      required: ["code", "message"],
      properties: { code: { type: "string" }, message: { type: "string" }, details: {} },
    },
  },
};

/** Route path → a loader of its module (app/api/openapi.json/route-modules.ts: lib never imports app). */
export type RouteModuleTable = Record<string, () => Promise<Record<string, unknown>>>;

export async function buildOpenApiDocument(routeModules: RouteModuleTable): Promise<OpenApiDocument> {
  const paths: OpenApiDocument["paths"] = {};
  for (const [routePath, load] of Object.entries(routeModules)) {
    const routeModule = await load();
    for (const method of METHODS) {
      const handler = routeModule[method] as { [ROUTE_BOUNDARY]?: RouteDeclaration } | undefined;
      const declaration = handler?.[ROUTE_BOUNDARY];
      if (!declaration) continue;
      const key = `${method} ${routePath}`;
      const success = SUCCESS_RESPONSES[key] ?? [];
      const operation: Operation = {
        operationId: key.replace(/[^A-Za-z0-9]+/g, "_").replace(/^_|_$/g, ""),
        summary: success[0]?.description ?? key,
        tags: [routePath.split("/")[2] === "v1" ? `v1 ${routePath.split("/")[3]}` : routePath.split("/")[2]],
        security: declaration.auth === "none" ? [] : [{ session: [] }, { bearer: [] }],
        parameters: [...parameters(declaration.params, "path"), ...parameters(declaration.query, "query")],
        ...(declaration.body ? { requestBody: requestBody(declaration.body) } : {}),
        responses: responses(success, declaration, key),
      };
      (paths[openApiPath(routePath)] ??= {})[method.toLowerCase() as HttpMethodKey] = operation;
    }
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Arcane Forge API",
      version: "1",
      description:
        "Every route answers errors in one shape. Sign in with a browser session, or send a personal API token (Settings → API tokens) as the header Authorization: Bearer <token>: it acts with exactly your permissions. A write (POST, PUT, PATCH, DELETE) with a body sends it as JSON or multipart (415 otherwise); one authenticated by the session cookie must come from the app's own pages (Origin, or Sec-Fetch-Site, of this site: 403 otherwise), which a token does not need.",
    },
    servers: [{ url: "/" }],
    paths,
    components: {
      securitySchemes: {
        session: { type: "apiKey", in: "cookie", name: "next-auth.session-token" },
        bearer: { type: "http", scheme: "bearer", description: "A personal API token (af_…)" },
      },
      schemas: { Error: ERROR_SCHEMA },
    },
  };
}
