import { assertPublicBaseUrl, isBlockedAddress } from "@/lib/providers/base-url-guard";
import { providerErrorFrom } from "../support/fake-providers";

afterEach(() => {
  delete process.env.ALLOW_PRIVATE_PROVIDER_URLS;
});

describe("assertPublicBaseUrl", () => {
  const refused = [
    "http://127.0.0.1:11434",
    "http://10.0.0.1/v1",
    "http://169.254.169.254/latest/meta-data/",
    "http://[::1]:8080/v1",
    "http://localhost:11434", // a name that resolves to loopback
    "http://172.16.5.4/v1",
    "http://192.168.1.10/v1",
    "http://100.64.0.1/v1",
    "http://0.0.0.0/v1",
    "http://[fe80::1]/v1",
    "http://[fd00::1]/v1",
    "http://[::ffff:127.0.0.1]/v1",
  ];

  it.each(refused)("refuses %s", async (url) => {
    const error = await providerErrorFrom(assertPublicBaseUrl(url));
    expect(error.kind).toBe("BAD_REQUEST");
    expect(error.message).toMatch(/private, loopback or link-local/);
  });

  it.each(["ftp://example.com/v1", "file:///etc/passwd", "gopher://example.com"])(
    "refuses the scheme of %s",
    async (url) => {
      const error = await providerErrorFrom(assertPublicBaseUrl(url));
      expect(error.kind).toBe("BAD_REQUEST");
      expect(error.message).toMatch(/Only http and https/);
    },
  );

  it("refuses what is not a URL, and URLs with credentials", async () => {
    await expect(assertPublicBaseUrl("not a url")).rejects.toMatchObject({ kind: "BAD_REQUEST" });
    await expect(assertPublicBaseUrl("https://user:pass@example.com/v1")).rejects.toMatchObject({
      kind: "BAD_REQUEST",
    });
  });

  it("allows public addresses", async () => {
    await expect(assertPublicBaseUrl("https://93.184.215.14/v1")).resolves.toBeInstanceOf(URL);
    await expect(assertPublicBaseUrl("http://[2606:4700::1111]/v1")).resolves.toBeInstanceOf(URL);
  });

  it("allows private addresses when the operator switches it on, but never other schemes", async () => {
    process.env.ALLOW_PRIVATE_PROVIDER_URLS = "true";
    for (const url of refused) await expect(assertPublicBaseUrl(url)).resolves.toBeInstanceOf(URL);
    await expect(assertPublicBaseUrl("ftp://127.0.0.1/")).rejects.toMatchObject({ kind: "BAD_REQUEST" });
  });

  it("treats only the exact value 'true' as the switch", async () => {
    process.env.ALLOW_PRIVATE_PROVIDER_URLS = "1";
    await expect(assertPublicBaseUrl("http://127.0.0.1/")).rejects.toMatchObject({ kind: "BAD_REQUEST" });
  });
});

describe("isBlockedAddress", () => {
  it("judges IPv4, IPv6 and IPv4-mapped IPv6", () => {
    expect(isBlockedAddress("8.8.8.8")).toBe(false);
    expect(isBlockedAddress("172.32.0.1")).toBe(false); // just outside 172.16/12
    expect(isBlockedAddress("100.128.0.1")).toBe(false); // just outside 100.64/10
    expect(isBlockedAddress("172.31.255.255")).toBe(true);
    expect(isBlockedAddress("::ffff:7f00:1")).toBe(true);
    expect(isBlockedAddress("::ffff:8.8.8.8")).toBe(false);
    expect(isBlockedAddress("::")).toBe(true);
    expect(isBlockedAddress("nonsense")).toBe(true);
  });
});
