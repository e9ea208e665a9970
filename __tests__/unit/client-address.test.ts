import { clientAddress } from "@/lib/auth/client-address";

describe("clientAddress", () => {
  const saved = process.env.TRUST_PROXY;
  afterEach(() => {
    process.env.TRUST_PROXY = saved;
  });

  it("ignores forwarding headers unless a trusted proxy sets them", () => {
    process.env.TRUST_PROXY = "false";
    expect(clientAddress(new Headers({ "x-forwarded-for": "203.0.113.7" }))).toBe("local");
  });

  it("takes the first forwarded address behind a trusted proxy", () => {
    process.env.TRUST_PROXY = "true";
    expect(clientAddress(new Headers({ "x-forwarded-for": "203.0.113.7, 10.0.0.2" }))).toBe("203.0.113.7");
    expect(clientAddress({ "x-real-ip": "198.51.100.4" })).toBe("198.51.100.4");
    expect(clientAddress(undefined)).toBe("local");
  });
});
