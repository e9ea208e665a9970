import { listProjectTags } from "@/lib/assets/project-tags";
import { json } from "@/lib/http/respond";
import { route } from "@/lib/http/route";
import { projectIdParams } from "@/lib/schemas/gallery";

/** Every tag of the project with its count. */
export const GET = route({ params: projectIdParams }, async ({ userId, params }) =>
  json(await listProjectTags(userId, params.projectId)),
);
