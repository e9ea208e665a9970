import type { Metadata } from "next";
import { PageHeader } from "@/components/layout/page-header";
import { ApiReference } from "@/components/api-docs/api-reference";
import { buildOpenApiDocument } from "@/lib/openapi/document";
import { ROUTE_MODULES } from "@/app/api/openapi.json/route-modules";

export const metadata: Metadata = { title: "API reference" };

/** The API reference for scripts and VTT modules, from the same OpenAPI document as /api/openapi.json. */
export default async function ApiDocsPage() {
  const document = await buildOpenApiDocument(ROUTE_MODULES);
  return (
    <>
      <PageHeader
        title="API reference"
        description="Every route of the Arcane Forge API, with its parameters, request body and answers."
      />
      <ApiReference document={document} />
    </>
  );
}
