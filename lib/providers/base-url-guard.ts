import "server-only";
import { lookup } from "node:dns/promises";
import { isIP } from "node:net";
import { effectivePort, privateAllowance } from "./private-provider-hosts";
import { classifyAddress } from "./special-addresses";
import { ProviderError } from "./types";

/**
 * Keeps user-supplied URLs (provider base URLs, image URLs a provider hands back) from pointing the
 * server at its own network. Two checks with one rule:
 *
 * - at connect time, for every provider and image-download request (`guarded-fetch.ts`): the
 *   addresses a name resolves to when the socket is opened, and the address the socket is
 *   connected to. This is the check that counts: a name that answered with a public address
 *   before and a private one now (DNS rebinding) is refused there;
 * - up front (`assertPublicBaseUrl`), so a profile's URL is refused with a clear message when it is
 *   saved, before anything is sent.
 *
 * The rule: public addresses only (`special-addresses.ts`: every IANA special-purpose range, the
 * host's own addresses, IPv4 carried in IPv6), unless the operator allows that host and port
 * (`private-provider-hosts.ts`, ALLOWED_PRIVATE_PROVIDER_HOSTS).
 */

const OPERATOR_HINT = "an operator can allow a self-hosted provider with ALLOWED_PRIVATE_PROVIDER_HOSTS=host:port";

function refuse(message: string): never {
  throw new ProviderError("BAD_REQUEST", message);
}

/** True for addresses no call goes to without an operator's allowance. */
export function isBlockedAddress(address: string): boolean {
  return classifyAddress(address) !== "public";
}

/** Whether a call to `host`:`port` may land on `address`. */
export function addressAllowed(host: string, port: number, address: string): boolean {
  const kind = classifyAddress(address);
  if (kind === "public") return true;
  const allowance = privateAllowance(host, port);
  if (allowance === "by-literal") return isIP(address) > 0 && privateAllowance(address, port) === "by-literal";
  return allowance === "by-name" && kind !== "never";
}

/** Throws ProviderError(BAD_REQUEST) unless a call to `host`:`port` may land on `address`. */
export function assertAddressAllowed(host: string, port: number, address: string): void {
  if (addressAllowed(host, port, address)) return;
  const never = classifyAddress(address) === "never";
  refuse(
    never
      ? `The host ${host} points to a link-local, metadata or broadcast address, which this server never calls`
      : `The host ${host} points to a private, loopback or other special-purpose address, which this server does not call (${OPERATOR_HINT})`,
  );
}

/**
 * Resolves once `url` is an http(s) URL whose host may be called; throws ProviderError(BAD_REQUEST)
 * otherwise. Returns the parsed URL so callers need not parse it twice.
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

  const host = parsed.hostname.replace(/^\[(.*)\]$/, "$1");
  const port = effectivePort(parsed.protocol, parsed.port);
  let addresses: string[] = [host];
  if (!isIP(host)) {
    try {
      addresses = (await lookup(host, { all: true, verbatim: true })).map((entry) => entry.address);
    } catch {
      // Not resolvable now: nothing to judge yet. The connection is checked when it is made, and
      // a name that still does not resolve then fails there with "server name not found".
      return parsed;
    }
  }
  // Every address must be allowed: a name answering with one public and one private address
  // would otherwise let the connection land on the private one.
  for (const address of addresses) assertAddressAllowed(host, port, address);
  return parsed;
}
