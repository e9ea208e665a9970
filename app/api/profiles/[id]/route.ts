import { z } from "zod";
import { id } from "@/lib/http/id";
import { json, noContent } from "@/lib/http/respond";
import { route } from "@/lib/http/route";
import { deleteProfile, getProfile, updateProfile } from "@/lib/profiles";
import { profileUpdateSchema } from "@/lib/schemas/profiles";

const params = z.object({ id: id("Profile") });

export const GET = route({ params }, async ({ userId, params }) =>
  json({ profile: await getProfile(userId, params.id) }),
);

export const PATCH = route({ params, body: profileUpdateSchema }, async ({ userId, params, body }) =>
  json({ profile: await updateProfile(userId, params.id, body) }),
);

export const DELETE = route({ params }, async ({ userId, params }) => {
  await deleteProfile(userId, params.id);
  return noContent();
});
