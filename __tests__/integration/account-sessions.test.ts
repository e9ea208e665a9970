// Sessions end on the server: next-auth's sign-out, "sign out everywhere" and signing one browser
// out from Settings all make a copied session token a 401 on its very next request.
import { prisma } from "@/lib/db/client";
import { hashPassword } from "@/lib/auth/password";
import * as campaigns from "@/app/api/campaigns/route";
import * as sessions from "@/app/api/account/sessions/route";
import * as oneSession from "@/app/api/account/sessions/[id]/route";
import { callRoute } from "../support/call-route";
import { createTestUser, resetDatabase } from "../support/db";
import { TestBrowser } from "../support/next-auth-flow";
import { sessionCookieForToken, signInSession } from "../support/session";

const PASSWORD = "correct horse battery staple";
let user: { id: string; email: string };
beforeEach(async () => {
  await resetDatabase();
  user = await createTestUser({ passwordHash: await hashPassword(PASSWORD) });
});

/** What a signed-in request with this cookie gets. */
const statusWith = async (cookie: string) => (await callRoute(campaigns.GET, { cookie })).status;

async function signedInBrowser(userAgent?: string): Promise<TestBrowser> {
  const browser = new TestBrowser(userAgent);
  await browser.signInWithPassword(user.email, PASSWORD);
  expect(browser.sessionToken).toBeDefined();
  return browser;
}

test("signing in starts a Session row (with the browser's user agent) that the token names", async () => {
  const browser = await signedInBrowser("Firefox on the test bench");
  const rows = await prisma.session.findMany({ where: { userId: user.id } });
  expect(rows).toEqual([expect.objectContaining({ userAgent: "Firefox on the test bench", revokedAt: null })]);
  expect(await statusWith(browser.cookieHeader)).toBe(200);
  const session = await browser.call("session");
  expect(session.body).toMatchObject({ user: { id: user.id } });
});

test("a token copied before sign-out is a 401 after it", async () => {
  const browser = await signedInBrowser();
  const copied = browser.cookieHeader;
  expect(await statusWith(copied)).toBe(200);
  await browser.signOut();
  expect(browser.sessionToken).toBeUndefined();
  expect(await statusWith(copied)).toBe(401);
  expect(await prisma.session.count({ where: { userId: user.id, revokedAt: { not: null } } })).toBe(1);
  // next-auth's own session endpoint agrees, and clears the copied cookie.
  const thief = new TestBrowser();
  thief.cookies.set("next-auth.session-token", copied.split("next-auth.session-token=")[1].split(";")[0]);
  const answer = await thief.call("session");
  expect(answer.body).toEqual({});
  expect(thief.sessionToken).toBeUndefined();
});

test("sign out everywhere ends another browser's session and the caller's own", async () => {
  const laptop = await signedInBrowser("laptop");
  const phone = await signedInBrowser("phone");
  expect([await statusWith(laptop.cookieHeader), await statusWith(phone.cookieHeader)]).toEqual([200, 200]);
  const ended = await callRoute(sessions.DELETE, { cookie: laptop.cookieHeader, method: "DELETE" });
  expect(ended.status).toBe(204);
  expect([await statusWith(laptop.cookieHeader), await statusWith(phone.cookieHeader)]).toEqual([401, 401]);
});

test("Settings lists the live sessions, the current one marked, and signs one browser out", async () => {
  const here = await signInSession(user.id, "here");
  const there = await signInSession(user.id, "there");
  const stranger = await createTestUser();
  await signInSession(stranger.id, "a stranger's");
  const listed = await callRoute(sessions.GET, { cookie: here.cookie });
  expect(listed.status).toBe(200);
  expect(
    listed.body.sessions.map((s: { userAgent: string; current: boolean }) => [s.userAgent, s.current]).sort(),
  ).toEqual([
    ["here", true],
    ["there", false],
  ]);
  const out = await callRoute(oneSession.DELETE, {
    cookie: here.cookie,
    method: "DELETE",
    params: { id: there.sessionId },
  });
  expect(out.status).toBe(204);
  expect([await statusWith(here.cookie), await statusWith(there.cookie)]).toEqual([200, 401]);
  const after = await callRoute(sessions.GET, { cookie: here.cookie });
  expect(after.body.sessions).toEqual([expect.objectContaining({ id: here.sessionId, current: true })]);
});

test("another user's session (or an ended one) is a 404, and nothing changes", async () => {
  const mine = await signInSession(user.id);
  const stranger = await createTestUser();
  const theirs = await signInSession(stranger.id);
  const ended = await signInSession(user.id);
  await prisma.session.update({ where: { id: ended.sessionId }, data: { revokedAt: new Date() } });
  const before = await prisma.session.findMany({ orderBy: { id: "asc" } });
  for (const id of [theirs.sessionId, ended.sessionId]) {
    const refused = await callRoute(oneSession.DELETE, { cookie: mine.cookie, method: "DELETE", params: { id } });
    expect([refused.status, refused.body.error.code]).toEqual([404, "NOT_FOUND"]);
  }
  expect(await prisma.session.findMany({ orderBy: { id: "asc" } })).toEqual(before);
  expect(await statusWith(theirs.cookie)).toBe(200);
});

test("a token minted before sessions lived on the server (no sid), or naming another user's session, is a 401", async () => {
  expect(await statusWith(await sessionCookieForToken({ sub: user.id }))).toBe(401);
  const stranger = await createTestUser();
  const theirs = await signInSession(stranger.id);
  expect(await statusWith(await sessionCookieForToken({ sub: user.id, sid: theirs.sessionId }))).toBe(401);
  expect(await statusWith(await sessionCookieForToken({ sub: user.id, sid: "not-a-uuid" }))).toBe(401);
});

test("last seen moves to the minute, not with every request", async () => {
  const here = await signInSession(user.id);
  const longAgo = new Date(Date.now() - 3_600_000);
  await prisma.session.update({ where: { id: here.sessionId }, data: { lastSeenAt: longAgo } });
  await statusWith(here.cookie);
  const seen = (await prisma.session.findUniqueOrThrow({ where: { id: here.sessionId } })).lastSeenAt;
  expect(seen.getTime()).toBeGreaterThan(longAgo.getTime() + 3_000_000);
  await statusWith(here.cookie);
  expect((await prisma.session.findUniqueOrThrow({ where: { id: here.sessionId } })).lastSeenAt).toEqual(seen);
});

test("a session older than the token's lifetime is not listed, and the next sign-in removes it", async () => {
  const old = await signInSession(user.id, "last season");
  await prisma.session.update({
    where: { id: old.sessionId },
    data: { createdAt: new Date(Date.now() - 31 * 24 * 3_600_000) },
  });
  const here = await signInSession(user.id, "here");
  const listed = await callRoute(sessions.GET, { cookie: here.cookie });
  expect(listed.body.sessions.map((s: { userAgent: string }) => s.userAgent)).toEqual(["here"]);
  await signedInBrowser();
  expect(await prisma.session.findUnique({ where: { id: old.sessionId } })).toBeNull();
});

test("another user signing in on the same browser ends the session whose cookie it replaces", async () => {
  const shared = await signedInBrowser();
  const before = shared.cookieHeader;
  const other = await createTestUser({ passwordHash: await hashPassword(PASSWORD) });
  await shared.signInWithPassword(other.email, PASSWORD);
  expect((await shared.call("session")).body).toMatchObject({ user: { id: other.id } });
  expect(await statusWith(before)).toBe(401);
  expect(await statusWith(shared.cookieHeader)).toBe(200);
});
