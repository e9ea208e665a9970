import "server-only";
import { prisma } from "@/lib/db/client";
import type { Prisma, ProviderKind } from "@/lib/generated/prisma/client";
import { notFound } from "@/lib/http/errors";
import type { GenerationCreate } from "@/lib/schemas/gallery";
import { writableAssets } from "@/lib/access/content";
import { PROVIDER_KINDS } from "@/lib/schemas/provider-vocabulary";
import { toStatus } from "./generation-status";
import { generationViewSelect, toGenerationView } from "./view";
import type { GenerationView } from "@/lib/schemas/assets-response";

const KNOWN_PROVIDERS = new Set<string>(PROVIDER_KINDS);

/**
 * POST /assets/{id}/generations: records a generation made elsewhere (the asset API's clients track
 * their own runs). The built-in pipeline has its own endpoint; this one never calls a provider.
 */
export async function createGeneration(
  userId: string,
  assetId: string,
  input: GenerationCreate,
): Promise<GenerationView> {
  const asset = await prisma.asset.findFirst({
    where: { id: assetId, ...writableAssets(userId) },
    select: { id: true, ownerId: true },
  });
  if (!asset) throw notFound("Asset");
  const parameters = input.parameters;
  const prompt = stringParam(parameters, "positive_prompt") ?? stringParam(parameters, "prompt") ?? "";
  const provider = (stringParam(parameters, "provider") ?? "").toUpperCase();
  const created = await prisma.generation.create({
    data: {
      ownerId: asset.ownerId,
      assetId,
      status: toStatus(input.status),
      providerKind: (KNOWN_PROVIDERS.has(provider) ? provider : "OPENAI_COMPATIBLE") as ProviderKind,
      model: stringParam(parameters, "model") ?? null,
      prompt,
      parameters: parameters as Prisma.InputJsonObject,
      metadata: input.metadata as Prisma.InputJsonObject,
      completedAt: input.status === "completed" ? new Date() : null,
    },
    select: generationViewSelect,
  });
  return toGenerationView(created);
}

function stringParam(parameters: Record<string, unknown>, key: string): string | undefined {
  const value = parameters[key];
  return typeof value === "string" && value.trim() ? value.trim().slice(0, 4000) : undefined;
}
