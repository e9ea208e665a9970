import { z } from "zod";
import { id } from "@/lib/http/id";
import { json } from "@/lib/http/respond";
import { route } from "@/lib/http/route";
import { generatePortrait } from "@/lib/portraits/generate-portrait";
import { generatePortraitSchema } from "@/lib/schemas/characters";

/** Starts a portrait (202 with generation ids to poll), or returns the existing one unless `regenerate`. */
export const POST = route(
  { params: z.object({ id: id("Character") }), body: generatePortraitSchema },
  async ({ userId, params, body }) => {
    const result = await generatePortrait(userId, params.id, body);
    return json(result, { status: result.generated ? 202 : 200 });
  },
);
