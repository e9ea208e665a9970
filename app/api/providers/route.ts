import { withUser } from "@/lib/auth/with-user";
import { json } from "@/lib/http/respond";
import { describeProviders } from "@/lib/providers/registry";

/** The provider kinds, their presets and each model's image options, for the settings form and the Generate dialog. */
export const GET = withUser(async () => json({ providers: describeProviders() }));
