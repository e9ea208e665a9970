type HeaderSource = Headers | Record<string, string | string[] | undefined> | undefined;

/**
 * The client's address for throttling. Behind a proxy the first X-Forwarded-For entry is the
 * client; without one all requests share "local", which still limits a single attacker.
 */
export function clientAddress(headers: HeaderSource): string {
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
