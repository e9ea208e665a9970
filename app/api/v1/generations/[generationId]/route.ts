import { deleteGeneration } from "@/lib/assets/delete-generation";
import { getGenerationView } from "@/lib/assets/get-generation-view";
import { updateGeneration } from "@/lib/assets/update-generation";
import { json, noContent } from "@/lib/http/respond";
import { route } from "@/lib/http/route";
import { generationIdParams, generationUpdateSchema } from "@/lib/schemas/gallery";

export const GET = route({ params: generationIdParams }, async ({ userId, params }) =>
  json(await getGenerationView(userId, params.generationId)),
);

export const PUT = route(
  { params: generationIdParams, body: generationUpdateSchema },
  async ({ userId, params, body }) => json(await updateGeneration(userId, params.generationId, body)),
);

export const DELETE = route({ params: generationIdParams }, async ({ userId, params }) => {
  await deleteGeneration(userId, params.generationId);
  return noContent();
});
