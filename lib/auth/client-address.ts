import { createHash, timingSafeEqual } from "node:crypto";
import { isIP } from "node:net";

type HeaderSource = Headers | Record<string, string | string[] | undefined> | undefined;

/**
 * Who is asking, for the sign-in and sign-up limits: a known network address, or, when the app
 * cannot know it, a client key that only ever groups a client with identical-looking ones.
 */
export type ClientAddress = { kind: "address"; key: string } | { kind: "unknown"; key: string };

/**
 * Behind a proxy the operator trusts (TRUST_PROXY=true), each proxy appends the address it saw to
 * X-Forwarded-For, so the right-most hop that is not one of our own proxies (TRUSTED_PROXIES, a
 * comma-separated list; by default only the hop the nearest proxy appended) is the client. Hops
 * left of it were written by the client and prove nothing.
 *
 * Without a trusted proxy, the launcher's front server (lib/ops/front-server.ts) tells the app the
 * socket's address in CLIENT_ADDRESS_HEADER, beside a secret made fresh for each launch; it
 * overwrites whatever a client sent under either name, and a header without the secret is ignored.
 *
 * Without either, a route handler cannot see the socket address, and putting every client
 * under one shared key would let any stranger exhaust it for everyone. So the unknown case is keyed
 * by a digest of the client's own request headers: a client that varies them escapes its own limit
 * (the password hash cost still bounds its speed), but it can never use up anybody else's, and the
 * address-wide limit is not applied at all (see authenticate.ts).
 */
export function clientAddress(headers: HeaderSource): ClientAddress {
  if (process.env.TRUST_PROXY === "true") {
    const address = forwardedClient(headers);
    if (address) return { kind: "address", key: address };
  } else {
    const address = frontServerClient(headers);
    if (address) return { kind: "address", key: address };
  }
  return { kind: "unknown", key: clientDigest(headers) };
}

/** The socket address the front server saw, set by it alone (it drops what a client sends). */
export const CLIENT_ADDRESS_HEADER = "x-arcane-client-address";
/** Proves the address header came from this launch's front server. */
export const FRONT_SECRET_HEADER = "x-arcane-front-secret";
/** The environment variable the launcher hands the per-launch secret to Next in. */
export const FRONT_SECRET_VARIABLE = "ARCANE_FRONT_SECRET";

function frontServerClient(headers: HeaderSource): string | undefined {
  const expected = process.env[FRONT_SECRET_VARIABLE];
  const given = readHeader(headers, FRONT_SECRET_HEADER);
  if (!expected || !given || !sameSecret(given, expected)) return undefined;
  const address = readHeader(headers, CLIENT_ADDRESS_HEADER)?.trim();
  return address && isIP(address) ? address : undefined;
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function forwardedClient(headers: HeaderSource): string | undefined {
  const forwarded = readHeader(headers, "x-forwarded-for");
  const hops = (forwarded ?? readHeader(headers, "x-real-ip") ?? "")
    .split(",")
    .map((hop) => hop.trim())
    .filter((hop) => hop.length > 0 && hop.length <= 64);
  const trusted = trustedProxies();
  for (let index = hops.length - 1; index >= 0; index--) {
    if (!trusted.has(hops[index])) return hops[index];
  }
  return undefined;
}

function trustedProxies(): Set<string> {
  return new Set(
    (process.env.TRUSTED_PROXIES ?? "")
      .split(",")
      .map((entry) => entry.trim())
      .filter(Boolean),
  );
}

function clientDigest(headers: HeaderSource): string {
  const parts = ["user-agent", "accept-language"].map((name) => readHeader(headers, name) ?? "");
  return `client-${createHash("sha256").update(parts.join("\n")).digest("hex").slice(0, 32)}`;
}

function readHeader(headers: HeaderSource, name: string): string | undefined {
  if (!headers) return undefined;
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const value = headers[name];
  return Array.isArray(value) ? value[value.length - 1] : value;
}
