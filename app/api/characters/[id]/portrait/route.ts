import { withUser } from "@/lib/auth/with-user";
import { json } from "@/lib/http/respond";
import { uuidParam } from "@/lib/characters/uuid-param";
import { getPortrait } from "@/lib/portraits/portrait-history";

/** Seed 001: the current portrait (url, prompt used) and every generation of it. */
export const GET = withUser(async (_request, { userId, params }) => json(await getPortrait(userId, uuidParam(params.id, "Character"))));
