// The user's key never survives in a message, in whatever form a provider or proxy echoes it.
import { providerErrorFromStatus } from "@/lib/providers/error-status-table";
import { scrubSecrets } from "@/lib/providers/safe-provider-message";

const KEY = "sk-proj-Zq7Xb9Lm2Pw4Rt6Yu8Io0/As3Df+Gh5Jk";
const context = { provider: "Test", secrets: [KEY] };

/** Every 8-character piece of a value: none may be left in the scrubbed text. */
function expectNoPieceOf(value: string, text: string): void {
  for (let start = 0; start + 8 <= value.length; start++) {
    const piece = value.slice(start, start + 8);
    if (text.includes(piece)) throw new Error(`"${piece}" of ${value} survived in: ${text}`);
  }
}

const base64Wrapped = (prefix: string) => Buffer.from(`${prefix}${KEY}`).toString("base64");
/** The part of a base64 value that encodes only key bytes (its ends also encode the prefix or padding). */
const core = (encoded: string) => encoded.slice(8, -8);

const echoes: Array<[string, string, string[]]> = [
  ["whole", `Incorrect API key provided: ${KEY}.`, [KEY]],
  ["a fragment", `key starting ${KEY.slice(3, 19)}… is invalid`, [KEY]],
  ["the first 20 characters", `Invalid key ${KEY.slice(0, 20)}***`, [KEY]],
  ["URL-encoded", `GET /v1/models?api_key=${encodeURIComponent(KEY)} failed`, [encodeURIComponent(KEY), KEY]],
  ["URL-encoded in lower case", `key=${encodeURIComponent(KEY).toLowerCase()}`, [KEY]],
  ["JSON-escaped", `{"error":"bad key ${JSON.stringify(KEY).slice(1, -1).replace(/\//g, "\\/")}"}`, [KEY]],
  [
    "unicode-escaped",
    `key: ${[...KEY].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`).join("")}`,
    [KEY],
  ],
  ["HTML character references", `key ${[...KEY].map((c) => `&#${c.charCodeAt(0)};`).join("")}`, [KEY]],
  ["spaced", `your key ${[...KEY].join(" ")} was refused`, [KEY]],
  ["split across lines", `key ${KEY.slice(0, 15)}\n  ${KEY.slice(15)} refused`, [KEY.slice(0, 15), KEY.slice(15)]],
  ["split by an escaped newline", `key ${KEY.slice(0, 15)}\\n${KEY.slice(15)}`, [KEY.slice(0, 15), KEY.slice(15)]],
  ["base64", `token ${Buffer.from(KEY).toString("base64")}`, [core(Buffer.from(KEY).toString("base64"))]],
  ["base64 of a Basic credential", `Authorization: Basic ${base64Wrapped("user:")}`, [core(base64Wrapped("user:"))]],
  ["base64 at another offset", `blob ${base64Wrapped("ab")}`, [core(base64Wrapped("ab"))]],
  [
    "URL-safe base64",
    `jwt ${base64Wrapped("x").replace(/\+/g, "-").replace(/\//g, "_")}`,
    [core(base64Wrapped("x").replace(/\+/g, "-").replace(/\//g, "_"))],
  ],
];

describe("scrubSecrets", () => {
  it.each(echoes)("removes the key echoed %s", (_form, echo, forms) => {
    const text = scrubSecrets(echo, context.secrets);
    expect(text).toContain("[redacted]");
    for (const form of [KEY, ...forms]) expectNoPieceOf(form.replace(/\s/g, ""), text.replace(/\s/g, ""));
  });

  it("keeps the words around the key", () => {
    expect(scrubSecrets(`Incorrect API key provided: ${KEY}. See the docs.`, context.secrets)).toBe(
      "Incorrect API key provided: [redacted]. See the docs.",
    );
  });

  it("leaves text without the key alone, and keeps short pieces such as a last-4 hint", () => {
    const text = "Rate limit reached for gpt-image-1 in organization org-abc (key ending 5Jk).";
    expect(scrubSecrets(text, context.secrets)).toBe(text);
  });

  it("scrubs a short key as a whole", () => {
    expect(scrubSecrets("bad key abc123 given", ["abc123"])).toBe("bad key [redacted] given");
  });

  it("scrubs what a status error quotes from the provider's body", () => {
    const error = providerErrorFromStatus(401, `Incorrect API key provided: ${encodeURIComponent(KEY)}`, context);
    expect(error.kind).toBe("AUTH");
    expectNoPieceOf(KEY, error.message);
    expectNoPieceOf(encodeURIComponent(KEY), error.message);
  });
});
