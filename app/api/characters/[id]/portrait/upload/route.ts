import { withUser } from "@/lib/auth/with-user";
import { uuidParam } from "@/lib/characters/uuid-param";
import { json } from "@/lib/http/respond";
import { uploadPortrait } from "@/lib/portraits/upload-portrait";

/** A custom portrait (multipart `file`); it becomes current and joins the history. Owner only. */
export const POST = withUser(async (request, { userId, params }) => json(await uploadPortrait(userId, uuidParam(params.id, "Character"), request), { status: 201 }));
