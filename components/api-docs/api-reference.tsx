import type { OpenApiDocument, Operation } from "@/lib/openapi/types";

/**
 * The API reference, rendered on the server from the OpenAPI document (no client JavaScript):
 * operations grouped by area, each with who may call it, its parameters, body and responses;
 * schemas fold open on demand.
 */
export function ApiReference({ document }: { document: OpenApiDocument }) {
  const operations = Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]) => ({
      path,
      method: method.toUpperCase(),
      operation: operation as Operation,
    })),
  );
  const groups = new Map<string, typeof operations>();
  for (const entry of operations)
    groups.set(entry.operation.tags[0], [...(groups.get(entry.operation.tags[0]) ?? []), entry]);
  return (
    <div className="flex flex-col gap-8">
      <p className="max-w-3xl text-sm text-fg-muted">
        {document.info.description} The machine-readable document is at{" "}
        <a href="/api/openapi.json" className="font-mono">
          /api/openapi.json
        </a>{" "}
        (OpenAPI {document.openapi}); {operations.length} operations.
      </p>
      <nav aria-label="API areas" className="flex flex-wrap gap-2 text-sm">
        {[...groups.keys()].map((tag) => (
          <a
            key={tag}
            href={`#area-${tag.replace(/\W+/g, "-")}`}
            className="rounded-md border border-line-strong px-2 py-1 no-underline"
          >
            {tag}
          </a>
        ))}
      </nav>
      {[...groups].map(([tag, entries]) => (
        <section key={tag} id={`area-${tag.replace(/\W+/g, "-")}`} aria-label={tag} className="flex flex-col gap-3">
          <h2 className="text-xl font-semibold text-ink-50">{tag}</h2>
          {entries.map(({ path, method, operation }) => (
            <OperationCard key={`${method} ${path}`} path={path} method={method} operation={operation} />
          ))}
        </section>
      ))}
    </div>
  );
}

function OperationCard({ path, method, operation }: { path: string; method: string; operation: Operation }) {
  const body = operation.requestBody && Object.entries(operation.requestBody.content)[0];
  return (
    <article className="rounded-lg border border-line-strong bg-surface-raised p-4 text-sm" data-testid="api-operation">
      <h3 className="flex flex-wrap items-baseline gap-2 font-mono">
        <span className="rounded bg-ink-700 px-1.5 py-0.5 text-xs font-semibold text-ink-50">{method}</span>
        <span className="break-all text-ink-50">{path}</span>
      </h3>
      <p className="mt-1 text-fg-muted">
        {operation.summary}
        {operation.security.length === 0 ? " · no sign-in needed" : " · session or API token"}
      </p>
      {operation.parameters.length > 0 && (
        <ul className="mt-2 flex flex-col gap-0.5 text-xs">
          {operation.parameters.map((parameter) => (
            <li key={`${parameter.in}-${parameter.name}`}>
              <code>{parameter.name}</code>{" "}
              <span className="text-fg-subtle">
                ({parameter.in}
                {parameter.required ? ", required" : ""})
              </span>
            </li>
          ))}
        </ul>
      )}
      {body && <SchemaBlock title={`Request body (${body[0]})`} schema={body[1].schema} />}
      {Object.entries(operation.responses).map(([status, response]) => {
        const [contentType, content] = Object.entries(response.content ?? {})[0] ?? [];
        return status.startsWith("2") ? (
          content && contentType === "application/json" && !("$ref" in content.schema) ? (
            <SchemaBlock key={status} title={`${status}: ${response.description}`} schema={content.schema} />
          ) : (
            <p key={status} className="mt-2 text-xs text-fg-muted">
              {status}: {response.description}
              {contentType ? ` (${Object.keys(response.content ?? {}).join(", ")})` : ""}
            </p>
          )
        ) : null;
      })}
    </article>
  );
}

function SchemaBlock({ title, schema }: { title: string; schema: unknown }) {
  return (
    <details className="mt-2">
      <summary className="cursor-pointer text-xs text-fg-muted">{title}</summary>
      <pre className="mt-1 max-h-96 overflow-auto rounded bg-ink-900 p-2 text-[11px] leading-snug">
        {JSON.stringify(schema, null, 2)}
      </pre>
    </details>
  );
}
