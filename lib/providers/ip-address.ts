import { isIP } from "node:net";

/** An IP address as a number, so ranges are compared bit for bit rather than as text. */
export type IpAddress = { family: 4 | 6; value: bigint };

export type IpRange = { family: 4 | 6; network: bigint; prefix: number };

const bitsOf = (family: 4 | 6) => (family === 4 ? 32 : 128);

function ipv4Value(text: string): bigint {
  return text.split(".").reduce((value, part) => (value << 8n) | BigInt(Number(part)), 0n);
}

function ipv6Value(text: string): bigint {
  // A trailing dotted quad (::ffff:1.2.3.4, 64:ff9b::10.0.0.1) is the last two groups.
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  let hex = text;
  if (dotted) {
    const v4 = ipv4Value(dotted[1]);
    hex = `${text.slice(0, dotted.index)}${(v4 >> 16n).toString(16)}:${(v4 & 0xffffn).toString(16)}`;
  }
  const [head, tail] = hex.split("::") as [string, string | undefined];
  const groups = (part: string | undefined) => (part ? part.split(":") : []);
  const headGroups = groups(head);
  const tailGroups = groups(tail);
  const all =
    tail === undefined
      ? headGroups
      : [...headGroups, ...Array(8 - headGroups.length - tailGroups.length).fill("0"), ...tailGroups];
  return all.reduce((value, group) => (value << 16n) | BigInt(parseInt(group, 16)), 0n);
}

/** Parses an IPv4 or IPv6 address (brackets and an IPv6 zone such as `%eth0` allowed); null for anything else. */
export function parseIpAddress(text: string): IpAddress | null {
  const address = text
    .trim()
    .replace(/^\[(.*)\]$/, "$1")
    .replace(/%.*$/, "");
  const family = isIP(address);
  if (family === 4) return { family: 4, value: ipv4Value(address) };
  if (family === 6) return { family: 6, value: ipv6Value(address) };
  return null;
}

/** `"10.0.0.0/8"` or `"fc00::/7"` as a range. */
export function ipRange(cidr: string): IpRange {
  const [network, prefix] = cidr.split("/");
  const parsed = parseIpAddress(network);
  if (!parsed) throw new Error(`not a network: ${cidr}`);
  return { family: parsed.family, network: parsed.value, prefix: Number(prefix) };
}

export function inRange(address: IpAddress, range: IpRange): boolean {
  if (address.family !== range.family) return false;
  const shift = BigInt(bitsOf(range.family) - range.prefix);
  return address.value >> shift === range.network >> shift;
}

export const sameAddress = (a: IpAddress, b: IpAddress) => a.family === b.family && a.value === b.value;

/** The low 32 bits of an IPv6 address as the IPv4 address they carry. */
export const embeddedIpv4 = (address: IpAddress): IpAddress => ({ family: 4, value: address.value & 0xffffffffn });

/** The IPv4 address 6to4 (2002:AABB:CCDD::/48) carries in bits 16–47. */
export const sixToFourIpv4 = (address: IpAddress): IpAddress => ({
  family: 4,
  value: (address.value >> 80n) & 0xffffffffn,
});
