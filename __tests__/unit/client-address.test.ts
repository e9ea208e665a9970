import { clientAddress } from "@/lib/auth/client-address";

describe("clientAddress", () => {
  const saved = { trust: process.env.TRUST_PROXY, proxies: process.env.TRUSTED_PROXIES };
  afterEach(() => {
    process.env.TRUST_PROXY = saved.trust;
    if (saved.proxies === undefined) delete process.env.TRUSTED_PROXIES;
    else process.env.TRUSTED_PROXIES = saved.proxies;
  });

  it("ignores forwarding headers unless a trusted proxy sets them, and never shares one key between clients", () => {
    process.env.TRUST_PROXY = "false";
    const firefox = clientAddress(new Headers({ "x-forwarded-for": "203.0.113.7", "user-agent": "Firefox" }));
    const chrome = clientAddress(new Headers({ "x-forwarded-for": "203.0.113.7", "user-agent": "Chrome" }));
    expect(firefox.kind).toBe("unknown");
    expect(firefox.key).not.toContain("203.0.113.7");
    expect(firefox.key).not.toBe(chrome.key);
  });

  it("takes the right-most forwarded hop by default, so a spoofed left-most entry is ignored", () => {
    process.env.TRUST_PROXY = "true";
    delete process.env.TRUSTED_PROXIES;
    expect(clientAddress(new Headers({ "x-forwarded-for": "1.2.3.4, 203.0.113.7" }))).toEqual({
      kind: "address",
      key: "203.0.113.7",
    });
    expect(clientAddress({ "x-real-ip": "198.51.100.4" })).toEqual({ kind: "address", key: "198.51.100.4" });
    expect(clientAddress(undefined).kind).toBe("unknown");
  });

  it("skips the operator's own proxies from the right", () => {
    process.env.TRUST_PROXY = "true";
    process.env.TRUSTED_PROXIES = "10.0.0.2, 10.0.0.3";
    const spoofed = new Headers({ "x-forwarded-for": "6.6.6.6, 203.0.113.7, 10.0.0.3, 10.0.0.2" });
    expect(clientAddress(spoofed)).toEqual({ kind: "address", key: "203.0.113.7" });
  });
});

describe("clientAddress behind the launcher's front server", () => {
  const secret = "launch-secret-0123456789abcdef0123";
  beforeEach(() => {
    delete process.env.TRUST_PROXY;
    process.env.ARCANE_FRONT_SECRET = secret;
  });
  afterEach(() => delete process.env.ARCANE_FRONT_SECRET);
  const from = (address: string, given = secret) =>
    clientAddress(new Headers({ "x-arcane-client-address": address, "x-arcane-front-secret": given }));

  it("uses the socket address only with this launch's secret", () => {
    expect(from("203.0.113.9")).toEqual({ kind: "address", key: "203.0.113.9" });
    expect(from("2001:db8::1")).toEqual({ kind: "address", key: "2001:db8::1" });
    expect(from("203.0.113.9", `${secret}x`).kind).toBe("unknown");
    expect(from("203.0.113.9", "").kind).toBe("unknown");
    expect(from("not an address").kind).toBe("unknown");
    delete process.env.ARCANE_FRONT_SECRET; // started without the launcher: no header is believed
    expect(from("203.0.113.9").kind).toBe("unknown");
  });

  it("leaves the decision to X-Forwarded-For when the operator trusts a proxy", () => {
    process.env.TRUST_PROXY = "true";
    expect(
      clientAddress(
        new Headers({
          "x-forwarded-for": "198.51.100.20",
          "x-arcane-client-address": "10.0.0.5",
          "x-arcane-front-secret": secret,
        }),
      ),
    ).toEqual({ kind: "address", key: "198.51.100.20" });
  });
});
