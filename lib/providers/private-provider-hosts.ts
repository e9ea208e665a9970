import { parseIpAddress } from "./ip-address";

/**
 * The operator's allowance for providers on private addresses (a self-hosted Ollama, a LAN image
 * server): `ALLOWED_PRIVATE_PROVIDER_HOSTS=127.0.0.1:11434,ollama.lan:11434,[fd12::5]:8080`, each
 * entry a host as the base URL names it and a port. Only a call to that exact host and port may
 * land on a private or loopback address; every other URL (an image URL a provider hands back
 * included) is still held to public addresses.
 *
 * An entry that is a host name allows what the name resolves to except link-local and metadata
 * addresses (a hostile or broken DNS answer must not reach 169.254.169.254); an entry that is an
 * IP literal allows exactly that address.
 *
 * `ALLOW_PRIVATE_PROVIDER_URLS=true`, the old all-or-nothing switch, is deprecated: it still
 * works, as if every host and port were listed by name (so never link-local or metadata), and
 * logs a warning once.
 */

export type Allowance = "none" | "by-name" | "by-literal";

type Entry = { host: string; port: number };

/** Lower case, no brackets, no trailing dot; an IP literal in its one canonical form. */
export function normalizeHost(host: string): string {
  const bare = host
    .trim()
    .replace(/^\[(.*)\]$/, "$1")
    .replace(/\.$/, "")
    .toLowerCase();
  const ip = parseIpAddress(bare);
  return ip ? `ip${ip.family}:${ip.value.toString(16)}` : bare;
}

const warned = new Set<string>();
function warnOnce(message: string): void {
  if (warned.has(message)) return;
  warned.add(message);
  console.warn(`[providers] ${message}`);
}

function parseEntry(text: string): Entry | null {
  const match = /^(\[[^\]]+\]|[^:[\]]+):(\d{1,5})$/.exec(text.trim());
  const port = match ? Number(match[2]) : NaN;
  if (!match || port < 1 || port > 65535) return null;
  return { host: normalizeHost(match[1]), port };
}

let parsed: { source: string; entries: Entry[] } | null = null;

/** Read on every call (cheaply: parsed once per value), so a changed environment applies at once. */
function entries(): Entry[] {
  const source = process.env.ALLOWED_PRIVATE_PROVIDER_HOSTS ?? "";
  if (parsed?.source === source) return parsed.entries;
  const list: Entry[] = [];
  for (const text of source.split(",").filter((part) => part.trim())) {
    const entry = parseEntry(text);
    if (entry) list.push(entry);
    else warnOnce(`ALLOWED_PRIVATE_PROVIDER_HOSTS: "${text.trim()}" is not host:port (IPv6 as [addr]:port); ignored`);
  }
  parsed = { source, entries: list };
  return list;
}

function legacyAllowAll(): boolean {
  if (process.env.ALLOW_PRIVATE_PROVIDER_URLS !== "true") return false;
  warnOnce(
    "ALLOW_PRIVATE_PROVIDER_URLS is deprecated: list the private providers as ALLOWED_PRIVATE_PROVIDER_HOSTS=host:port instead",
  );
  return true;
}

/** What the operator allows for a call to `host` on `port`. */
export function privateAllowance(host: string, port: number): Allowance {
  const key = normalizeHost(host);
  if (entries().some((entry) => entry.host === key && entry.port === port))
    return key.startsWith("ip") ? "by-literal" : "by-name";
  return legacyAllowAll() ? "by-name" : "none";
}

/** The port a URL's request goes to when it names none. */
export function effectivePort(protocol: string, port: string | number | undefined | null): number {
  const explicit = Number(port);
  if (port !== "" && port != null && Number.isInteger(explicit) && explicit > 0) return explicit;
  return protocol === "https:" ? 443 : 80;
}
