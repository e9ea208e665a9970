import "server-only";
import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { notFound } from "@/lib/http/errors";
import { PREGENERATED_CHARACTERS } from "./pregenerated-data";
import type { PregeneratedCharacter } from "@/lib/schemas/characters-response";

/**
 * Seeds CharacterTemplate on first use rather than in the launcher: every process and every test
 * database gets them without an extra step, and upserts make a repeat (or a race) harmless.
 * Editing pregenerated-data.ts updates the stored templates on the next start.
 */
export async function ensurePregeneratedCharacters(): Promise<void> {
  if ((await prisma.characterTemplate.count()) >= PREGENERATED_CHARACTERS.length) return;
  await prisma.$transaction(
    PREGENERATED_CHARACTERS.map(({ slug, ...profile }) =>
      prisma.characterTemplate.upsert({
        where: { slug },
        create: {
          slug,
          name: profile.name,
          race: profile.race,
          characterClass: profile.character_class,
          profile: profile as Prisma.InputJsonValue,
        },
        update: {
          name: profile.name,
          race: profile.race,
          characterClass: profile.character_class,
          profile: profile as Prisma.InputJsonValue,
        },
      }),
    ),
  );
}

export async function listPregeneratedCharacters(): Promise<PregeneratedCharacter[]> {
  await ensurePregeneratedCharacters();
  const templates = await prisma.characterTemplate.findMany({ orderBy: { name: "asc" } });
  return templates.map((template) => ({
    slug: template.slug,
    name: template.name,
    ...(template.profile as Record<string, unknown>),
  }));
}

/** A template's fields, to merge under what the user typed when starting from it. */
export async function templateFields(slug: string): Promise<Record<string, unknown>> {
  await ensurePregeneratedCharacters();
  const template = await prisma.characterTemplate.findUnique({ where: { slug } });
  if (!template) throw notFound("Pregenerated character");
  return template.profile as Record<string, unknown>;
}
