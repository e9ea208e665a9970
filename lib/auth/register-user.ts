import { prisma } from "@/lib/db/client";
import { AppError } from "@/lib/http/errors";
import { isUniqueViolation } from "@/lib/http/prisma-errors";
import type { SignUpInput } from "@/lib/schemas/auth";
import type { PublicUser } from "@/lib/schemas/auth-response";
import type { ClientAddress } from "./client-address";
import { hashPassword } from "./password";
import { recordFailure, secondsLocked, SIGN_UP_POLICY, signUpKey } from "./throttle";

/** The account as the app shows it (the sign-up response contract's user). */
export type { PublicUser };

/** Creates an account with a password. A taken email is a 409; creating nothing else on failure. */
export async function registerUser(input: SignUpInput, address: ClientAddress): Promise<PublicUser> {
  const wait = await secondsLocked(signUpKey(address));
  if (wait > 0) {
    throw new AppError("RATE_LIMITED", "Too many accounts were created from your network. Try again later.", {
      retryAfterSeconds: wait,
    });
  }
  const existing = await prisma.user.findUnique({ where: { email: input.email }, select: { id: true } });
  if (existing) throw emailTaken();

  const passwordHash = await hashPassword(input.password);
  try {
    const user = await prisma.user.create({
      data: { email: input.email, name: input.name, passwordHash },
      select: { id: true, email: true, name: true },
    });
    // Every account counts toward the per-address sign-up budget, not only failures.
    await recordFailure(signUpKey(address), SIGN_UP_POLICY);
    return user;
  } catch (error) {
    // Two sign-ups racing for the same email: the unique index decides, the loser gets 409.
    if (isUniqueViolation(error)) throw emailTaken();
    throw error;
  }
}

const emailTaken = () =>
  new AppError("CONFLICT", "An account with this email already exists", {
    details: { issues: [{ path: "email", message: "An account with this email already exists. Sign in instead?" }] },
  });
