import type { ZodError } from "zod";

export type FieldIssue = { path: string; message: string };

/** Flattens zod issues to `{ path: "options.n", message }` pairs a form can show next to its fields. */
export function zodIssuesToDetails(error: ZodError): { issues: FieldIssue[] } {
  return {
    issues: error.issues.map((issue) => ({
      path: issue.path.map(String).join("."),
      message: issue.message,
    })),
  };
}
