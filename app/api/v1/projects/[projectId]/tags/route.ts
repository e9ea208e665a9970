import { withUser } from "@/lib/auth/with-user";
import { listProjectTags } from "@/lib/assets/project-tags";
import { json } from "@/lib/http/respond";

/** Seed 002: every tag of the project with its count. */
export const GET = withUser(async (_request, { userId, params }) => json(await listProjectTags(userId, params.projectId)));
