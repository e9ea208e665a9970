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
