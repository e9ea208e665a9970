import { authenticateWithPassword, SignInRefused } from "@/lib/auth/authenticate";
import { hashPassword } from "@/lib/auth/password";
import { prisma } from "@/lib/db/client";
import { resetDatabase } from "../support/db";

const email = "mira@example.com";
const password = "moonlit grove 42";

async function refusal(promise: Promise<unknown>): Promise<SignInRefused> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof SignInRefused) return error;
    throw error;
  }
  throw new Error("expected the sign-in to be refused");
}

describe("authenticateWithPassword", () => {
  beforeEach(async () => {
    await resetDatabase();
    await prisma.user.create({ data: { email, name: "Mira", passwordHash: await hashPassword(password) } });
  });

  it("accepts the right password, whatever the email's case", async () => {
    const user = await authenticateWithPassword({ email: "MIRA@example.com", password }, "198.51.100.1");
    expect(user).toMatchObject({ email, name: "Mira" });
  });

  it("refuses a wrong password and an unknown email alike", async () => {
    expect((await refusal(authenticateWithPassword({ email, password: "nope nope nope" }, "a"))).message).toBe("INVALID_CREDENTIALS");
    expect((await refusal(authenticateWithPassword({ email: "ghost@example.com", password }, "a"))).message).toBe("INVALID_CREDENTIALS");
    expect((await refusal(authenticateWithPassword({ email: 5 }, "a"))).message).toBe("INVALID_CREDENTIALS");
  });

  it("locks the account after five failures, even for the right password, and says how long", async () => {
    for (let attempt = 0; attempt < 5; attempt++) {
      await refusal(authenticateWithPassword({ email, password: "wrong guess!!" }, `198.51.100.${attempt}`));
    }
    const locked = await refusal(authenticateWithPassword({ email, password }, "198.51.100.99"));
    expect(locked.reason).toBe("RATE_LIMITED");
    expect(locked.retryAfterSeconds).toBeGreaterThan(14 * 60);
    expect(locked.message).toMatch(/^RATE_LIMITED:\d+$/);
  });

  it("clears the count after a successful sign-in", async () => {
    for (let attempt = 0; attempt < 4; attempt++) await refusal(authenticateWithPassword({ email, password: "wrong guess!!" }, "x"));
    await authenticateWithPassword({ email, password }, "x");
    for (let attempt = 0; attempt < 4; attempt++) await refusal(authenticateWithPassword({ email, password: "wrong guess!!" }, "x"));
    await expect(authenticateWithPassword({ email, password }, "x")).resolves.toMatchObject({ email });
  });

  it("counts concurrent failures without losing any", async () => {
    await Promise.all(
      Array.from({ length: 5 }, () => refusal(authenticateWithPassword({ email, password: "wrong guess!!" }, "y"))),
    );
    const row = await prisma.loginThrottle.findUniqueOrThrow({ where: { key: `email:${email}` } });
    expect(row.failures).toBe(5);
    expect(row.lockedUntil).not.toBeNull();
  });
});
