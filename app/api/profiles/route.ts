import { json } from "@/lib/http/respond";
import { route } from "@/lib/http/route";
import { createProfile, listProfiles } from "@/lib/profiles";
import { profileCreateSchema } from "@/lib/schemas/profiles";

/** The user's connection profiles (keys never included; the built-in one is made on first call). */
export const GET = route({}, async ({ userId }) => json({ profiles: await listProfiles(userId) }));

export const POST = route({ body: profileCreateSchema }, async ({ userId, body }) =>
  json({ profile: await createProfile(userId, body) }, { status: 201 }),
);
