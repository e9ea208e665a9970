import { withUser } from "@/lib/auth/with-user";
import { parseJsonBody } from "@/lib/http/parse";
import { json } from "@/lib/http/respond";
import { createProfile, listProfiles } from "@/lib/profiles";
import { profileCreateSchema } from "@/lib/schemas/profiles";

/** The user's connection profiles (keys never included; the built-in one is made on first call). */
export const GET = withUser(async (_request, { userId }) => json({ profiles: await listProfiles(userId) }));

export const POST = withUser(async (request, { userId }) => {
  const input = await parseJsonBody(request, profileCreateSchema);
  return json({ profile: await createProfile(userId, input) }, { status: 201 });
});
