import "server-only";
import { lookup } from "node:dns/promises";
import { BlockList, isIP } from "node:net";
import { ProviderError } from "./types";

/**
 * Keeps user-supplied URLs (provider base URLs, image URLs a provider hands back) from pointing the
 * server at its own network: loopback, private ranges, link-local (cloud metadata at
 * 169.254.169.254), CGNAT and unspecified addresses are refused, as are schemes other than http(s).
 *
 * The check runs on the addresses the host name resolves to, not on the name, so "localhost" or a
 * public name with a private A record is caught. It cannot close DNS rebinding entirely: fetch
 * resolves the name again, and a hostile resolver may answer differently the second time. Pinning
 * the resolved address would need a custom dispatcher; redirects are refused by the callers
 * instead (`redirect: "error"` / manual redirect checks), which closes the cheaper bypass.
 *
 * Operators running Ollama or another server on their own network (and the tests, whose fake
 * providers listen on 127.0.0.1) set ALLOW_PRIVATE_PROVIDER_URLS=true.
 */

const blockedRanges = new BlockList();
for (const [network, prefix] of [
  ["0.0.0.0", 8], // "this network", includes the unspecified 0.0.0.0
  ["10.0.0.0", 8],
  ["100.64.0.0", 10], // carrier-grade NAT
  ["127.0.0.0", 8],
  ["169.254.0.0", 16], // link-local, cloud metadata endpoints
  ["172.16.0.0", 12],
  ["192.168.0.0", 16],
  ["224.0.0.0", 4], // multicast
  ["240.0.0.0", 4], // reserved, includes broadcast
] as const) {
  blockedRanges.addSubnet(network, prefix, "ipv4");
}
for (const [network, prefix] of [
  ["::", 128], // unspecified
  ["::1", 128], // loopback
  ["fc00::", 7], // unique local
  ["fe80::", 10], // link-local
  ["ff00::", 8], // multicast
] as const) {
  blockedRanges.addSubnet(network, prefix, "ipv6");
}

export function privateProviderUrlsAllowed(): boolean {
  return process.env.ALLOW_PRIVATE_PROVIDER_URLS === "true";
}

/** True for addresses the server must not be pointed at. IPv4-mapped IPv6 is judged as IPv4. */
export function isBlockedAddress(address: string): boolean {
  const mapped = ipv4FromMappedIpv6(address);
  if (mapped) return blockedRanges.check(mapped, "ipv4");
  const family = isIP(address);
  if (family === 4) return blockedRanges.check(address, "ipv4");
  if (family === 6) return blockedRanges.check(address, "ipv6");
  return true; // not an address at all: refuse rather than guess
}

/** `::ffff:127.0.0.1` and its normalized form `::ffff:7f00:1` both carry an IPv4 address. */
function ipv4FromMappedIpv6(address: string): string | null {
  const dotted = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (dotted) return dotted[1];
  const hex = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/i.exec(address);
  if (!hex) return null;
  const [high, low] = [parseInt(hex[1], 16), parseInt(hex[2], 16)];
  return [high >> 8, high & 255, low >> 8, low & 255].join(".");
}

function refuse(message: string): never {
  throw new ProviderError("BAD_REQUEST", message);
}

/**
 * Resolves once `url` is a public http(s) URL; throws ProviderError(BAD_REQUEST) otherwise.
 * Returns the parsed URL so callers need not parse it twice.
 */
export async function assertPublicBaseUrl(url: string): Promise<URL> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    refuse("The URL is not valid");
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") {
    refuse(`Only http and https URLs are allowed, not ${parsed.protocol.replace(/:$/, "")}`);
  }
  if (parsed.username || parsed.password) refuse("URLs with embedded credentials are not allowed");
  if (privateProviderUrlsAllowed()) return parsed;

  const host = parsed.hostname.replace(/^\[(.*)\]$/, "$1");
  let addresses: string[];
  if (isIP(host)) {
    addresses = [host];
  } else {
    try {
      addresses = (await lookup(host, { all: true, verbatim: true })).map((entry) => entry.address);
    } catch {
      throw new ProviderError("NETWORK", `The host ${host} could not be resolved`);
    }
  }
  // Every address must be public: a name answering with one public and one private address
  // would otherwise let the connection land on the private one.
  if (addresses.length === 0 || addresses.some(isBlockedAddress)) {
    refuse(
      `The host ${host} points to a private, loopback or link-local address, which this server does not call ` +
        "(an operator can allow it with ALLOW_PRIVATE_PROVIDER_URLS=true)",
    );
  }
  return parsed;
}
