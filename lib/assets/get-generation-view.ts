import "server-only";
import { prisma } from "@/lib/db/client";
import { notFound } from "@/lib/http/errors";
import { readableGenerations } from "@/lib/access/content";
import { generationViewSelect, toGenerationView } from "./view";
import type { GenerationView } from "@/lib/schemas/assets-response";

/** A generation the user may see (through its asset); 404 otherwise. */
export async function getGenerationView(userId: string, generationId: string): Promise<GenerationView> {
  const row = await prisma.generation.findFirst({
    where: { id: generationId, ...readableGenerations(userId) },
    select: generationViewSelect,
  });
  if (!row) throw notFound("Generation");
  return toGenerationView(row);
}
