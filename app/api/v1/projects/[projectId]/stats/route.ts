import { getProjectStats } from "@/lib/assets/project-stats";
import { json } from "@/lib/http/respond";
import { route } from "@/lib/http/route";
import { projectIdParams } from "@/lib/schemas/gallery";

/** Totals, by status, storage, most used tags, 30-day trends, models used. */
export const GET = route({ params: projectIdParams }, async ({ userId, params }) =>
  json(await getProjectStats(userId, params.projectId)),
);
