import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { ensureLocalSecrets } from "@/lib/env/local-secrets";

describe("ensureLocalSecrets", () => {
  const saved = { ...process.env };
  let dir: string;

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "af-env-"));
    delete process.env.AUTH_SECRET;
    delete process.env.ENCRYPTION_KEY;
  });
  afterEach(() => {
    process.env = { ...saved };
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("generates missing secrets once and writes them to .env.local", () => {
    expect(ensureLocalSecrets(dir).sort()).toEqual(["AUTH_SECRET", "ENCRYPTION_KEY"]);
    const written = fs.readFileSync(path.join(dir, ".env.local"), "utf8");
    const key = process.env.ENCRYPTION_KEY!;
    expect(Buffer.from(key, "base64")).toHaveLength(32);
    expect(written).toContain(`ENCRYPTION_KEY=${key}`);

    delete process.env.AUTH_SECRET;
    delete process.env.ENCRYPTION_KEY;
    expect(ensureLocalSecrets(dir)).toEqual([]);
    expect(process.env.ENCRYPTION_KEY).toBe(key);
    expect(fs.readFileSync(path.join(dir, ".env.local"), "utf8")).toBe(written);
  });

  it("keeps values from the environment and from existing files", () => {
    process.env.AUTH_SECRET = "from-environment";
    fs.writeFileSync(path.join(dir, ".env.local"), "ENCRYPTION_KEY=from-file");
    expect(ensureLocalSecrets(dir)).toEqual([]);
    expect(process.env.AUTH_SECRET).toBe("from-environment");
    expect(process.env.ENCRYPTION_KEY).toBe("from-file");
  });

  it("adds a missing secret to an existing file without touching what is there", () => {
    fs.writeFileSync(path.join(dir, ".env.local"), "ENCRYPTION_KEY=kept\nOTHER=1");
    expect(ensureLocalSecrets(dir)).toEqual(["AUTH_SECRET"]);
    const lines = fs.readFileSync(path.join(dir, ".env.local"), "utf8").trim().split("\n");
    expect(lines.slice(0, 2)).toEqual(["ENCRYPTION_KEY=kept", "OTHER=1"]);
    expect(lines[2]).toMatch(/^AUTH_SECRET=.{40,}$/);
  });
});
