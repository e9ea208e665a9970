import dns from "node:dns";
import os, { networkInterfaces } from "node:os";
import { assertPublicBaseUrl, isBlockedAddress } from "@/lib/providers/base-url-guard";
import { cappedFetch } from "@/lib/providers/http";
import { downloadImage } from "@/lib/providers/image-download";
import { abortAfter, providerErrorFrom, startFakeOpenAI, type FakeOpenAI } from "../support/fake-providers";

const saved = {
  hosts: process.env.ALLOWED_PRIVATE_PROVIDER_HOSTS,
  legacy: process.env.ALLOW_PRIVATE_PROVIDER_URLS,
};
let fake: FakeOpenAI;
let port: number;

beforeAll(async () => {
  fake = await startFakeOpenAI();
  port = Number(new URL(fake.origin).port);
});
beforeEach(() => {
  delete process.env.ALLOWED_PRIVATE_PROVIDER_HOSTS;
  delete process.env.ALLOW_PRIVATE_PROVIDER_URLS;
  fake.reset();
});
afterEach(() => jest.restoreAllMocks());
afterAll(async () => {
  await fake.close();
  for (const [name, value] of [
    ["ALLOWED_PRIVATE_PROVIDER_HOSTS", saved.hosts],
    ["ALLOW_PRIVATE_PROVIDER_URLS", saved.legacy],
  ] as const) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
});

