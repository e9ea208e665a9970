import { downloadImage } from "@/lib/providers/image-download";
import {
  abortAfter,
  allowFakeProviders,
  providerErrorFrom,
  samplePng,
  startFakeOpenAI,
  type FakeOpenAI,
} from "../support/fake-providers";

const context = { provider: "Test", secrets: [] };
let fake: FakeOpenAI;
let undoAllowance: (() => void) | undefined;
/** The fake (on 127.0.0.1) as an operator-allowed host, for this test only. */
const allowTheFake = () => void (undoAllowance = allowFakeProviders());

beforeAll(async () => {
  fake = await startFakeOpenAI();
});
afterEach(() => {
  fake.reset();
  undoAllowance?.();
});
afterAll(() => fake.close());

describe("downloadImage", () => {
  it("fetches the bytes and mime type when private URLs are allowed", async () => {
    allowTheFake();
    const picture = await downloadImage(`${fake.origin}/files/a.png`, abortAfter(5000), context);
    expect(picture.bytes.equals(fake.imageBytes)).toBe(true);
    expect(picture.mimeType).toBe("image/png");
  });

  it("refuses an image URL on a private or metadata address by default", async () => {
    for (const url of [`${fake.origin}/files/a.png`, "http://169.254.169.254/latest/meta-data/"]) {
      const error = await providerErrorFrom(downloadImage(url, abortAfter(5000), context));
      expect(error.kind).toBe("BAD_REQUEST");
    }
    expect(fake.requests).toHaveLength(0);
  });

  it("caps the size while reading", async () => {
    allowTheFake();
    fake.imageBytes = await samplePng(256, 256);
    const error = await providerErrorFrom(
      downloadImage(`${fake.origin}/files/big.png`, abortAfter(5000), context, 100),
    );
    expect(error.kind).toBe("INVALID_RESPONSE");
    expect(error.message).toMatch(/larger than/);
  });

  it("refuses a URL that serves something other than an image", async () => {
    allowTheFake();
    fake.override("/files/page", { headers: { "content-type": "text/html" }, body: "<html>login</html>" });
    const error = await providerErrorFrom(downloadImage(`${fake.origin}/files/page.png`, abortAfter(5000), context));
    expect(error.kind).toBe("INVALID_RESPONSE");
  });

  it("refuses a redirect to a metadata address even though the fake's own host is allowed", async () => {
    allowTheFake();
    fake.override("/files/metadata", {
      status: 302,
      headers: { location: "http://169.254.169.254/latest/meta-data/" },
    });
    const error = await providerErrorFrom(
      downloadImage(`${fake.origin}/files/metadata.png`, abortAfter(5000), context),
    );
    expect(error.kind).toBe("BAD_REQUEST");
    expect(error.message).toMatch(/link-local, metadata/);
  });

  it("follows a redirect only after checking the new address", async () => {
    allowTheFake();
    fake.override("/files/moved", { status: 302, headers: { location: "/files/real.png" } });
    const picture = await downloadImage(`${fake.origin}/files/moved.png`, abortAfter(5000), context);
    expect(picture.bytes.length).toBeGreaterThan(0);
    expect(fake.requests.map((request) => request.path)).toEqual(["/files/moved.png", "/files/real.png"]);
  });

  it("decodes data URLs without any request", async () => {
    const bytes = await samplePng(8, 8);
    const picture = await downloadImage(`data:image/png;base64,${bytes.toString("base64")}`, abortAfter(5000), context);
    expect(picture).toEqual({ bytes, mimeType: "image/png" });
  });

  it("stops with TIMEOUT when the signal aborts", async () => {
    allowTheFake();
    fake.delayMs = 2000;
    const error = await providerErrorFrom(downloadImage(`${fake.origin}/files/slow.png`, abortAfter(50), context));
    expect(error.kind).toBe("TIMEOUT");
  });
});
