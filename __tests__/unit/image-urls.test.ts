import { imageFileUrl } from "@/lib/images/urls";

describe("imageFileUrl", () => {
  test("the original through the image route", () => {
    expect(imageFileUrl("0b3c2a8e-1111-4222-8333-444455556666")).toBe(
      "/api/images/0b3c2a8e-1111-4222-8333-444455556666/file",
    );
  });

  test("a derivative's query in the route's parameter names, only those given", () => {
    expect(imageFileUrl("abc", { width: 384, height: 384, format: "webp" })).toBe(
      "/api/images/abc/file?width=384&height=384&format=webp",
    );
    expect(imageFileUrl("abc", { width: 160, format: "webp" })).toBe("/api/images/abc/file?width=160&format=webp");
  });

  test("an id never escapes the path segment", () => {
    expect(imageFileUrl("../x?y")).toBe("/api/images/..%2Fx%3Fy/file");
  });
});
