import { z } from "zod";
import { rotateInviteCode } from "@/lib/campaigns/campaigns";
import { id } from "@/lib/http/id";
import { json } from "@/lib/http/respond";
import { route } from "@/lib/http/route";

const params = z.object({ id: id("Campaign") });

/** The DM replaces the invite code; the old code stops working at once. Anyone else gets 404. */
export const POST = route({ params }, async ({ userId, params }) => json(await rotateInviteCode(userId, params.id)));
