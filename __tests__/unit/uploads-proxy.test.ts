import { unstable_doesMiddlewareMatch } from "next/experimental/testing/server";
import { NextRequest } from "next/server";
import { config, isUploadsPath, proxy, RETURN_TO_HEADER } from "@/proxy";

const BASE = "http://localhost:3000";

// Next's router tries the matcher on the raw and on the percent-decoded path (resolve-routes.js).
function proxyRunsFor(path: string): boolean {
  const decoded = decodeURIComponent(path);
  return [path, decoded].some((candidate) => unstable_doesMiddlewareMatch({ config, url: `${BASE}${candidate}` }));
}

describe("proxy: direct /uploads requests", () => {
  it.each([
    "/uploads/x.png",
    "/uploads/generated/2b1e4c52-8f3a-4c1d-9e6b-0a7d5f3c2e11/a_1_0_abc.png",
    "/uploads",
    "/uploads/",
    "/uploads%2Fgenerated%2Fx.png",
    "/%75ploads/x.png",
  ])("answers %s with a 404 in the one error shape", async (path) => {
    expect(proxyRunsFor(path)).toBe(true);
    const response = proxy(new NextRequest(`${BASE}${path}`));
    expect(response.status).toBe(404);
    expect(response.headers.get("content-type")).toBe("application/json");
    expect(await response.json()).toEqual({ error: { code: "NOT_FOUND", message: expect.any(String) } });
  });

  it.each(["/api/images/2b1e4c52-8f3a-4c1d-9e6b-0a7d5f3c2e11/file", "/_next/static/chunks/main.js"])(
    "does not run for %s",
    (path) => {
      expect(proxyRunsFor(path)).toBe(false);
      expect(isUploadsPath(path)).toBe(false);
    },
  );

  it.each(["/uploadsx/a.png", "/gallery", "/", "/campaigns?join=ABCD2345"])(
    "passes %s on with its path and query for the way back after sign-in",
    (path) => {
      expect(proxyRunsFor(path.split("?")[0])).toBe(true);
      expect(isUploadsPath(path)).toBe(false);
      const response = proxy(
        new NextRequest(`${BASE}${path}`, { headers: { [RETURN_TO_HEADER]: "https://evil.example/" } }),
      );
      expect(response.headers.get("x-middleware-next")).toBe("1");
      // Next forwards overridden request headers as x-middleware-request-<name>; a client's own value is replaced.
      expect(response.headers.get(`x-middleware-request-${RETURN_TO_HEADER}`)).toBe(path);
    },
  );

  it("refuses a path that cannot be percent-decoded without throwing", () => {
    expect(isUploadsPath("/uploads/%E0%A4%A.png")).toBe(true);
  });
});
