import { AppError } from "@/lib/http/errors";
import { assertSafeWrite } from "@/lib/http/same-origin";

const request = (method: string, headers: Record<string, string>, url = "http://app.example/api/x") =>
  new Request(url, { method, headers });

/** The error code assertSafeWrite throws, or "allowed". */
function verdict(req: Request, cookieBorne = true): string {
  try {
    assertSafeWrite(req, { cookieBorne });
    return "allowed";
  } catch (error) {
    if (error instanceof AppError) return `${error.status} ${error.code}`;
    throw error;
  }
}

const env = { ...process.env };
afterEach(() => {
  process.env.NEXTAUTH_URL = env.NEXTAUTH_URL;
  process.env.TRUST_PROXY = env.TRUST_PROXY;
  if (env.NEXTAUTH_URL === undefined) delete process.env.NEXTAUTH_URL;
});

describe("assertSafeWrite: content type", () => {
  const sameOrigin = { origin: "http://app.example" };
  test.each([
    ["application/json", "allowed"],
    ["application/json; charset=utf-8", "allowed"],
    ["application/merge-patch+json", "allowed"],
    ["multipart/form-data; boundary=x", "allowed"],
    ["text/plain", "415 UNSUPPORTED_MEDIA_TYPE"],
    ["text/plain;charset=UTF-8", "415 UNSUPPORTED_MEDIA_TYPE"],
    ["application/x-www-form-urlencoded", "415 UNSUPPORTED_MEDIA_TYPE"],
  ])("%s → %s", (type, expected) => {
    expect(verdict(request("POST", { ...sameOrigin, "content-type": type }))).toBe(expected);
  });

  test("a body without a type is refused; no body needs no type", () => {
    expect(verdict(request("POST", { ...sameOrigin, "content-length": "12" }))).toBe("415 UNSUPPORTED_MEDIA_TYPE");
    expect(verdict(request("PATCH", { ...sameOrigin, "transfer-encoding": "chunked" }))).toBe(
      "415 UNSUPPORTED_MEDIA_TYPE",
    );
    expect(verdict(request("DELETE", sameOrigin))).toBe("allowed");
    expect(verdict(request("POST", { ...sameOrigin, "content-length": "0" }))).toBe("allowed");
  });

  test("a bearer request (not cookie-borne) still needs a proper type, but no origin", () => {
    expect(verdict(request("POST", { "content-type": "text/plain" }), false)).toBe("415 UNSUPPORTED_MEDIA_TYPE");
    expect(verdict(request("POST", { "content-type": "application/json" }), false)).toBe("allowed");
  });

  test("reads (GET, HEAD, OPTIONS) are never checked", () => {
    for (const method of ["GET", "HEAD", "OPTIONS"])
      expect(verdict(request(method, { origin: "https://evil.example", "content-type": "text/plain" }))).toBe(
        "allowed",
      );
  });
});

describe("assertSafeWrite: origin", () => {
  const json = { "content-type": "application/json" };
  test.each([
    ["the request's own host", { origin: "http://app.example" }, "allowed"],
    ["another site", { origin: "https://evil.example" }, "403 FORBIDDEN"],
    ["a sibling subdomain", { origin: "http://evil.app.example" }, "403 FORBIDDEN"],
    ["another port of the same host", { origin: "http://app.example:8080" }, "403 FORBIDDEN"],
    ["the opaque origin of a sandboxed page", { origin: "null" }, "403 FORBIDDEN"],
    ["no Origin, Sec-Fetch-Site same-origin", { "sec-fetch-site": "same-origin" }, "allowed"],
    ["no Origin, Sec-Fetch-Site none (typed by the user)", { "sec-fetch-site": "none" }, "allowed"],
    ["no Origin, Sec-Fetch-Site same-site", { "sec-fetch-site": "same-site" }, "403 FORBIDDEN"],
    ["no Origin, Sec-Fetch-Site cross-site", { "sec-fetch-site": "cross-site" }, "403 FORBIDDEN"],
    ["neither header", {}, "403 FORBIDDEN"],
    [
      "a cross-site Origin beside a same-origin Sec-Fetch-Site",
      { origin: "https://evil.example", "sec-fetch-site": "same-origin" },
      "403 FORBIDDEN",
    ],
  ])("%s", (_label, headers, expected) => {
    expect(verdict(request("POST", { ...json, ...headers }))).toBe(expected);
  });

  test("the Host header names the app (behind a proxy that keeps it)", () => {
    const req = request("DELETE", { host: "forge.example", origin: "https://forge.example" }, "http://10.0.0.5:3000/x");
    expect(verdict(req)).toBe("allowed");
  });

  test("NEXTAUTH_URL names the public origin when the proxy rewrites Host", () => {
    process.env.NEXTAUTH_URL = "https://forge.example";
    const req = (origin: string) => request("DELETE", { host: "app:3000", origin }, "http://app:3000/x");
    expect(verdict(req("https://forge.example"))).toBe("allowed");
    expect(verdict(req("http://forge.example"))).toBe("403 FORBIDDEN");
    expect(verdict(req("https://evil.example"))).toBe("403 FORBIDDEN");
  });

  test("X-Forwarded-Host counts only with TRUST_PROXY", () => {
    const req = () =>
      request("DELETE", { host: "app:3000", "x-forwarded-host": "forge.example", origin: "https://forge.example" });
    process.env.TRUST_PROXY = "true";
    expect(verdict(req())).toBe("allowed");
    process.env.TRUST_PROXY = "false";
    expect(verdict(req())).toBe("403 FORBIDDEN");
  });
});
