import { networkInterfaces } from "node:os";
import {
  embeddedIpv4,
  inRange,
  ipRange,
  parseIpAddress,
  sameAddress,
  sixToFourIpv4,
  type IpAddress,
} from "./ip-address";

/**
 * Which addresses an outbound provider call may land on. Everything in the IANA IPv4 and IPv6
 * special-purpose address registries (and multicast, and IPv6 outside global unicast 2000::/3) is
 * refused, as are the host's own interface addresses: a service bound to the machine's public
 * address is still the machine. Addresses that carry an IPv4 address inside IPv6 are judged by
 * what they carry where that is where the packet goes.
 *
 * "never" marks what no operator allowance through a host name reaches: link-local (the cloud
 * metadata endpoints at 169.254.169.254 and fe80::), the IPv6 and Alibaba metadata addresses,
 * unspecified, multicast and broadcast. Only an allowance naming that exact IP literal does.
 */

export type AddressClass = "public" | "special" | "never";

const NEVER = [
  "0.0.0.0/8", // "this network": 0.0.0.0 connects to the host itself
  "169.254.0.0/16", // link-local, cloud metadata (169.254.169.254)
  "100.100.100.200/32", // Alibaba Cloud metadata (inside 100.64/10)
  "224.0.0.0/4", // multicast
  "255.255.255.255/32", // limited broadcast
  "::/128", // unspecified
  "fe80::/10", // link-local
  "fd00:ec2::254/128", // AWS IPv6 metadata (inside fc00::/7)
  "ff00::/8", // multicast
].map(ipRange);

const SPECIAL = [
  // IPv4 special-purpose registry
  "10.0.0.0/8", // private
  "100.64.0.0/10", // shared address space (carrier-grade NAT)
  "127.0.0.0/8", // loopback
  "172.16.0.0/12", // private
  "192.0.0.0/24", // IETF protocol assignments (DS-Lite, NAT64 discovery, PCP/TURN anycast)
  "192.0.2.0/24", // documentation TEST-NET-1
  "192.31.196.0/24", // AS112-v4
  "192.52.193.0/24", // AMT
  "192.88.99.0/24", // deprecated 6to4 relay anycast
  "192.168.0.0/16", // private
  "192.175.48.0/24", // AS112 direct delegation
  "198.18.0.0/15", // benchmarking
  "198.51.100.0/24", // documentation TEST-NET-2
  "203.0.113.0/24", // documentation TEST-NET-3
  "240.0.0.0/4", // reserved
  // IPv6 special-purpose registry, inside 2000::/3 (everything outside it is refused below)
  "2001::/23", // IETF protocol assignments: Teredo (embeds IPv4), benchmarking, ORCHID, AMT, AS112…
  "2001:db8::/32", // documentation
  "2002::/16", // 6to4 (embeds IPv4)
  "2620:4f:8000::/48", // AS112 direct delegation
  "3fff::/20", // documentation
].map(ipRange);

const GLOBAL_UNICAST = ipRange("2000::/3");
// Outside 2000::/3, but judged by the IPv4 address inside: the well-known NAT64 prefix of DNS64
// networks (globally reachable per IANA), and IPv4-mapped/-compatible forms.
const NAT64 = ipRange("64:ff9b::/96");
const IPV4_MAPPED = ipRange("::ffff:0:0/96");
const IPV4_COMPATIBLE = ipRange("::/96");
const LOOPBACK6 = ipRange("::1/128");
const SIX_TO_FOUR = ipRange("2002::/16");

const INTERFACE_TTL_MS = 30_000;
let interfaceCache: { at: number; addresses: IpAddress[] } | null = null;

/** This host's own interface addresses, read every half minute (DHCP and containers change them). */
function ownAddresses(): IpAddress[] {
  if (interfaceCache && Date.now() - interfaceCache.at < INTERFACE_TTL_MS) return interfaceCache.addresses;
  const addresses = Object.values(networkInterfaces())
    .flatMap((entries) => entries ?? [])
    .map((entry) => parseIpAddress(entry.address))
    .filter((address): address is IpAddress => address !== null);
  interfaceCache = { at: Date.now(), addresses };
  return addresses;
}

function classifyIpv4(address: IpAddress): AddressClass {
  if (NEVER.some((range) => inRange(address, range))) return "never";
  if (SPECIAL.some((range) => inRange(address, range))) return "special";
  return "public";
}

/** The class of one address, or "special" for text that is not an address at all. */
export function classifyAddress(text: string): AddressClass {
  const address = parseIpAddress(text);
  if (!address) return "special";
  const own = ownAddresses().some((mine) => sameAddress(mine, address));
  if (address.family === 4) {
    const ipv4 = classifyIpv4(address);
    return ipv4 === "public" && own ? "special" : ipv4;
  }
  if (NEVER.some((range) => inRange(address, range))) return "never";
  if (inRange(address, LOOPBACK6)) return "special"; // inside ::/96, but loopback, not an IPv4 form
  if (inRange(address, NAT64)) {
    const carried = classifyIpv4(embeddedIpv4(address));
    return carried === "public" && own ? "special" : carried;
  }
  // Mapped and compatible forms reach the IPv4 address inside; they are never a provider's
  // published address, so refused, and "never" when what they carry is.
  if (inRange(address, IPV4_MAPPED) || inRange(address, IPV4_COMPATIBLE))
    return classifyIpv4(embeddedIpv4(address)) === "never" ? "never" : "special";
  if (inRange(address, SIX_TO_FOUR)) return classifyIpv4(sixToFourIpv4(address)) === "never" ? "never" : "special";
  if (!inRange(address, GLOBAL_UNICAST) || SPECIAL.some((range) => inRange(address, range))) return "special";
  return own ? "special" : "public";
}
