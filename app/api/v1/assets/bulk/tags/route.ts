import { withUser } from "@/lib/auth/with-user";
import { bulkUpdateTags } from "@/lib/assets/update-asset";
import { json } from "@/lib/http/respond";
import { parseJsonBody } from "@/lib/http/parse";
import { bulkTagsSchema } from "@/lib/schemas/gallery";

/** Seed 002: add, remove or replace tags on many assets; `updated` counts them. */
export const PUT = withUser(async (request, { userId }) => json(await bulkUpdateTags(userId, await parseJsonBody(request, bulkTagsSchema))));
