import { withUser } from "@/lib/auth/with-user";
import { prisma } from "@/lib/db/client";
import { AppError } from "@/lib/http/errors";
import { json } from "@/lib/http/respond";
import { createTestUser, resetDatabase } from "../support/db";
import { sessionCookieFor } from "../support/session";

const echo = withUser(async (_request, { userId, params }) => json({ userId, params }));
const call = (cookie?: string) =>
  echo(new Request("http://localhost/api/x", { headers: cookie ? { cookie } : {} }), { params: Promise.resolve({ id: "42" }) });

describe("withUser", () => {
  beforeEach(resetDatabase);

  it("passes the signed-in user's id and the route params to the handler", async () => {
    const user = await createTestUser();
    const response = await call(await sessionCookieFor(user.id));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ userId: user.id, params: { id: "42" } });
  });

  it.each([
    ["no cookie", undefined],
    ["a forged cookie", "next-auth.session-token=eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0.forged"],
  ])("answers 401 in the error shape for %s", async (_label, cookie) => {
    const response = await call(cookie);
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ error: { code: "UNAUTHENTICATED", message: "Sign in to continue" } });
  });

  it("answers 401 when the session's user no longer exists", async () => {
    const user = await createTestUser();
    const cookie = await sessionCookieFor(user.id);
    await prisma.user.delete({ where: { id: user.id } });
    expect((await call(cookie)).status).toBe(401);
  });

  it("maps a thrown AppError to its status and hides unexpected errors", async () => {
    const user = await createTestUser();
    const cookie = await sessionCookieFor(user.id);
    const notFound = withUser(async () => {
      throw new AppError("NOT_FOUND", "Campaign not found");
    });
    const crash = withUser(async () => {
      throw new Error("connection string postgres://secret@host");
    });
    const request = () => new Request("http://localhost/api/x", { headers: { cookie } });
    const spy = jest.spyOn(console, "error").mockImplementation(() => {});
    expect((await notFound(request())).status).toBe(404);
    const crashed = await crash(request());
    expect(crashed.status).toBe(500);
    expect(JSON.stringify(await crashed.json())).not.toContain("secret");
    spy.mockRestore();
  });
});
