import "server-only";
import { loadProfile, loadProfileConnection } from "@/lib/generation/load-profile-connection";
import { generateJson } from "@/lib/providers/json-output";
import { getAdapter } from "@/lib/providers/registry";
import { layoutProposalSchema, proposalPrompt, repairProposedLayout } from "./ai-layout";
import { generateLayout } from "./generate-layout";
import type { GenerateLayoutInput, MapLayout } from "@/lib/schemas/map-layout";

const PROPOSAL_TIMEOUT_MS = 60_000;

/**
 * With a text-capable profile the model proposes the layout; its answer is validated and repaired
 * (repairProposedLayout). Anything unusable falls back to the seeded generator, with the reason
 * recorded so the DM sees why.
 */
export async function layoutFor(
  userId: string,
  input: GenerateLayoutInput,
  description: string,
  profileId?: string,
): Promise<{ layout: MapLayout; source: { kind: "generator" | "ai"; notes: string[] } }> {
  if (!profileId) return { layout: generateLayout(input), source: { kind: "generator", notes: [] } };
  const profile = await loadProfile(userId, profileId);
  const adapter = getAdapter(profile.kind);
  if (!adapter.supportsJson || !adapter.generateText) {
    return {
      layout: generateLayout(input),
      source: {
        kind: "generator",
        notes: [`${adapter.label} cannot propose layouts as text; the built-in generator was used`],
      },
    };
  }
  try {
    const connection = await loadProfileConnection(userId, profileId);
    const proposal = await generateJson(
      adapter,
      connection,
      {
        model: connection.textModel ?? adapter.defaults.textModel ?? "",
        prompt: proposalPrompt(input, description),
        signal: AbortSignal.timeout(PROPOSAL_TIMEOUT_MS),
        maxTokens: 4000,
      },
      layoutProposalSchema,
    );
    const { layout, notes } = repairProposedLayout(proposal, input);
    if (layout) return { layout, source: { kind: "ai", notes } };
    return {
      layout: generateLayout(input),
      source: { kind: "generator", notes: [`The model's layout was rejected: ${notes.join("; ")}`] },
    };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      layout: generateLayout(input),
      source: { kind: "generator", notes: [`The model's layout was rejected: ${reason.slice(0, 300)}`] },
    };
  }
}
