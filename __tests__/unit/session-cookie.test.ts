import { encode } from "next-auth/jwt";
import { sessionFromRequest } from "@/lib/http/session-cookie";

const withCookie = (cookie: string) => new Request("http://localhost/api/x", { headers: { cookie } });
const tokenFor = (sub: string, secret = process.env.AUTH_SECRET!, maxAge?: number) =>
  encode({ token: { sub, sid: `session-of-${sub}` }, secret, maxAge });
/** The user a cookie names (whether its Session row is live is asked elsewhere, of the database). */
const userIdFromRequest = async (request: Request) => (await sessionFromRequest(request))?.userId ?? null;

describe("sessionFromRequest", () => {
  const secret = process.env.AUTH_SECRET!;
  afterEach(() => {
    process.env.AUTH_SECRET = secret;
  });

  test("reads the user from a signed cookie, again from memory on the next request", async () => {
    const cookie = `next-auth.session-token=${await tokenFor("user-1")}`;
    expect(await userIdFromRequest(withCookie(cookie))).toBe("user-1");
    expect(await userIdFromRequest(withCookie(cookie))).toBe("user-1");
  });

  test("a token remembered under one secret is refused once the secret changes", async () => {
    const cookie = `next-auth.session-token=${await tokenFor("user-2")}`;
    expect(await userIdFromRequest(withCookie(cookie))).toBe("user-2");
    process.env.AUTH_SECRET = "another-secret-0123456789abcdef0123456789abcdef";
    expect(await userIdFromRequest(withCookie(cookie))).toBeNull();
  });

  test("an expired token is refused even though it decrypted before", async () => {
    const cookie = `next-auth.session-token=${await tokenFor("user-3", secret, 60)}`;
    expect(await userIdFromRequest(withCookie(cookie))).toBe("user-3");
    const later = Date.now() + 120_000;
    const clock = jest.spyOn(Date, "now").mockReturnValue(later);
    try {
      expect(await userIdFromRequest(withCookie(cookie))).toBeNull();
    } finally {
      clock.mockRestore();
    }
  });

  test("names the session row the token carries", async () => {
    const cookie = `next-auth.session-token=${await tokenFor("user-5")}`;
    expect(await sessionFromRequest(withCookie(cookie))).toEqual({ userId: "user-5", sessionId: "session-of-user-5" });
  });

  test("a token minted before sessions lived on the server (no sid) is refused", async () => {
    const old = await encode({ token: { sub: "user-6" }, secret: process.env.AUTH_SECRET! });
    expect(await sessionFromRequest(withCookie(`next-auth.session-token=${old}`))).toBeNull();
  });

  test("a tampered or missing cookie is no session", async () => {
    const token = await tokenFor("user-4");
    expect(await userIdFromRequest(withCookie(`next-auth.session-token=${token.slice(0, -4)}AAAA`))).toBeNull();
    expect(await userIdFromRequest(withCookie("other=1"))).toBeNull();
  });

  test("more distinct sessions than the memory holds still all read correctly", async () => {
    const cookies = await Promise.all(
      Array.from({ length: 1100 }, async (_, index) => `next-auth.session-token=${await tokenFor(`many-${index}`)}`),
    );
    for (const [index, cookie] of cookies.entries())
      expect(await userIdFromRequest(withCookie(cookie))).toBe(`many-${index}`);
    expect(await userIdFromRequest(withCookie(cookies[0]))).toBe("many-0");
  });
});
