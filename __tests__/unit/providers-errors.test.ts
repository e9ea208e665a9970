import { z } from "zod";
import { providerErrorFromStatus } from "@/lib/providers/error-status-table";
import { parseRetryAfter } from "@/lib/providers/provider-reason";
import { scrubSecrets } from "@/lib/providers/safe-provider-message";
import { toProviderError } from "@/lib/providers/to-provider-error";
import { extractJsonText, parseJsonOutput } from "@/lib/providers/json-output";
import { ProviderError } from "@/lib/providers/types";

const context = { provider: "Test", secrets: ["my-own-secret-key-123"] };

describe("scrubSecrets", () => {
  it("removes the caller's key and anything shaped like a credential", () => {
    const text = scrubSecrets(
      "key my-own-secret-key-123; Authorization: Bearer abc.def; sk-proj-****abcd; AIzaSyA1234567890abcdef; https://x/y?key=AIzaQQ&alt=json; x-api-key: sk-ant-zzz",
      context.secrets,
    );
    for (const leaked of ["my-own-secret-key-123", "abc.def", "sk-proj", "AIzaSyA", "AIzaQQ", "sk-ant-zzz"])
      expect(text).not.toContain(leaked);
    expect(text).toContain("alt=json");
  });

  it("removes long fragments of the key too", () => {
    const text = scrubSecrets("Incorrect API key provided: my-own-secr***", context.secrets);
    expect(text).not.toContain("my-own-secr");
  });

  it("keeps messages short", () => {
    expect(scrubSecrets("x".repeat(5000)).length).toBeLessThanOrEqual(401);
  });
});

describe("status mapping", () => {
  it.each([
    [401, "nope", undefined, "AUTH"],
    [403, "forbidden", undefined, "PERMISSION"],
    [403, "Your input was flagged by moderation", undefined, "CONTENT_POLICY"],
    [400, "API key not valid. Please pass a valid API key.", "INVALID_ARGUMENT", "AUTH"],
    [400, "Your request was rejected as a result of our safety system", "content_policy_violation", "CONTENT_POLICY"],
    [400, "Invalid size", "invalid_value", "BAD_REQUEST"],
    [404, "model not found", undefined, "BAD_REQUEST"],
    [408, "timeout", undefined, "TIMEOUT"],
    [429, "slow down", undefined, "RATE_LIMITED"],
    [500, "oops", undefined, "SERVER"],
    [529, "overloaded", undefined, "SERVER"],
  ])("%i %s → %s", (status, message, code, kind) => {
    const error = providerErrorFromStatus(status, message, context, { code });
    expect(error.kind).toBe(kind);
    expect(error.options.status).toBe(status);
  });

  it("parses Retry-After as seconds, HTTP date or retry-after-ms", () => {
    expect(parseRetryAfter(new Headers({ "retry-after": "7" }))).toBe(7000);
    expect(parseRetryAfter(new Headers({ "retry-after-ms": "1500", "retry-after": "7" }))).toBe(1500);
    const inTenSeconds = new Date(Date.now() + 10_000).toUTCString();
    expect(parseRetryAfter(new Headers({ "retry-after": inTenSeconds }))).toBeGreaterThan(8000);
    expect(parseRetryAfter(new Headers())).toBeUndefined();
  });
});

describe("toProviderError", () => {
  it("maps aborts, refused connections and unknown errors", () => {
    expect(toProviderError(new DOMException("aborted", "AbortError"), context).kind).toBe("TIMEOUT");
    const refused = Object.assign(new TypeError("fetch failed"), {
      cause: Object.assign(new Error("connect"), { code: "ECONNREFUSED" }),
    });
    expect(toProviderError(refused, context)).toMatchObject({ kind: "NETWORK", retryable: true });
    const unknownHost = Object.assign(new TypeError("fetch failed"), {
      cause: Object.assign(new Error("getaddrinfo"), { code: "ENOTFOUND" }),
    });
    const unknownHostMessage = toProviderError(unknownHost, context).message;
    expect(unknownHostMessage).toMatch(/server name was not found\. Check the base URL/);
    expect(unknownHostMessage).not.toContain("ENOTFOUND");
    const odd = toProviderError(new Error("weird my-own-secret-key-123"), context);
    expect(odd.kind).toBe("SERVER");
    expect(odd.message).not.toContain("my-own-secret-key-123");
  });

  it("re-scrubs ProviderErrors that pass through", () => {
    const passed = toProviderError(new ProviderError("BAD_REQUEST", "bad my-own-secret-key-123"), context);
    expect(passed.message).toBe("bad [redacted]");
  });
});

describe("parseJsonOutput", () => {
  const schema = z.object({ prompt: z.string(), tags: z.array(z.string()).default([]) });

  it("strips fences and prose around the JSON", () => {
    expect(extractJsonText('```json\n{"a":1}\n```')).toBe('{"a":1}');
    expect(extractJsonText('Here it is: {"a":1} Enjoy!')).toBe('{"a":1}');
    expect(parseJsonOutput('```\n{"prompt":"x"}\n```', schema)).toEqual({ prompt: "x", tags: [] });
  });

  it("fails clearly on invalid JSON and on the wrong shape", () => {
    expect(() => parseJsonOutput("{prompt: x", schema)).toThrow(/not valid JSON/);
    try {
      parseJsonOutput('{"prompt": 3}', schema);
      throw new Error("should have failed");
    } catch (error) {
      expect(error).toBeInstanceOf(ProviderError);
      expect((error as ProviderError).kind).toBe("INVALID_RESPONSE");
      expect((error as ProviderError).message).toMatch(/expected shape[\s\S]*prompt/);
    }
  });
});
