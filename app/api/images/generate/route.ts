import { generateImagesAndWait, startImageGeneration } from "@/lib/generation/generate-images";
import { json } from "@/lib/http/respond";
import { route } from "@/lib/http/route";
import { imageGenerationRequestSchema } from "@/lib/schemas/image-generation";

/**
 * Generate images with one of the user's connection profiles. By default the request waits for
 * the images (200 with the saved files); `wait: false` answers 202 with ids to poll.
 */
export const POST = route(
  { body: imageGenerationRequestSchema },
  async ({ userId, body: { wait = true, ...input } }) => {
    const generation = { userId, ...input };
    if (!wait) return json(await startImageGeneration(generation), { status: 202 });
    return json(await generateImagesAndWait(generation));
  },
);
