import { json } from "@/lib/http/respond";
import { route } from "@/lib/http/route";
import { describeProviders } from "@/lib/providers/registry";

/** The provider kinds, their presets and each model's image options, for the settings form and the Generate dialog. */
export const GET = route({}, async () => json({ providers: describeProviders() }));
