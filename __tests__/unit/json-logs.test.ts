import {
  asJsonLogLine,
  installJsonConsole,
  installRedactingConsole,
  jsonLogLine,
  redactSecrets,
} from "@/lib/logging/json-console";
import { currentRequestId, requestIdFrom, withRequestId } from "@/lib/logging/request-context";
import { route } from "@/lib/http/route";
import { json } from "@/lib/http/respond";

function captureConsole() {
  const out: string[] = [];
  const err: string[] = [];
  const target = { ...console } as Console;
  installJsonConsole(target, { out: (line) => out.push(line), err: (line) => err.push(line) });
  return { target, out, err };
}

describe("LOG_FORMAT=json console", () => {
  it("writes one JSON object per line with time, level and msg", () => {
    const { target, out, err } = captureConsole();
    target.log("[generation] worker started (%d concurrent generations)", 16);
    target.error("first line\nsecond line");
    expect(out).toHaveLength(1);
    const line = JSON.parse(out[0]);
    expect(line).toEqual({
      time: expect.any(String),
      level: "info",
      msg: "[generation] worker started (16 concurrent generations)",
    });
    expect(new Date(line.time).toISOString()).toBe(line.time);
    // A multi-line message stays one line of output.
    expect(err).toHaveLength(1);
    expect(err[0]).not.toContain("\n");
    expect(JSON.parse(err[0])).toMatchObject({ level: "error", msg: "first line\nsecond line" });
  });

  it("adds the request id of the request being served, and none outside a request", async () => {
    const { target, out, err } = captureConsole();
    await withRequestId("req-12345678", async () => {
      await Promise.resolve(); // still the same request after an await
      target.warn("inside");
    });
    target.info("outside");
    expect(currentRequestId()).toBeUndefined();
    expect(JSON.parse(err[0])).toMatchObject({ msg: "inside", requestId: "req-12345678" });
    expect(JSON.parse(out[0])).not.toHaveProperty("requestId");
  });

  it("never writes the app's secrets or a connection string's password", () => {
    const env = { AUTH_SECRET: "s3cr3t-auth-value-0123456789", S3_SECRET_ACCESS_KEY: "abcdEFGH12345678" };
    const text = redactSecrets(
      "auth s3cr3t-auth-value-0123456789 key abcdEFGH12345678 db postgres://forge:hunter2pass@db:5432/app",
      env,
    );
    expect(text).not.toMatch(/s3cr3t|abcdEFGH|hunter2pass/);
    expect(text).toContain("postgres://forge:[redacted]@db:5432/app");
    process.env.ENCRYPTION_KEY = "an-encryption-key-that-is-long";
    expect(jsonLogLine("error", "failed with an-encryption-key-that-is-long")).not.toContain("an-encryption-key");
  });

  it("wraps another process's plain lines and passes its JSON records through", () => {
    expect(JSON.parse(asJsonLogLine("▲ Next.js 16", "info"))).toMatchObject({ level: "info", msg: "▲ Next.js 16" });
    const record = jsonLogLine("warn", "already json", "req-abcdefgh");
    expect(asJsonLogLine(record, "info")).toBe(record);
    expect(JSON.parse(asJsonLogLine("{not json", "error"))).toMatchObject({ msg: "{not json" });
  });
});

describe("request ids at the route boundary", () => {
  const probe = route({ auth: "none" }, async () => json({ requestId: currentRequestId() }));

  it("takes a sane incoming x-request-id and answers with it", async () => {
    const response = await probe(new Request("http://app.test/api/x", { headers: { "x-request-id": "lb-2f1c9a77" } }));
    expect(response.headers.get("x-request-id")).toBe("lb-2f1c9a77");
    expect(await response.json()).toEqual({ requestId: "lb-2f1c9a77" });
  });

  it("replaces a missing or unreasonable one with a fresh id", async () => {
    for (const given of [undefined, "short", "x".repeat(200), "has spaces in it", 'quote"d-id-123']) {
      const headers: Record<string, string> = given === undefined ? {} : { "x-request-id": given };
      const response = await probe(new Request("http://app.test/api/x", { headers }));
      const id = response.headers.get("x-request-id");
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
      expect((await response.json()).requestId).toBe(id);
    }
    expect(requestIdFrom(new Headers())).not.toBe(requestIdFrom(new Headers()));
  });
});

describe("plain-text console", () => {
  it("removes a connection string's password and the app's secrets from every line", () => {
    const lines: string[] = [];
    const record = (line: string) => void lines.push(line);
    const target = { ...console, error: record, log: record } as Console;
    installRedactingConsole(target);
    const saved = process.env.ENCRYPTION_KEY;
    process.env.ENCRYPTION_KEY = "k3y-material-that-is-long-enough";
    try {
      target.error("[ready] queue check failed: cannot reach %s", "postgres://forge:hunter2@db.internal:5432/forge");
      target.log("key is k3y-material-that-is-long-enough");
    } finally {
      if (saved === undefined) delete process.env.ENCRYPTION_KEY;
      else process.env.ENCRYPTION_KEY = saved;
    }
    expect(lines).toEqual([
      "[ready] queue check failed: cannot reach postgres://forge:[redacted]@db.internal:5432/forge",
      "key is [redacted]",
    ]);
  });
});
