import { json } from "@/lib/http/respond";
import { route } from "@/lib/http/route";
import { createMap } from "@/lib/maps/create-map";
import { generateMapSchema } from "@/lib/schemas/maps";

/** Generate a map (or, with regenerateOf, its next version): 201 with the stored map version. */
export const POST = route({ body: generateMapSchema }, async ({ userId, body }) => json(await createMap(userId, body), { status: 201 }));
