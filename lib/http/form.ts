import { z, type ZodType } from "zod";
import { AppError } from "./errors";
import { TOO_LARGE, UNSUPPORTED_MEDIA_TYPE } from "./issue-codes";

/** A multipart body declared for the route boundary: its fields go through `schema` like JSON does. */
export type FormBody<T> = { kind: "form"; schema: ZodType<T>; limitBytes: number };

/**
 * Declares a multipart/form-data body. `limitBytes` bounds the whole body (by Content-Length,
 * before anything is buffered); each file field states its own limit with `fileField`.
 */
export const form = <T>(schema: ZodType<T>, options: { limitBytes: number }): FormBody<T> => ({ kind: "form", schema, limitBytes: options.limitBytes });

export const isFormBody = (value: unknown): value is FormBody<unknown> =>
  typeof value === "object" && value !== null && (value as { kind?: unknown }).kind === "form";

const isFile = (value: unknown): value is File =>
  typeof value === "object" && value !== null && typeof (value as Blob).arrayBuffer === "function" && typeof (value as Blob).size === "number";

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
export async function readForm(request: Request, limitBytes: number): Promise<Record<string, FormDataEntryValue | FormDataEntryValue[]>> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > limitBytes) throw new AppError("TOO_LARGE", `The request body is larger than ${formatBytes(limitBytes)}`);
  if (!(request.headers.get("content-type") ?? "").startsWith("multipart/form-data")) {
    throw new AppError("UNSUPPORTED_MEDIA_TYPE", "Send this request as multipart/form-data");
  }
  let data: FormData;
  try {
    data = await request.formData();
  } catch {
    throw new AppError("VALIDATION", "The request is not valid multipart form data");
  }
  const fields: Record<string, FormDataEntryValue | FormDataEntryValue[]> = {};
  for (const key of new Set(data.keys())) {
    const values = data.getAll(key);
    fields[key] = values.length > 1 ? values : values[0];
  }
  return fields;
}

const formatBytes = (bytes: number) => (bytes >= 1024 * 1024 ? `${Math.round(bytes / 1024 / 1024)} MB` : `${Math.round(bytes / 1024)} KB`);
