import { bulkUpdateTags } from "@/lib/assets/update-asset";
import { json } from "@/lib/http/respond";
import { route } from "@/lib/http/route";
import { bulkTagsSchema } from "@/lib/schemas/gallery";

/** Add, remove or replace tags on many assets; `updated` counts them. */
export const PUT = route({ body: bulkTagsSchema }, async ({ userId, body }) =>
  json(await bulkUpdateTags(userId, body)),
);
