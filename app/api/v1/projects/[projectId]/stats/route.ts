import { withUser } from "@/lib/auth/with-user";
import { getProjectStats } from "@/lib/assets/project-stats";
import { json } from "@/lib/http/respond";

/** Seed 002: totals, by status, storage, most used tags, 30-day trends, models used. */
export const GET = withUser(async (_request, { userId, params }) => json(await getProjectStats(userId, params.projectId)));