describe("isBlockedAddress", () => {
  // One address inside each IANA special-purpose block (IPv4 and IPv6), multicast, and the
  // IPv4-in-IPv6 forms that reach a private address.
  const special = [
    "0.0.0.0",
    "0.1.2.3",
    "10.0.0.1",
    "100.64.0.1",
    "100.127.255.254",
    "127.0.0.1",
    "127.255.255.254",
    "169.254.169.254",
    "172.16.0.1",
    "172.31.255.255",
    "192.0.0.9",
    "192.0.0.170",
    "192.0.2.1",
    "192.31.196.1",
    "192.52.193.1",
    "192.88.99.1",
    "192.168.1.1",
    "192.175.48.1",
    "198.18.0.1",
    "198.19.255.255",
    "198.51.100.7",
    "203.0.113.9",
    "224.0.0.1",
    "239.255.255.250",
    "240.0.0.1",
    "255.255.255.255",
    "::",
    "::1",
    "::ffff:127.0.0.1",
    "::ffff:7f00:1",
    "::ffff:169.254.169.254",
    "::ffff:8.8.8.8", // IPv4-mapped: never a provider's published address
    "::127.0.0.1", // IPv4-compatible (deprecated)
    "::ffff:0:a00:1", // IPv4-translated
    "64:ff9b::7f00:1", // NAT64 of 127.0.0.1
    "64:ff9b::a9fe:a9fe", // NAT64 of 169.254.169.254
    "64:ff9b:1::1", // local-use NAT64
    "100::1", // discard-only
    "2001::1", // Teredo
    "2001:2::1", // benchmarking
    "2001:10::1", // ORCHID
    "2001:20::1", // ORCHIDv2
    "2001:db8::1", // documentation
    "2002:7f00:1::1", // 6to4 of 127.0.0.1
    "2002:808:808::1", // 6to4 of a public address: 6to4 is refused whole
    "2620:4f:8000::1", // AS112
    "3fff::1", // documentation
    "5f00::1", // SRv6 SIDs
    "fc00::1",
    "fd00:ec2::254", // AWS metadata over IPv6
    "fe80::1",
    "fe80::1%eth0",
    "fec0::1", // deprecated site-local
    "ff02::1",
    "nonsense",
    "",
  ];
  it.each(special)("refuses %s", (address) => expect(isBlockedAddress(address)).toBe(true));

  const ordinary = [
    "8.8.8.8",
    "93.184.215.14",
    "172.32.0.1", // just outside 172.16/12
    "100.128.0.1", // just outside 100.64/10
    "192.0.3.1",
    "198.20.0.1", // just outside 198.18/15
    "223.255.255.254",
    "2606:4700::1111",
    "2a00:1450:4001:80b::200e",
    "64:ff9b::808:808", // NAT64 of 8.8.8.8: a DNS64 network's way to reach a public IPv4 host
  ];
  it.each(ordinary)("allows %s", (address) => expect(isBlockedAddress(address)).toBe(false));

  it("refuses every address of this host's own interfaces", () => {
    const own = Object.values(networkInterfaces()).flatMap((entries) => entries ?? []);
    expect(own.length).toBeGreaterThan(0);
    for (const entry of own) expect(isBlockedAddress(entry.address)).toBe(true);
  });

  it("refuses the host's own public addresses too, as they change", () => {
    const now = Date.now();
    const later = (ms: number) => jest.spyOn(Date, "now").mockReturnValue(now + ms);
    const publicInterface = (address: string, family: "IPv4" | "IPv6") =>
      ({ address, family, netmask: "", mac: "", internal: false, cidr: null }) as os.NetworkInterfaceInfo;
    expect(isBlockedAddress("52.1.2.3")).toBe(false);
    jest.spyOn(os, "networkInterfaces").mockReturnValue({
      eth0: [publicInterface("52.1.2.3", "IPv4"), publicInterface("2a05:d018::1", "IPv6")],
    });
    later(60_000); // past the interface cache
    expect(isBlockedAddress("52.1.2.3")).toBe(true);
    expect(isBlockedAddress("2a05:d018::1")).toBe(true);
    expect(isBlockedAddress("52.1.2.4")).toBe(false);
    jest.restoreAllMocks();
    later(120_000);
    expect(isBlockedAddress("52.1.2.3")).toBe(false);
  });
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
    "http://[64:ff9b::a9fe:a9fe]/v1",
    "http://198.18.0.5/v1",
    // Other spellings of 127.0.0.1 and 169.254.169.254 that URL parsing normalises
    "http://2130706433/v1",
    "http://0x7f.0.0.1/v1",
    "http://0177.0.0.1/v1",
    "http://0xa9fea9fe/latest/",
    "http://[::ffff:a9fe:a9fe]/latest/",
  ];

  it.each(refused)("refuses %s", async (url) => {
    const error = await providerErrorFrom(assertPublicBaseUrl(url));
    expect(error.kind).toBe("BAD_REQUEST");
    expect(error.message).toMatch(/special-purpose address|link-local, metadata/);
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
});

describe("ALLOWED_PRIVATE_PROVIDER_HOSTS", () => {
  it("allows exactly the listed host and port", async () => {
    process.env.ALLOWED_PRIVATE_PROVIDER_HOSTS = "127.0.0.1:11434, localhost:8080,[::1]:9000";
    await expect(assertPublicBaseUrl("http://127.0.0.1:11434/api")).resolves.toBeInstanceOf(URL);
    await expect(assertPublicBaseUrl("http://localhost:8080/v1")).resolves.toBeInstanceOf(URL);
    await expect(assertPublicBaseUrl("http://[0:0::1]:9000/v1")).resolves.toBeInstanceOf(URL);
    for (const url of [
      "http://127.0.0.1:11435/api", // another port
      "http://127.0.0.2:11434/api", // another address
      "http://localhost:11434/api", // the name is not the listed literal
      "http://10.0.0.1:11434/api",
      "http://169.254.169.254:11434/",
    ]) {
      await expect(assertPublicBaseUrl(url)).rejects.toMatchObject({ kind: "BAD_REQUEST" });
    }
  });

  it("takes the scheme's port when the URL names none", async () => {
    process.env.ALLOWED_PRIVATE_PROVIDER_HOSTS = "10.1.2.3:443";
    await expect(assertPublicBaseUrl("https://10.1.2.3/v1")).resolves.toBeInstanceOf(URL);
    await expect(assertPublicBaseUrl("http://10.1.2.3/v1")).rejects.toMatchObject({ kind: "BAD_REQUEST" });
  });

  it("lets a listed name reach private addresses but never link-local or metadata ones", async () => {
    process.env.ALLOWED_PRIVATE_PROVIDER_HOSTS = "ollama.lan:11434,metadata.lan:80";
    jest
      .spyOn(dns.promises, "lookup")
      .mockImplementation((async (host: string) =>
        host === "ollama.lan"
          ? [{ address: "192.168.1.20", family: 4 }]
          : [{ address: "169.254.169.254", family: 4 }]) as unknown as typeof dns.promises.lookup);
    await expect(assertPublicBaseUrl("http://ollama.lan:11434")).resolves.toBeInstanceOf(URL);
    const error = await providerErrorFrom(assertPublicBaseUrl("http://metadata.lan"));
    expect(error.message).toMatch(/link-local, metadata/);
  });

  it("ignores entries without a port", async () => {
    jest.spyOn(console, "warn").mockImplementation(() => undefined);
    process.env.ALLOWED_PRIVATE_PROVIDER_HOSTS = "127.0.0.1,::1";
    await expect(assertPublicBaseUrl("http://127.0.0.1/")).rejects.toMatchObject({ kind: "BAD_REQUEST" });
    expect(console.warn).toHaveBeenCalled();
  });

  it("keeps the deprecated ALLOW_PRIVATE_PROVIDER_URLS=true working, except for metadata addresses", async () => {
    jest.spyOn(console, "warn").mockImplementation(() => undefined);
    process.env.ALLOW_PRIVATE_PROVIDER_URLS = "true";
    await expect(assertPublicBaseUrl("http://127.0.0.1:11434")).resolves.toBeInstanceOf(URL);
    await expect(assertPublicBaseUrl("http://169.254.169.254/latest/")).rejects.toMatchObject({
      kind: "BAD_REQUEST",
    });
    await expect(assertPublicBaseUrl("ftp://127.0.0.1/")).rejects.toMatchObject({ kind: "BAD_REQUEST" });
    process.env.ALLOW_PRIVATE_PROVIDER_URLS = "1"; // only the exact value "true"
    await expect(assertPublicBaseUrl("http://127.0.0.1/")).rejects.toMatchObject({ kind: "BAD_REQUEST" });
  });
});

describe("the connect-time guard", () => {
  it("refuses a private address on the connection itself, without any up-front check", async () => {
    const error = await providerErrorFrom(
      cappedFetch("Test")(`${fake.origin}/v1/models`, { signal: abortAfter(5000) }),
    );
    expect(error.kind).toBe("BAD_REQUEST");
    expect(fake.requests).toHaveLength(0);
    process.env.ALLOWED_PRIVATE_PROVIDER_HOSTS = `127.0.0.1:${port}`;
    const response = await cappedFetch("Test")(`${fake.origin}/v1/models`, { signal: abortAfter(5000) });
    expect(response.status).toBe(200);
    expect(fake.requests).toHaveLength(1);
  });

  it("closes DNS rebinding: a name public when checked and 127.0.0.1 when connecting is refused", async () => {
    // The listed host is the fake's literal address; the rebinding name is not listed.
    process.env.ALLOWED_PRIVATE_PROVIDER_HOSTS = `127.0.0.1:${port}`;
    jest
      .spyOn(dns.promises, "lookup")
      .mockImplementation((async () => [
        { address: "93.184.215.14", family: 4 },
      ]) as unknown as typeof dns.promises.lookup);
    const realLookup = dns.lookup;
    jest
      .spyOn(dns, "lookup")
      .mockImplementation(((host: string, options: unknown, callback: unknown) =>
        host === "rebind.example"
          ? (callback as (error: null, all: dns.LookupAddress[]) => void)(null, [{ address: "127.0.0.1", family: 4 }])
          : (realLookup as (...args: unknown[]) => void)(host, options, callback)) as unknown as typeof dns.lookup);

    await expect(assertPublicBaseUrl(`http://rebind.example:${port}/`)).resolves.toBeInstanceOf(URL);
    const error = await providerErrorFrom(
      downloadImage(`http://rebind.example:${port}/files/a.png`, abortAfter(5000), { provider: "Test" }),
    );
    expect(error.kind).toBe("BAD_REQUEST");
    expect(error.message).toMatch(/rebind\.example points to a private/);
    expect(fake.requests).toHaveLength(0);
  });
});
