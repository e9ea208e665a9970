import { contentDisposition, attachment } from "@/lib/http/attachment";
import { isId } from "@/lib/http/id";
import { prismaErrorToAppError } from "@/lib/http/prisma-errors";
import { errorResponse, noContent } from "@/lib/http/respond";

describe("attachment", () => {
  it("sends the bytes with a download disposition and no caching", async () => {
    const response = attachment(new Uint8Array([1, 2, 3]), {
      filename: "pack.zip",
      contentType: "application/zip",
      headers: { "x-count": "3" },
    });
    expect(response.headers.get("content-type")).toBe("application/zip");
    expect(response.headers.get("content-disposition")).toBe(
      "attachment; filename=\"pack.zip\"; filename*=UTF-8''pack.zip",
    );
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    expect(response.headers.get("x-count")).toBe("3");
    expect([...new Uint8Array(await response.arrayBuffer())]).toEqual([1, 2, 3]);
  });

  it.each([
    [
      "Château du Lac v2.png",
      "attachment; filename=\"Ch_teau du Lac v2.png\"; filename*=UTF-8''Ch%C3%A2teau%20du%20Lac%20v2.png",
    ],
    [
      'evil"; filename="x.exe',
      "attachment; filename=\"evil_; filename=_x.exe\"; filename*=UTF-8''evil%22%3B%20filename%3D%22x.exe",
    ],
    [
      "line\r\nbreak's (1).json",
      "attachment; filename=\"line__break's (1).json\"; filename*=UTF-8''line%0D%0Abreak%27s%20%281%29.json",
    ],
    ["龍", "attachment; filename=\"_\"; filename*=UTF-8''%E9%BE%8D"],
  ])("keeps %j inside the header: an ASCII fallback and the UTF-8 name", (filename, expected) => {
    expect(contentDisposition(filename)).toBe(expected);
    expect(() => new Headers({ "content-disposition": contentDisposition(filename) })).not.toThrow();
  });
});

describe("noContent", () => {
  it("is an empty 204", async () => {
    const response = noContent();
    expect(response.status).toBe(204);
    expect(await response.text()).toBe("");
  });
});

describe("isId", () => {
  it.each([
    ["7b0f8c1e-3c1a-4d7e-9a51-2f4f6a0b1c01", true],
    ["7B0F8C1E-3C1A-4D7E-9A51-2F4F6A0B1C01", true],
    ["------------------------------------", false],
    ["7b0f8c1e3c1a4d7e9a512f4f6a0b1c01", false],
    ["personal", false],
    [42, false],
  ])("%j → %s", (value, expected) => expect(isId(value)).toBe(expected));
});

describe("prismaErrorToAppError", () => {
  const driver = (sqlState: string) => ({
    code: "P2010",
    meta: { driverAdapterError: { cause: { originalCode: sqlState } } },
  });
  const cases: [unknown, number][] = [
    [{ code: "P2002", meta: { target: ["assetId", "version"] } }, 409],
    [driver("23505"), 409],
    [{ code: "P2025" }, 404],
    ...["P2000", "P2006", "P2007", "P2009", "P2023"].map((code): [unknown, number] => [{ code }, 400]),
    ...["22P02", "22001", "22007", "22008", "22021"].map((state): [unknown, number] => [driver(state), 400]),
  ];
  it.each(cases)("%j → %i, never a 500", (error, status) => {
    expect(prismaErrorToAppError(error)?.status).toBe(status);
    expect(errorResponse(error).status).toBe(status);
  });

  it("leaves other errors alone (they stay a logged 500)", () => {
    expect(prismaErrorToAppError({ code: "P1001" })).toBeUndefined();
    expect(prismaErrorToAppError(driver("40001"))).toBeUndefined();
    expect(prismaErrorToAppError(new Error("boom"))).toBeUndefined();
    expect(prismaErrorToAppError(null)).toBeUndefined();
  });
});
