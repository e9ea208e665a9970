import { json } from "@/lib/http/respond";
import { route } from "@/lib/http/route";
import { buildOpenApiDocument } from "@/lib/openapi/document";
import { ROUTE_MODULES } from "./route-modules";

let cached: Promise<unknown> | null = null;

/** The OpenAPI 3.1 document of the API (public: it describes, it serves no data). Built once per process. */
export const GET = route({ auth: "none" }, async () => {
  cached ??= buildOpenApiDocument(ROUTE_MODULES);
  return json(await cached, { headers: { "cache-control": "public, max-age=300" } });
});
