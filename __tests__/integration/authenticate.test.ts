import { authenticateWithPassword, SignInRefused } from "@/lib/auth/authenticate";
import type { ClientAddress } from "@/lib/auth/client-address";
import { hashPassword } from "@/lib/auth/password";
import { prisma } from "@/lib/db/client";
import { resetDatabase } from "../support/db";

const email = "mira@example.com";
const password = "moonlit grove 42";
const at = (key: string): ClientAddress => ({ kind: "address", key });

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
    const user = await authenticateWithPassword({ email: "MIRA@example.com", password }, at("198.51.100.1"));
    expect(user).toMatchObject({ email, name: "Mira" });
  });

  it("refuses a wrong password and an unknown email alike", async () => {
    expect((await refusal(authenticateWithPassword({ email, password: "nope nope nope" }, at("a")))).message).toBe(
      "INVALID_CREDENTIALS",
    );
    expect((await refusal(authenticateWithPassword({ email: "ghost@example.com", password }, at("a")))).message).toBe(
      "INVALID_CREDENTIALS",
    );
    expect((await refusal(authenticateWithPassword({ email: 5 }, at("a")))).message).toBe("INVALID_CREDENTIALS");
  });

  it("locks the (email, address) pair after five failures, even for the right password, and says how long", async () => {
    for (let attempt = 0; attempt < 5; attempt++) {
      await refusal(authenticateWithPassword({ email, password: "wrong guess!!" }, at("203.0.113.66")));
    }
    const locked = await refusal(authenticateWithPassword({ email, password }, at("203.0.113.66")));
    expect(locked.reason).toBe("RATE_LIMITED");
    expect(locked.retryAfterSeconds).toBeGreaterThan(14 * 60);
    expect(locked.message).toMatch(/^RATE_LIMITED:\d+$/);
  });

  it("keeps the owner signing in from their own address while a stranger guesses their password", async () => {
    for (let attempt = 0; attempt < 5; attempt++) {
      await refusal(authenticateWithPassword({ email, password: "wrong guess!!" }, at("203.0.113.66")));
    }
    await expect(authenticateWithPassword({ email, password }, at("198.51.100.8"))).resolves.toMatchObject({ email });
    expect(await prisma.loginThrottle.count({ where: { key: { contains: "198.51.100.8" } } })).toBe(0);
  });

  it("locks an address spraying random emails, but nobody else", async () => {
    for (let attempt = 0; attempt < 30; attempt++) {
      await refusal(
        authenticateWithPassword(
          { email: `ghost${attempt}-${Math.random()}@example.com`, password },
          at("203.0.113.66"),
        ),
      );
    }
    const sprayer = await refusal(authenticateWithPassword({ email, password }, at("203.0.113.66")));
    expect(sprayer.reason).toBe("RATE_LIMITED");
    await expect(authenticateWithPassword({ email, password }, at("198.51.100.8"))).resolves.toMatchObject({ email });
  });

  it("never applies an address-wide lock to clients whose address is unknown", async () => {
    const stranger: ClientAddress = { kind: "unknown", key: "client-stranger" };
    for (let attempt = 0; attempt < 30; attempt++) {
      await refusal(authenticateWithPassword({ email: `ghost${attempt}@example.com`, password }, stranger));
    }
    expect(await prisma.loginThrottle.count({ where: { key: { startsWith: "ip:" } } })).toBe(0);
    await expect(
      authenticateWithPassword({ email, password }, { kind: "unknown", key: "client-owner" }),
    ).resolves.toMatchObject({ email });
  });

  it("clears the count after a successful sign-in", async () => {
    for (let attempt = 0; attempt < 4; attempt++)
      await refusal(authenticateWithPassword({ email, password: "wrong guess!!" }, at("x")));
    await authenticateWithPassword({ email, password }, at("x"));
    for (let attempt = 0; attempt < 4; attempt++)
      await refusal(authenticateWithPassword({ email, password: "wrong guess!!" }, at("x")));
    await expect(authenticateWithPassword({ email, password }, at("x"))).resolves.toMatchObject({ email });
  });

  it("counts concurrent failures without losing any", async () => {
    await Promise.all(
      Array.from({ length: 5 }, () => refusal(authenticateWithPassword({ email, password: "wrong guess!!" }, at("y")))),
    );
    const row = await prisma.loginThrottle.findUniqueOrThrow({ where: { key: `pair:y:${email}` } });
    expect(row.failures).toBe(5);
    expect(row.lockedUntil).not.toBeNull();
  });
});
