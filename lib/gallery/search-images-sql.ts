import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { type SearchColumn, type SearchQuery, anyMatch, matchClasses, scoreSql } from "@/lib/assets/search-sql";

/**
 * The gallery searches an image's asset name above its prompt, each through its full-text index
 * (migration search_words). `scored` reads the vectors computed once per ranked row (`v`).
 */
const COLUMNS: SearchColumn[] = [
  { vector: Prisma.sql`search_vector(a.name)`, scored: Prisma.sql`v.name`, index: "Asset_name_words_idx" },
  {
    vector: Prisma.sql`search_vector(i."generationPrompt")`,
    scored: Prisma.sql`v.prompt`,
    index: "Image_generationPrompt_words_idx",
  },
];
const SCORED_VECTORS = Prisma.sql`CROSS JOIN LATERAL (SELECT search_vector(a.name) AS name,
  search_vector(i."generationPrompt") AS prompt OFFSET 0) v`;

/**
 * The visibility rule split as the gallery pages split it (galleryPageSql): the user's own images,
 * others' images in the user's campaigns, others' shared portraits. Each branch walks its own
 * index; the first is the large one.
 */
export type VisibilityBranches = { own: Prisma.Sql; others: Prisma.Sql[] };

/**
 * Bounded candidate scans under the gallery filters. In the user's own images each column's match
 * classes (search-sql.ts) are scans of their own, newest first and stopped after `limit`, so the
 * union holds the best `limit` of them. Others' images visible to the user are usually few: one
 * scan per branch for any match, newest first, bounded the same way.
 */
export function imageCandidateScans(
  query: SearchQuery,
  visibility: VisibilityBranches,
  filters: Prisma.Sql[],
  limit: number,
): Prisma.Sql[] {
  // A rare class orders by an expression no index has, so its few rows are collected from the GIN
  // index and sorted rather than found by walking the library newest first (MatchClass).
  const scan = (where: Prisma.Sql, match: Prisma.Sql, walkable: boolean) =>
    Prisma.sql`(SELECT i.id FROM "Image" i LEFT JOIN "Asset" a ON a.id = i."assetId"
      WHERE ${Prisma.join([where, ...filters, match], " AND ")}
      ORDER BY ${walkable ? Prisma.sql`i."createdAt"` : Prisma.sql`(i."createdAt" + interval '0 seconds')`} DESC LIMIT ${limit})`;
  const own = COLUMNS.flatMap((column) => matchClasses(column, query)).map(({ match, walkable }) =>
    scan(visibility.own, match, walkable),
  );
  if (!own.length) return [];
  const others = visibility.others.map((where) => scan(where, anyMatch(COLUMNS, query), true));
  return [...own, ...others];
}

/** The ranking statement: the candidates scored, best first (ties newest first). */
export function rankedImagesSql(query: SearchQuery, candidates: Prisma.Sql[], limit: number): Prisma.Sql {
  return Prisma.sql`
    SELECT i.id FROM "Image" i LEFT JOIN "Asset" a ON a.id = i."assetId" ${SCORED_VECTORS}
    WHERE i.id IN (${Prisma.join(candidates, " UNION ")})
    ORDER BY ${scoreSql(COLUMNS, query)} DESC, i."createdAt" DESC, i.id DESC
    LIMIT ${limit}`;
}
