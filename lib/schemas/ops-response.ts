import { z } from "zod";

/** Response contracts of the operations routes a load balancer and an orchestrator poll. */

/** GET /api/health: the process answers (liveness), nothing else is asked. */
export const healthResponse = z.object({ status: z.literal("ok") });

/** The dependencies a node needs before it should get traffic, each "ok" or why not. */
export const READINESS_CHECKS = ["database", "queue", "storage"] as const;
export const readinessCheckResult = z.enum(["ok", "failed", "timed out"]);
export const readinessChecks = z.object({
  database: readinessCheckResult,
  queue: readinessCheckResult,
  storage: readinessCheckResult,
});

/** GET /api/ready (200); a 503 carries the same `checks` in the error's details. */
export const readyResponse = z.object({ status: z.literal("ready"), checks: readinessChecks });
