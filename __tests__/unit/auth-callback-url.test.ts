import { safeCallbackUrl, withCallbackUrl } from "@/components/auth/callback-url";
import { credentialsErrorMessage, formatWait } from "@/components/auth/messages";

describe("safeCallbackUrl", () => {
  test.each([
    ["/characters", "/characters"],
    ["/maps/1?tab=walls#top", "/maps/1?tab=walls#top"],
    [["/gallery", "/evil"], "/gallery"],
    [undefined, "/"],
    ["", "/"],
    ["//evil.example", "/"],
    ["/\\evil.example", "/"],
    ["https://evil.example/", "/"],
    ["javascript:alert(1)", "/"],
    ["/tokens\n", "/"],
    ["/sign-in", "/"],
    ["/sign-up?callbackUrl=/x", "/"],
  ])("relative only: %p -> %p", (raw, expected) => {
    expect(safeCallbackUrl(raw)).toBe(expected);
  });

  test.each([
    ["https://forge.example/maps?x=1", "/maps?x=1"],
    ["https://evil.example/maps", "/"],
    ["https://forge.example//evil.example", "/"],
    ["not a url", "/"],
  ])("with origin: %p -> %p", (raw, expected) => {
    expect(safeCallbackUrl(raw, "https://forge.example")).toBe(expected);
  });

  test("withCallbackUrl leaves the home page off", () => {
    expect(withCallbackUrl("/sign-up", "/")).toBe("/sign-up");
    expect(withCallbackUrl("/sign-up", "/maps?a=1&b=2")).toBe("/sign-up?callbackUrl=%2Fmaps%3Fa%3D1%26b%3D2");
  });
});

describe("sign-in messages", () => {
  test.each([
    [1, "1 second"],
    [59, "59 seconds"],
    [59.2, "1 minute"],
    [60, "1 minute"],
    [900, "15 minutes"],
  ])("formatWait(%p) = %p", (seconds, text) => {
    expect(formatWait(seconds)).toBe(text);
  });

  test("unknown errors stay generic", () => {
    expect(credentialsErrorMessage(undefined)).toBe("Something went wrong. Please try again.");
    expect(credentialsErrorMessage("RATE_LIMITED:abc")).toBe("Too many failed attempts. Try again later.");
  });
});
