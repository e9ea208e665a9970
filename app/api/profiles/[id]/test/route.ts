import { withUser } from "@/lib/auth/with-user";
import { json } from "@/lib/http/respond";
import { testConnection } from "@/lib/profiles";

/** 200 with `{ ok: true, models }` or `{ ok: false, message }`: a refused key is a result to show, not a server error. */
export const POST = withUser(async (_request, { userId, params }) => json(await testConnection(userId, params.id)));
