import { withUser } from "@/lib/auth/with-user";
import { parseJsonBody } from "@/lib/http/parse";
import { json } from "@/lib/http/respond";
import { deleteProfile, getProfile, updateProfile } from "@/lib/profiles";
import { profileUpdateSchema } from "@/lib/schemas/profiles";

export const GET = withUser(async (_request, { userId, params }) => json({ profile: await getProfile(userId, params.id) }));

export const PATCH = withUser(async (request, { userId, params }) => {
  const input = await parseJsonBody(request, profileUpdateSchema);
  return json({ profile: await updateProfile(userId, params.id, input) });
});

export const DELETE = withUser(async (_request, { userId, params }) => {
  await deleteProfile(userId, params.id);
  return new Response(null, { status: 204 });
});
