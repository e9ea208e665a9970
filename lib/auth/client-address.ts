type HeaderSource = Headers | Record<string, string | string[] | undefined> | undefined;

/**
 * The client's address for throttling. Forwarding headers are trusted only when the operator
 * says a proxy sets them (TRUST_PROXY=true); otherwise a client could pick a fresh address per
 * request and escape every per-address limit. Without one, all requests share "local", which
 * still limits a single attacker; the per-email limit applies either way.
 */
export function clientAddress(headers: HeaderSource): string {
  if (process.env.TRUST_PROXY !== "true") return "local";
  const forwarded = readHeader(headers, "x-forwarded-for") ?? readHeader(headers, "x-real-ip");
  const first = forwarded?.split(",")[0]?.trim();
  return first && first.length <= 64 ? first : "local";
}

function readHeader(headers: HeaderSource, name: string): string | undefined {
  if (!headers) return undefined;
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}
