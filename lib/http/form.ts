import { z, type ZodType } from "zod";
import { AppError } from "./errors";
import { TOO_LARGE, UNSUPPORTED_MEDIA_TYPE } from "./issue-codes";

/** A multipart body declared for the route boundary: its fields go through `schema` like JSON does. */
export type FormBody<T> = { kind: "form"; schema: ZodType<T>; limitBytes: number };

/**
 * Declares a multipart/form-data body. `limitBytes` bounds the whole body (by Content-Length before
 * anything is read, and by counting bytes while reading, so a chunked body cannot go past it);
 * each file field states its own limit with `fileField`.
 */
export const form = <T>(schema: ZodType<T>, options: { limitBytes: number }): FormBody<T> => ({
  kind: "form",
  schema,
  limitBytes: options.limitBytes,
});

export const isFormBody = (value: unknown): value is FormBody<unknown> =>
  typeof value === "object" && value !== null && (value as { kind?: unknown }).kind === "form";

const isFile = (value: unknown): value is File =>
  typeof value === "object" &&
  value !== null &&
  typeof (value as Blob).arrayBuffer === "function" &&
  typeof (value as Blob).size === "number";

/** A file field: present, at most `maxBytes` (413 otherwise), of one of `types` when given (415 otherwise). */
export function fileField(options: { maxBytes: number; types?: readonly string[]; label?: string }) {
  const label = options.label ?? "file";
  return z
    .custom<File>(isFile, { error: `Attach the ${label} in this field` })
    .refine((file) => file.size <= options.maxBytes, {
      error: `The ${label} is larger than ${formatBytes(options.maxBytes)}`,
      params: TOO_LARGE,
      abort: true,
    })
    .refine((file) => !options.types || options.types.includes(file.type), {
      error: `The ${label} must be one of: ${options.types?.join(", ")}`,
      params: UNSUPPORTED_MEDIA_TYPE,
    });
}

/** Reads a multipart body into a plain object (a repeated field becomes an array) and validates it. */
export async function readForm(
  request: Request,
  limitBytes: number,
): Promise<Record<string, FormDataEntryValue | FormDataEntryValue[]>> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > limitBytes)
    throw new AppError("TOO_LARGE", `The request body is larger than ${formatBytes(limitBytes)}`);
  if (!(request.headers.get("content-type") ?? "").startsWith("multipart/form-data")) {
    throw new AppError("UNSUPPORTED_MEDIA_TYPE", "Send this request as multipart/form-data");
  }
  const limited = countedBody(request, limitBytes);
  let data: FormData;
  try {
    // Request.formData() reads the whole body before parsing; reading it through the counter
    // stops at the limit instead of after it, whatever the client declared (or did not).
    data = await new Response(limited.body, {
      headers: { "content-type": request.headers.get("content-type") ?? "" },
    }).formData();
  } catch {
    if (limited.exceeded())
      throw new AppError("TOO_LARGE", `The request body is larger than ${formatBytes(limitBytes)}`);
    throw new AppError("VALIDATION", "The request is not valid multipart form data");
  }
  const fields: Record<string, FormDataEntryValue | FormDataEntryValue[]> = {};
  for (const key of new Set(data.keys())) {
    const values = data.getAll(key);
    fields[key] = values.length > 1 ? values : values[0];
  }
  return fields;
}

/** The request's body as a stream that fails once more than `limitBytes` have come through. */
function countedBody(
  request: Request,
  limitBytes: number,
): { body: ReadableStream<Uint8Array> | null; exceeded: () => boolean } {
  let seen = 0;
  let over = false;
  const body = request.body?.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        seen += chunk.byteLength;
        if (seen > limitBytes) {
          over = true;
          controller.error(new Error("body over its limit"));
          return;
        }
        controller.enqueue(chunk);
      },
    }),
  );
  return { body: body ?? null, exceeded: () => over };
}

const formatBytes = (bytes: number) =>
  bytes >= 1024 * 1024 ? `${Math.round(bytes / 1024 / 1024)} MB` : `${Math.round(bytes / 1024)} KB`;
