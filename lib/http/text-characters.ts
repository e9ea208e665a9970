import { AppError } from "./errors";

/**
 * Characters no request text may hold: NUL (PostgreSQL text cannot store it), the other C0 controls
 * except tab, line feed and carriage return, U+FFFE/U+FFFF and unpaired surrogates. None of them is
 * legal in XML, and names end up inside SVG (the built-in portraits, tokens, map pictures), where one
 * such character makes the whole picture fail to render.
 */
const ILLEGAL_TEXT =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export const hasIllegalTextCharacters = (text: string) => ILLEGAL_TEXT.test(text);

/** `text` without the characters above: for names that come from outside a request's fields (file names). */
export const withoutIllegalTextCharacters = (text: string) => text.replace(new RegExp(ILLEGAL_TEXT.source, "g"), "");

/**
 * Refuses such a character anywhere in a request's strings (body, query, path, form fields) as a
 * 400 at the boundary, before a schema, a query or a renderer could turn it into a 500. Walks plain
 * objects and arrays; files are skipped.
 */
export function assertLegalText(value: unknown, path: string[] = [], depth = 0): void {
  if (typeof value === "string") {
    if (hasIllegalTextCharacters(value)) throw refused(path);
    return;
  }
  if (depth > 64 || typeof value !== "object" || value === null || value instanceof Blob) return;
  if (Array.isArray(value)) {
    value.forEach((item, index) => assertLegalText(item, [...path, String(index)], depth + 1));
    return;
  }
  for (const [key, item] of Object.entries(value)) {
    if (hasIllegalTextCharacters(key)) throw refused(path);
    assertLegalText(item, [...path, key], depth + 1);
  }
}

const refused = (path: string[]) =>
  new AppError("VALIDATION", "The request is not valid", {
    details: { issues: [{ path: path.join("."), message: "Text may not contain control characters" }] },
  });
