import { json } from "@/lib/http/respond";
import { route } from "@/lib/http/route";
import { checkReadiness, isReady, notReady } from "@/lib/ops/readiness";

/** Readiness: the database, the generation queue and storage all answer; else 503 naming which did not. */
export const GET = route({ auth: "none" }, async () => {
  const checks = await checkReadiness();
  if (!isReady(checks)) throw notReady(checks);
  return json({ status: "ready" as const, checks });
});
