import { z } from "zod";
import { ProviderError, type ProviderAdapter, type ProviderConnection, type TextRequest } from "./types";

/**
 * Models asked for JSON still wrap it in ``` fences, add a sentence before it, or stop halfway.
 * This turns their text into a value the caller's zod schema accepts, or a ProviderError
 * (INVALID_RESPONSE) that says what was wrong without echoing the whole reply.
 */

const FENCED = /```(?:json|JSON)?\s*\n?([\s\S]*?)\n?\s*```/;

/** The JSON text inside a reply: the fenced block if any, else the outermost {...} or [...]. */
export function extractJsonText(reply: string): string {
  const trimmed = reply.trim();
  const fenced = FENCED.exec(trimmed);
  if (fenced) return fenced[1].trim();
  if (trimmed.startsWith("{") || trimmed.startsWith("[")) return trimmed;
  const start = trimmed.search(/[{[]/);
  const end = Math.max(trimmed.lastIndexOf("}"), trimmed.lastIndexOf("]"));
  return start >= 0 && end > start ? trimmed.slice(start, end + 1) : trimmed;
}

export function parseJsonOutput<Schema extends z.ZodType>(
  reply: string,
  schema: Schema,
  what = "The model's reply",
): z.infer<Schema> {
  let value: unknown;
  try {
    value = JSON.parse(extractJsonText(reply));
  } catch {
    throw new ProviderError("INVALID_RESPONSE", `${what} is not valid JSON`);
  }
  const result = schema.safeParse(value);
  if (!result.success) {
    throw new ProviderError(
      "INVALID_RESPONSE",
      `${what} does not have the expected shape: ${z.prettifyError(result.error)}`,
    );
  }
  return result.data;
}

/** Asks an adapter for JSON and validates it: the one way the app gets structured text. */
export async function generateJson<Schema extends z.ZodType>(
  adapter: ProviderAdapter,
  connection: ProviderConnection,
  request: Omit<TextRequest, "json">,
  schema: Schema,
): Promise<z.infer<Schema>> {
  if (!adapter.generateText || !adapter.supportsJson) {
    throw new ProviderError("UNSUPPORTED", `${adapter.label} cannot produce JSON text`);
  }
  return parseJsonOutput(
    await adapter.generateText(connection, { ...request, json: true, jsonSchema: jsonSchemaOf(schema) }),
    schema,
  );
}

/** The schema as JSON Schema, or undefined when zod cannot express it (a transform, say): then plain JSON mode. */
export function jsonSchemaOf(schema: z.ZodType): Record<string, unknown> | undefined {
  try {
    // The $schema dialect line is noise to providers (and some refuse unknown keys).
    const jsonSchema = {
      ...(z.toJSONSchema(schema, { io: "input", unrepresentable: "throw" }) as Record<string, unknown>),
    };
    delete jsonSchema.$schema;
    return jsonSchema;
  } catch {
    return undefined;
  }
}
