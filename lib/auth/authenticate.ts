import { prisma } from "@/lib/db/client";
import { signInSchema } from "@/lib/schemas/auth";
import { burnPasswordCheck, verifyPassword } from "./password";
import type { PublicUser } from "./register-user";
import { ADDRESS_POLICY, addressKey, clearFailures, EMAIL_POLICY, emailKey, recordFailure, secondsLocked } from "./throttle";

/** Error codes next-auth passes to the sign-in page as `result.error`. */
export class SignInRefused extends Error {
  constructor(readonly reason: "INVALID_CREDENTIALS" | "RATE_LIMITED", readonly retryAfterSeconds = 0) {
    super(reason === "RATE_LIMITED" ? `RATE_LIMITED:${retryAfterSeconds}` : reason);
    this.name = "SignInRefused";
  }
}

/** Checks an email and password, counting failures per email and per client address. */
export async function authenticateWithPassword(credentials: unknown, address: string): Promise<PublicUser> {
  const parsed = signInSchema.safeParse(credentials);
  if (!parsed.success) throw new SignInRefused("INVALID_CREDENTIALS");
  const { email, password } = parsed.data;

  const wait = Math.max(await secondsLocked(emailKey(email)), await secondsLocked(addressKey(address)));
  if (wait > 0) throw new SignInRefused("RATE_LIMITED", wait);

  const user = await prisma.user.findUnique({ where: { email } });
  const valid = user?.passwordHash ? await verifyPassword(user.passwordHash, password) : (await burnPasswordCheck(password), false);
  if (!user || !valid) {
    await recordFailure(emailKey(email), EMAIL_POLICY);
    await recordFailure(addressKey(address), ADDRESS_POLICY);
    throw new SignInRefused("INVALID_CREDENTIALS");
  }
  await clearFailures(emailKey(email));
  return { id: user.id, email: user.email, name: user.name };
}
