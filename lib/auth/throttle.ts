import { prisma } from "@/lib/db/client";
import type { ClientAddress } from "./client-address";

/**
 * Failed sign-in throttling, kept in PostgreSQL so every web process sees the same counts.
 * Two keys are counted per attempt: the (email, client) pair (stops guessing one account's
 * password from one place) and the client address (stops spraying passwords over many accounts).
 * There is deliberately no lock per email alone: it would let anyone without the password keep
 * the owner out from everywhere.
 */
export type ThrottlePolicy = { maxFailures: number; windowMs: number; lockMs: number };

export const PAIR_POLICY: ThrottlePolicy = { maxFailures: 5, windowMs: 15 * 60_000, lockMs: 15 * 60_000 };
export const ADDRESS_POLICY: ThrottlePolicy = { maxFailures: 30, windowMs: 15 * 60_000, lockMs: 15 * 60_000 };
/** Accounts one address may create per hour (SIGN_UP_LIMIT_PER_HOUR, default 20). */
export const SIGN_UP_POLICY: ThrottlePolicy = {
  maxFailures: Number(process.env.SIGN_UP_LIMIT_PER_HOUR) > 0 ? Number(process.env.SIGN_UP_LIMIT_PER_HOUR) : 20,
  windowMs: 60 * 60_000,
  lockMs: 60 * 60_000,
};

/** Seconds until the key may try again, or 0 when it is not locked. */
export async function secondsLocked(key: string, now = new Date()): Promise<number> {
  const row = await prisma.loginThrottle.findUnique({ where: { key } });
  if (!row?.lockedUntil || row.lockedUntil <= now) return 0;
  return Math.ceil((row.lockedUntil.getTime() - now.getTime()) / 1000);
}

/** Counts one failure in a single upsert statement, so concurrent failures are all counted. */
export async function recordFailure(key: string, policy: ThrottlePolicy, now = new Date()): Promise<void> {
  const windowStart = new Date(now.getTime() - policy.windowMs);
  const lockUntil = new Date(now.getTime() + policy.lockMs);
  await prisma.$executeRaw`
    INSERT INTO "LoginThrottle" ("key", "failures", "firstFailureAt", "lockedUntil")
    VALUES (${key}, 1, ${now}, ${policy.maxFailures <= 1 ? lockUntil : null})
    ON CONFLICT ("key") DO UPDATE SET
      "failures" = CASE WHEN "LoginThrottle"."firstFailureAt" < ${windowStart} THEN 1 ELSE "LoginThrottle"."failures" + 1 END,
      "firstFailureAt" = CASE WHEN "LoginThrottle"."firstFailureAt" < ${windowStart} THEN ${now} ELSE "LoginThrottle"."firstFailureAt" END,
      "lockedUntil" = CASE
        WHEN "LoginThrottle"."firstFailureAt" >= ${windowStart} AND "LoginThrottle"."failures" + 1 >= ${policy.maxFailures}
        THEN ${lockUntil} ELSE "LoginThrottle"."lockedUntil" END`;
}

export async function clearFailures(key: string): Promise<void> {
  await prisma.loginThrottle.deleteMany({ where: { key } });
}

export const pairKey = (email: string, client: ClientAddress) => `pair:${client.key}:${email}`;
export const addressKey = (client: ClientAddress) => `ip:${client.key}`;
export const signUpKey = (client: ClientAddress) => `signup:${client.key}`;
