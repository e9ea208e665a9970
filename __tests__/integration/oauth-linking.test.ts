// OAuth through next-auth's own round trip against a real fake provider on 127.0.0.1: a first
// sign-in never attaches to an existing account by email; a provider is linked only from
// Settings, by the signed-in user who asked for it (a link intent), and only once.
import { prisma } from "@/lib/db/client";
import { hashPassword } from "@/lib/auth/password";
import * as links from "@/app/api/account/links/route";
import * as campaigns from "@/app/api/campaigns/route";
import { callRoute } from "../support/call-route";
import { createTestUser, resetDatabase } from "../support/db";
import { FakeOAuthProvider } from "../support/fake-oauth-provider";
import { TestBrowser } from "../support/next-auth-flow";

const PASSWORD = "correct horse battery staple";
const fake = new FakeOAuthProvider();
beforeAll(() => fake.start());
afterAll(() => fake.stop());

let owner: { id: string; email: string };
beforeEach(async () => {
  await resetDatabase();
  owner = await createTestUser({ email: "ada@example.test", passwordHash: await hashPassword(PASSWORD) });
  fake.profile = { id: "gh-1", email: "someone-new@example.test", name: "Someone New" };
});

const browser = () => new TestBrowser("jest", [fake.provider("github")]);
const accounts = () => prisma.account.findMany({ select: { userId: true, provider: true, providerAccountId: true } });
const errorOf = (redirect?: string) => (redirect ? new URL(redirect, "http://x").searchParams.get("error") : null);

test("a first sign-in with a new email makes an account with the identity linked", async () => {
  const visitor = browser();
  const answer = await visitor.signInWithOAuth("github");
  expect(errorOf(answer.redirect)).toBeNull();
  const user = await prisma.user.findUniqueOrThrow({ where: { email: "someone-new@example.test" } });
  expect(await accounts()).toEqual([{ userId: user.id, provider: "github", providerAccountId: "gh-1" }]);
  expect((await callRoute(campaigns.GET, { cookie: visitor.cookieHeader })).status).toBe(200);
  // The next sign-in with the same identity is the same user, whatever email the provider says now.
  fake.profile = { ...fake.profile, email: "changed@example.test" };
  const again = browser();
  await again.signInWithOAuth("github");
  expect((await again.call("session")).body).toMatchObject({ user: { id: user.id } });
});

test("a first sign-in whose email has a password account is refused, and nothing is made", async () => {
  fake.profile = { id: "gh-attacker", email: owner.email, name: "Not Ada" };
  const before = { users: await prisma.user.count(), sessions: await prisma.session.count() };
  const visitor = browser();
  const answer = await visitor.signInWithOAuth("github");
  expect(answer.redirect).toContain("/sign-in?error=");
  expect(errorOf(answer.redirect)).toBe("OAUTH_EMAIL_HAS_PASSWORD_ACCOUNT:github");
  expect(visitor.sessionToken).toBeUndefined();
  expect(await accounts()).toEqual([]);
  expect({ users: await prisma.user.count(), sessions: await prisma.session.count() }).toEqual(before);
});

test("an email of an account that signs in another way is refused too", async () => {
  const viaDiscord = await createTestUser({ email: "bo@example.test" });
  await prisma.account.create({ data: { userId: viaDiscord.id, provider: "discord", providerAccountId: "d-1" } });
  fake.profile = { id: "gh-2", email: "bo@example.test", name: "Bo" };
  const answer = await browser().signInWithOAuth("github");
  expect(errorOf(answer.redirect)).toBe("OAUTH_EMAIL_HAS_ACCOUNT:github");
  expect(await prisma.account.count({ where: { provider: "github" } })).toBe(0);
});

async function signedInOwner(): Promise<TestBrowser> {
  const ada = browser();
  await ada.signInWithPassword(owner.email, PASSWORD);
  expect(ada.sessionToken).toBeDefined();
  return ada;
}

test("linking from Settings: the signed-in user asks, then the round trip links to that user", async () => {
  const ada = await signedInOwner();
  const sessionBefore = await prisma.session.findFirstOrThrow({ where: { userId: owner.id } });
  fake.profile = { id: "gh-ada", email: "ada-on-github@example.test", name: "Ada" };
  const asked = await callRoute(links.POST, { cookie: ada.cookieHeader, body: { provider: "github" } });
  expect(asked.status).toBe(204);
  const answer = await ada.signInWithOAuth("github", "http://localhost:3000/settings?linked=github");
  expect(answer.redirect).toBe("http://localhost:3000/settings?linked=github");
  expect(await accounts()).toEqual([{ userId: owner.id, provider: "github", providerAccountId: "gh-ada" }]);
  expect(await prisma.oAuthLinkIntent.count()).toBe(0);
  // The browser keeps its session (the same row), and no second user appeared.
  expect(await prisma.session.findMany({ where: { userId: owner.id }, select: { id: true } })).toEqual([
    { id: sessionBefore.id },
  ]);
  expect(await prisma.user.count()).toBe(1);
  // From now on the identity signs Ada in.
  const elsewhere = browser();
  await elsewhere.signInWithOAuth("github");
  expect((await elsewhere.call("session")).body).toMatchObject({ user: { id: owner.id } });
  const listed = await callRoute(links.GET, { cookie: ada.cookieHeader });
  expect(listed.status).toBe(200);
});

test("signed in but without asking, the round trip does not link (even with the same email)", async () => {
  const ada = await signedInOwner();
  fake.profile = { id: "gh-3", email: owner.email, name: "Ada" };
  const answer = await ada.signInWithOAuth("github");
  expect(errorOf(answer.redirect)).toBe("OAUTH_EMAIL_HAS_PASSWORD_ACCOUNT:github");
  expect(await accounts()).toEqual([]);
});

test("an expired link intent links nothing", async () => {
  const ada = await signedInOwner();
  await prisma.oAuthLinkIntent.create({
    data: { userId: owner.id, provider: "github", expiresAt: new Date(Date.now() - 1000) },
  });
  fake.profile = { id: "gh-4", email: "ada-else@example.test", name: "Ada" };
  await ada.signInWithOAuth("github");
  expect(await prisma.account.count({ where: { userId: owner.id } })).toBe(0);
});

test("an identity that belongs to another user is not moved by a link", async () => {
  const other = await createTestUser();
  await prisma.account.create({ data: { userId: other.id, provider: "github", providerAccountId: "gh-taken" } });
  const ada = await signedInOwner();
  fake.profile = { id: "gh-taken", email: "x@example.test", name: "X" };
  await callRoute(links.POST, { cookie: ada.cookieHeader, body: { provider: "github" } });
  const answer = await ada.signInWithOAuth("github");
  expect(answer.redirect).toContain("/settings?linkError=OAUTH_LINKED_ELSEWHERE");
  expect(await accounts()).toEqual([{ userId: other.id, provider: "github", providerAccountId: "gh-taken" }]);
  // Ada is still signed in as herself.
  expect((await ada.call("session")).body).toMatchObject({ user: { id: owner.id } });
});

test("a link intent is refused cross-site, and an unknown provider is a 400", async () => {
  const ada = await signedInOwner();
  const crossSite = await callRoute(links.POST, {
    cookie: ada.cookieHeader,
    body: { provider: "github" },
    headers: { origin: "https://evil.example" },
  });
  const unknown = await callRoute(links.POST, { cookie: ada.cookieHeader, body: { provider: "myspace" } });
  expect([crossSite.status, unknown.status]).toEqual([403, 400]);
  expect(await prisma.oAuthLinkIntent.count()).toBe(0);
});
