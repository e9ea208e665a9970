import { withUser } from "@/lib/auth/with-user";
import { parseJsonBody } from "@/lib/http/parse";
import { json } from "@/lib/http/respond";
import { uuidParam } from "@/lib/characters/uuid-param";
import { generatePortrait } from "@/lib/portraits/generate-portrait";
import { generatePortraitSchema } from "@/lib/schemas/characters";

/** Seed 001: starts a portrait (202 with generation ids to poll), or returns the existing one unless `regenerate`. */
export const POST = withUser(async (request, { userId, params }) => {
  const id = uuidParam(params.id, "Character");
  const result = await generatePortrait(userId, id, await parseJsonBody(request, generatePortraitSchema));
  return json(result, { status: result.generated ? 202 : 200 });
});
