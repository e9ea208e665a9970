import { withUser } from "@/lib/auth/with-user";
import { json } from "@/lib/http/respond";
import { parseWith } from "@/lib/http/parse";
import { generationIdParams } from "@/lib/schemas/gallery";
import { uploadToGeneration } from "@/lib/uploads/upload-to-generation";

/** Seed 002: multipart upload of a generation's file, checked by decoding before anything is stored. */
export const POST = withUser(async (request, { userId, params }) => {
  const { generationId } = parseWith(generationIdParams, params);
  return json(await uploadToGeneration(userId, generationId, request), { status: 201 });
});
