import { withUser } from "@/lib/auth/with-user";
import { generateImagesAndWait, startImageGeneration } from "@/lib/generation/generate-images";
import { parseJsonBody } from "@/lib/http/parse";
import { json } from "@/lib/http/respond";
import { imageGenerationRequestSchema } from "@/lib/schemas/image-generation";

/**
 * Seed 003: generate images with one of the user's connection profiles. By default the request
 * waits for the images (200 with the saved files); `wait: false` answers 202 with ids to poll.
 */
export const POST = withUser(async (request, { userId }) => {
  const { wait = true, ...input } = await parseJsonBody(request, imageGenerationRequestSchema);
  const generation = { userId, ...input };
  if (!wait) return json(await startImageGeneration(generation), { status: 202 });
  return json(await generateImagesAndWait(generation));
});
