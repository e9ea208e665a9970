import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { parseEnv } from "node:util";

/** Secrets the app cannot run without; generated on first run so no configuration is needed. */
const GENERATED_SECRETS: Record<string, () => string> = {
  AUTH_SECRET: () => randomBytes(32).toString("base64url"),
  ENCRYPTION_KEY: () => randomBytes(32).toString("base64"),
};

/**
 * Loads `.env` then `.env.local` into process.env (variables already set win, as in Next), then
 * writes any missing secret to `.env.local` once. Returns the names it generated.
 * ENCRYPTION_KEY must never change after keys were stored, so an existing value is never replaced.
 */
export function ensureLocalSecrets(projectRoot: string): string[] {
  const localFile = path.join(projectRoot, ".env.local");
  loadEnvFile(path.join(projectRoot, ".env"));
  loadEnvFile(localFile);

  const generated: string[] = [];
  for (const [name, make] of Object.entries(GENERATED_SECRETS)) {
    if (process.env[name]) continue;
    const value = make();
    appendVariable(localFile, name, value);
    process.env[name] = value;
    generated.push(name);
  }
  return generated;
}

function loadEnvFile(file: string): void {
  if (!fs.existsSync(file)) return;
  const values = parseEnv(fs.readFileSync(file, "utf8"));
  for (const [name, value] of Object.entries(values)) {
    if (process.env[name] === undefined) process.env[name] = value;
  }
}

function appendVariable(file: string, name: string, value: string): void {
  const existing = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : "";
  const header = existing
    ? ""
    : "# Written by Arcane Forge on first run. Keep it secret; ENCRYPTION_KEY must not change.\n";
  const separator = existing && !existing.endsWith("\n") ? "\n" : "";
  fs.writeFileSync(file, `${existing}${separator}${header}${name}=${value}\n`, { mode: 0o600 });
}
