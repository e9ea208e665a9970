import "server-only";
import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import type { LookupFunction } from "node:net";
import { Agent, buildConnector } from "undici";
import { addressAllowed, assertAddressAllowed } from "./base-url-guard";
import { parseIpAddress } from "./ip-address";
import { effectivePort } from "./private-provider-hosts";

/**
 * `fetch` for every outbound provider and image-download request, checked at connect time: the
 * socket is opened through a DNS lookup that refuses a disallowed answer before connecting, and the
 * address it connected to is checked again before a byte of the request is sent. Because the check
 * runs on the connection itself, a name that resolved to a public address when the URL was checked
 * and to 127.0.0.1 now (DNS rebinding), or any redirect hop, cannot reach a private address.
 */

type Connector = ReturnType<typeof buildConnector>;

// One connector per host and port (each keeps its TLS sessions); bounded, since hosts come from users.
const MAX_CONNECTORS = 256;
const connectors = new Map<string, Connector>();

function connectorFor(host: string, port: number): Connector {
  const key = `${host}|${port}`;
  let connector = connectors.get(key);
  if (!connector) {
    if (connectors.size >= MAX_CONNECTORS) connectors.clear();
    connector = buildConnector({ lookup: guardedLookup(host, port) });
    connectors.set(key, connector);
  }
  return connector;
}

// fetch reports a failed connect as "fetch failed" with a cause it may rebuild from the message
// (it does across realms), so the guard's own refusal is kept here, per host and port, for
// guardedFetch to throw instead. Entries are taken once and expire quickly.
const REFUSAL_TTL_MS = 10_000;
const refusals = new Map<string, { error: Error; at: number }>();
const originKey = (host: string, port: number) => `${host.replace(/^\[(.*)\]$/, "$1").toLowerCase()}|${port}`;

function remember(host: string, port: number, refusal: unknown): Error {
  if (refusals.size >= MAX_CONNECTORS) refusals.clear();
  refusals.set(originKey(host, port), { error: refusal as Error, at: Date.now() });
  return refusal as Error;
}

function takeRefusal(input: Parameters<typeof fetch>[0]): Error | undefined {
  let url: URL;
  try {
    url = new URL(typeof input === "string" || input instanceof URL ? input : input.url);
  } catch {
    return undefined;
  }
  const key = originKey(url.hostname, effectivePort(url.protocol, url.port));
  const entry = refusals.get(key);
  refusals.delete(key);
  return entry && Date.now() - entry.at < REFUSAL_TTL_MS ? entry.error : undefined;
}

/** A lookup that fails when any answer for `host`:`port` is not allowed (all must be, or none is used). */
function guardedLookup(host: string, port: number): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, answers: LookupAddress[]) => {
      if (error) return callback(error, "", 0);
      if (answers.length === 0)
        return callback(Object.assign(new Error(`${hostname} has no address`), { code: "ENOTFOUND" }), "", 0);
      try {
        for (const answer of answers) assertAddressAllowed(host, port, answer.address);
      } catch (refusal) {
        return callback(remember(host, port, refusal), "", 0);
      }
      if (options.all) (callback as unknown as (error: null, all: LookupAddress[]) => void)(null, answers);
      else callback(null, answers[0].address, answers[0].family);
    });
  };
}

const guardedConnect: Connector = (options, callback) => {
  const host = options.hostname.replace(/^\[(.*)\]$/, "$1");
  const port = effectivePort(options.protocol, options.port);
  try {
    // An IP literal skips the lookup, so it is checked here, before any packet is sent to it.
    if (parseIpAddress(host)) assertAddressAllowed(host, port, host);
  } catch (refusal) {
    return callback(remember(host, port, refusal), null);
  }
  connectorFor(host, port)(options, (error, socket) => {
    if (error || !socket) return callback(error ?? new Error("connection failed"), null);
    const remote = socket.remoteAddress ?? "";
    if (addressAllowed(host, port, remote)) return callback(null, socket);
    socket.destroy();
    try {
      assertAddressAllowed(host, port, remote);
    } catch (refusal) {
      callback(remember(host, port, refusal), null);
    }
  });
};

let agent: Agent | undefined;

function guardedDispatcher(): Agent {
  agent ??= new Agent({ connect: guardedConnect });
  return agent;
}

/** Node's fetch with the guarded dispatcher; a refused address fails with the guard's ProviderError. */
export const guardedFetch: typeof fetch = async (input, init) => {
  try {
    return await fetch(input, { ...init, dispatcher: guardedDispatcher() } as RequestInit);
  } catch (error) {
    throw takeRefusal(input) ?? error;
  }
};
