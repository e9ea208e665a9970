import { withUser } from "@/lib/auth/with-user";
import { deleteGeneration, getGenerationView, updateGeneration } from "@/lib/assets/generations";
import { json } from "@/lib/http/respond";
import { parseJsonBody, parseWith } from "@/lib/http/parse";
import { generationIdParams, generationUpdateSchema } from "@/lib/schemas/gallery";

export const GET = withUser(async (_request, { userId, params }) => {
  const { generationId } = parseWith(generationIdParams, params);
  return json(await getGenerationView(userId, generationId));
});

export const PUT = withUser(async (request, { userId, params }) => {
  const { generationId } = parseWith(generationIdParams, params);
  return json(await updateGeneration(userId, generationId, await parseJsonBody(request, generationUpdateSchema)));
});

export const DELETE = withUser(async (_request, { userId, params }) => {
  const { generationId } = parseWith(generationIdParams, params);
  await deleteGeneration(userId, generationId);
  return new Response(null, { status: 204 });
});
