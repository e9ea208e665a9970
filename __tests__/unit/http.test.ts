import { z } from "zod";
import { AppError, ERROR_STATUS } from "@/lib/http/errors";
import { parseJsonBody, parseSearchParams } from "@/lib/http/parse";
import { errorResponse } from "@/lib/http/respond";

const schema = z.object({ name: z.string().min(1), count: z.coerce.number().int().max(10).optional() });
const post = (body: string, headers: Record<string, string> = {}) =>
  new Request("http://localhost/x", {
    method: "POST",
    body,
    headers: { "content-type": "application/json", ...headers },
  });

describe("errorResponse", () => {
  it("answers every code with its status from the one table and the one shape", async () => {
    for (const [code, status] of Object.entries(ERROR_STATUS)) {
      const response = errorResponse(new AppError(code as keyof typeof ERROR_STATUS, `about ${code}`));
      expect(response.status).toBe(status);
      expect(await response.json()).toEqual({ error: { code, message: `about ${code}` } });
    }
  });

  it("sends Retry-After for rate limits and details when given", async () => {
    const response = errorResponse(
      new AppError("RATE_LIMITED", "slow down", { retryAfterSeconds: 12.2, details: { a: 1 } }),
    );
    expect(response.headers.get("retry-after")).toBe("13");
    expect((await response.json()).error.details).toEqual({ a: 1 });
  });

  it("turns unexpected errors into a generic 500 without their message", async () => {
    const spy = jest.spyOn(console, "error").mockImplementation(() => {});
    const response = errorResponse(new Error("password=hunter2"));
    const body = await response.json();
    expect(response.status).toBe(500);
    expect(body.error.code).toBe("INTERNAL");
    expect(JSON.stringify(body)).not.toContain("hunter2");
    spy.mockRestore();
  });
});

describe("parseJsonBody", () => {
  it("returns the validated value", async () => {
    await expect(parseJsonBody(post('{"name":"Ash","count":"3"}'), schema)).resolves.toEqual({ name: "Ash", count: 3 });
  });

  it("reports each invalid field with its path", async () => {
    const error = await parseJsonBody(post('{"name":"","count":99}'), schema).catch((e) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error.status).toBe(400);
    expect(error.details.issues.map((issue: { path: string }) => issue.path)).toEqual(["name", "count"]);
  });

  it("refuses malformed JSON and an empty body with 400", async () => {
    await expect(parseJsonBody(post("{"), schema)).rejects.toMatchObject({ code: "VALIDATION" });
    await expect(parseJsonBody(post(""), schema)).rejects.toMatchObject({ code: "VALIDATION" });
  });

  it("refuses a body over the limit with 413, by header or by bytes read", async () => {
    const big = JSON.stringify({ name: "x".repeat(2000) });
    await expect(parseJsonBody(post(big), schema, 1000)).rejects.toMatchObject({ code: "TOO_LARGE" });
    const lying = new Request("http://localhost/x", { method: "POST", body: big, headers: { "content-length": "10" } });
    await expect(parseJsonBody(lying, schema, 1000)).rejects.toMatchObject({ code: "TOO_LARGE" });
  });
});

describe("parseSearchParams", () => {
  it("validates query parameters, keeping repeated keys as arrays", () => {
    const tags = z.object({ tag: z.array(z.string()) });
    expect(parseSearchParams("http://localhost/x?tag=a&tag=b", tags)).toEqual({ tag: ["a", "b"] });
    expect(() => parseSearchParams("http://localhost/x?count=abc", schema)).toThrow(AppError);
  });
});
