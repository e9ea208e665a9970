import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { searchTerms } from "@/lib/assets/search-sql";

const likePattern = (term: string) => `%${term.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;

/** Every word of the query is in the asset name (trigram-indexed ILIKE). */
const exactName = (q: string) =>
  Prisma.sql`(${Prisma.join(
    searchTerms(q).map((term) => Prisma.sql`a.name ILIKE ${likePattern(term)}`),
    " AND ",
  )})`;

/**
 * The gallery search score over `"Image" i LEFT JOIN "Asset" a`: an exact name match (2 + its
 * similarity) above any fuzzy one; fuzzy is the best of the name's similarity, the query's word
 * similarity inside the name, and inside the prompt (weighted 0.7: the prompt is not the title).
 */
export function imageScoreSql(q: string): Prisma.Sql {
  return Prisma.sql`GREATEST(
    CASE WHEN ${exactName(q)} THEN 2 + similarity(a.name, ${q}) ELSE 0 END,
    COALESCE(similarity(a.name, ${q}), 0), COALESCE(word_similarity(${q}, a.name), 0),
    COALESCE(word_similarity(${q}, i."generationPrompt"), 0) * 0.7)`;
}

/**
 * Bounded candidate scans, each under the caller's scope (visibility and the gallery filters),
 * each ordered by the measure its part of the score uses, so a trigram GiST index returns rows
 * nearest first and the scan stops after `limit`: the union holds the best `limit` overall.
 */
export function imageCandidateScans(q: string, scope: Prisma.Sql[], limit: number): Prisma.Sql[] {
  const where = Prisma.join(scope, " AND ");
  const scan = (match: Prisma.Sql, distance: Prisma.Sql) =>
    Prisma.sql`(SELECT i.id FROM "Image" i LEFT JOIN "Asset" a ON a.id = i."assetId" WHERE ${where} AND ${match} ORDER BY ${distance} LIMIT ${limit})`;
  return [
    scan(exactName(q), Prisma.sql`a.name <-> ${q}`),
    scan(Prisma.sql`a.name % ${q}`, Prisma.sql`a.name <-> ${q}`),
    scan(Prisma.sql`${q} <% a.name`, Prisma.sql`${q} <<-> a.name`),
    scan(Prisma.sql`${q} <% i."generationPrompt"`, Prisma.sql`${q} <<-> i."generationPrompt"`),
  ];
}
