import { withUser } from "@/lib/auth/with-user";
import { json } from "@/lib/http/respond";
import { setDefaultProfile } from "@/lib/profiles";

/** Makes this profile the user's one default (the others lose the star in the same transaction). */
export const POST = withUser(async (_request, { userId, params }) => json({ profile: await setDefaultProfile(userId, params.id) }));
