import { z } from "zod";
import { id } from "@/lib/http/id";
import { json } from "@/lib/http/respond";
import { route } from "@/lib/http/route";
import { setDefaultProfile } from "@/lib/profiles";

/** Makes this profile the user's one default (the others lose the star in the same transaction). */
export const POST = route({ params: z.object({ id: id("Profile") }) }, async ({ userId, params }) =>
  json({ profile: await setDefaultProfile(userId, params.id) }),
);
