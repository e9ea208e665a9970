import { format } from "node:util";
import { currentRequestId } from "./request-context";

export type LogLevel = "debug" | "info" | "warn" | "error";

export type LogLine = { time: string; level: LogLevel; msg: string; requestId?: string };

/**
 * The values that must never reach a log whatever code logs them: the app's own secrets from the
 * environment and any password inside a connection string. Read on every line, so a value set
 * after start (the launcher's database URL) is covered too.
 */
const SECRET_VARIABLES = [
  "AUTH_SECRET",
  "NEXTAUTH_SECRET",
  "ENCRYPTION_KEY",
  "S3_SECRET_ACCESS_KEY",
  "S3_ACCESS_KEY_ID",
  "ARCANE_FRONT_SECRET",
  "GITHUB_SECRET",
  "DISCORD_SECRET",
  "GOOGLE_SECRET",
];
const URL_PASSWORD = /(\b[a-z][a-z0-9+.-]*:\/\/[^:/@\s]+:)[^@/\s]+@/gi;

export function redactSecrets(text: string, env: Readonly<Record<string, string | undefined>> = process.env): string {
  let result = text.replace(URL_PASSWORD, "$1[redacted]@");
  for (const name of SECRET_VARIABLES) {
    const value = env[name];
    // Short values would blank out ordinary words; real secrets are long.
    if (value && value.length >= 8) result = result.split(value).join("[redacted]");
  }
  return result;
}

/** One log record as one line of JSON, secrets removed, the request id when there is a request. */
export function jsonLogLine(level: LogLevel, msg: string, requestId = currentRequestId()): string {
  const line: LogLine = { time: new Date().toISOString(), level, msg: redactSecrets(msg) };
  if (requestId) line.requestId = requestId;
  return JSON.stringify(line);
}

export function jsonLogsWanted(env: Readonly<Record<string, string | undefined>> = process.env): boolean {
  return env.LOG_FORMAT === "json";
}

type Writer = (line: string) => void;
const CONSOLE_LEVELS: Array<[keyof Console & ("log" | "info" | "debug" | "warn" | "error"), LogLevel]> = [
  ["debug", "debug"],
  ["log", "info"],
  ["info", "info"],
  ["warn", "warn"],
  ["error", "error"],
];

const INSTALLED = Symbol.for("arcane-forge.json-console");

/**
 * With LOG_FORMAT=json, every console call of this process (the app's own `[generation] …`
 * messages, library warnings) becomes one JSON object on one line: log collectors parse it
 * without guessing where a multi-line message ends. Installed once per process.
 */
export function installJsonConsole(
  target: Console = console,
  write: { out: Writer; err: Writer } = {
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
  },
): void {
  const marked = target as Console & { [INSTALLED]?: true };
  if (marked[INSTALLED]) return;
  marked[INSTALLED] = true;
  for (const [method, level] of CONSOLE_LEVELS) {
    const sink = level === "warn" || level === "error" ? write.err : write.out;
    target[method] = (...args: unknown[]) => sink(jsonLogLine(level, format(...args)));
  }
  if (target === console) {
    // Node prints its own warnings (deprecations, experimental features) as plain text through
    // its default listener; they become records like the rest.
    process.removeAllListeners("warning");
    process.on("warning", (warning) => write.err(jsonLogLine("warn", `${warning.name}: ${warning.message}`)));
  }
}

/**
 * Plain-text logs get the same redaction as JSON ones: a secret inside an error message (a
 * connection string in a driver's "cannot reach …") must not reach the terminal or a log file
 * either. Installed once per process.
 */
export function installRedactingConsole(target: Console = console): void {
  const marked = target as Console & { [INSTALLED]?: true };
  if (marked[INSTALLED]) return;
  marked[INSTALLED] = true;
  for (const [method] of CONSOLE_LEVELS) {
    const original = target[method].bind(target);
    target[method] = (...args: unknown[]) => original(redactSecrets(format(...args)));
  }
}

/** This process's console as LOG_FORMAT asks: JSON records, or plain lines; secrets removed from both. */
export function installLogConsole(env: Readonly<Record<string, string | undefined>> = process.env): void {
  if (jsonLogsWanted(env)) installJsonConsole();
  else installRedactingConsole();
}

/**
 * A line another process printed (Next's own start-up messages): passed on when it already is a
 * JSON log record, else wrapped as one, so the launcher's output is JSON throughout.
 */
export function asJsonLogLine(line: string, level: LogLevel): string {
  if (line.startsWith("{")) {
    try {
      const parsed = JSON.parse(line) as Partial<LogLine>;
      if (typeof parsed.msg === "string" && typeof parsed.level === "string") return line;
    } catch {
      // not JSON after all: wrapped below
    }
  }
  return jsonLogLine(level, line, undefined);
}
