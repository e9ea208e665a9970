import "server-only";
const NETWORK_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "EPIPE",
  "UND_ERR_SOCKET",
]);

/** The network failure's code, from the error or its causes (fetch and the SDKs wrap it). */
export function networkCode(error: unknown): string | undefined {
  for (let current: unknown = error, depth = 0; current && depth < 5; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string" && NETWORK_CODES.has(code)) return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

/** What a network failure means in plain words, and what the user can check (no raw error codes). */
export function networkAdvice(code: string | undefined): string {
  switch (code) {
    case "ENOTFOUND":
    case "EAI_AGAIN":
      return "its server name was not found. Check the base URL for typos and that this server can reach the internet.";
    case "ECONNREFUSED":
      return "nothing answered at that address. Check the base URL's host and port, and that the provider's server is running.";
    case "EHOSTUNREACH":
    case "ENETUNREACH":
      return "the network has no route to it. Check the base URL and this server's network connection.";
    case "ECONNRESET":
    case "EPIPE":
    case "UND_ERR_SOCKET":
      return "the connection was dropped. Try again; if it keeps happening, check the base URL and any proxy in between.";
    default:
      return "the connection failed. Check the base URL and this server's network connection.";
  }
}
