import { json } from "@/lib/http/respond";
import { route } from "@/lib/http/route";
import { storageStanding } from "@/lib/images/storage-quota";

/** Where you stand against the storage quota: the bytes your images take, and the quota (null: none). */
export const GET = route({}, async ({ userId }) => json(await storageStanding(userId)));
