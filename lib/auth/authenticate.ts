import { prisma } from "@/lib/db/client";
import { signInSchema } from "@/lib/schemas/auth";
import { burnPasswordCheck, verifyPassword } from "./password";
import type { PublicUser } from "./register-user";
import type { ClientAddress } from "./client-address";
import {
  ADDRESS_POLICY,
  addressKey,
  clearFailures,
  PAIR_POLICY,
  pairKey,
  recordFailure,
  secondsLocked,
} from "./throttle";

/** Error codes next-auth passes to the sign-in page as `result.error`. */
export class SignInRefused extends Error {
  constructor(
    readonly reason: "INVALID_CREDENTIALS" | "RATE_LIMITED",
    readonly retryAfterSeconds = 0,
  ) {
    super(reason === "RATE_LIMITED" ? `RATE_LIMITED:${retryAfterSeconds}` : reason);
    this.name = "SignInRefused";
  }
}

/**
 * Checks an email and password, counting failures per (email, client) pair and per client address.
 * The address-wide limit applies only to a known address: an unknown client's key is a digest of
 * its own headers, which a stranger could share with many real users, so it may lock only the pair.
 */
export async function authenticateWithPassword(credentials: unknown, client: ClientAddress): Promise<PublicUser> {
  const parsed = signInSchema.safeParse(credentials);
  if (!parsed.success) throw new SignInRefused("INVALID_CREDENTIALS");
  const { email, password } = parsed.data;
  const addressWide = client.kind === "address";

  const wait = Math.max(
    await secondsLocked(pairKey(email, client)),
    addressWide ? await secondsLocked(addressKey(client)) : 0,
  );
  if (wait > 0) throw new SignInRefused("RATE_LIMITED", wait);

  const user = await prisma.user.findUnique({ where: { email } });
  const valid = user?.passwordHash
    ? await verifyPassword(user.passwordHash, password)
    : (await burnPasswordCheck(password), false);
  if (!user || !valid) {
    await recordFailure(pairKey(email, client), PAIR_POLICY);
    if (addressWide) await recordFailure(addressKey(client), ADDRESS_POLICY);
    throw new SignInRefused("INVALID_CREDENTIALS");
  }
  await clearFailures(pairKey(email, client));
  return { id: user.id, email: user.email, name: user.name };
}
