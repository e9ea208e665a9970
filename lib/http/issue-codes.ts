import type { ErrorCode } from "./errors";

/**
 * A zod issue may carry the error code it stands for in its `params` (set by a refinement), so a
 * rule written once in a schema answers the right status: an id that names nothing is a 404, a
 * file over its limit a 413, a file of the wrong type a 415. Other issues are a 400.
 */
export type IssueParams = { errorCode: ErrorCode };

export const PATH_NOT_FOUND: IssueParams = { errorCode: "NOT_FOUND" };
export const TOO_LARGE: IssueParams = { errorCode: "TOO_LARGE" };
export const UNSUPPORTED_MEDIA_TYPE: IssueParams = { errorCode: "UNSUPPORTED_MEDIA_TYPE" };

export function issueErrorCode(issue: { code: string; params?: unknown }): ErrorCode | undefined {
  if (issue.code !== "custom" || typeof issue.params !== "object" || issue.params === null) return undefined;
  const code = (issue.params as Partial<IssueParams>).errorCode;
  return typeof code === "string" ? code : undefined;
}
