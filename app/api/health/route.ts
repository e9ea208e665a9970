import { json } from "@/lib/http/respond";
import { route } from "@/lib/http/route";

/** Liveness: the process answers. Asks no dependency, so a database outage never restarts the web tier. */
export const GET = route({ auth: "none" }, async () => json({ status: "ok" as const }));
