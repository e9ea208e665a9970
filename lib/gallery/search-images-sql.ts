import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { type SearchColumn, type SearchQuery, anyMatch, matchClasses, scoreSql } from "@/lib/assets/search-sql";
import { type ScanSource, classScan, walkRows } from "@/lib/assets/search-scans";
import { galleryImageColumns } from "./list-images-sql";

/**
 * The gallery searches an image's asset name above its prompt, both read from the image row: the
 * asset's name is kept on it (`assetName`, migration image_search_vector), and so is its kind for
 * the kind filter (`assetKind`), so candidate scans, filters and the ranking read "Image" alone, each field through its full-text index. `scored` reads the
 * vectors computed once per ranked row (`v`).
 */
const COLUMNS: SearchColumn[] = [
  {
    vector: Prisma.sql`search_vector(i."assetName")`,
    scored: Prisma.sql`v.name`,
    walked: Prisma.sql`i."assetName"`,
    index: "Image_assetName_words_idx",
  },
  {
    vector: Prisma.sql`search_vector(i."generationPrompt")`,
    scored: Prisma.sql`v.prompt`,
    walked: Prisma.sql`i."generationPrompt"`,
    index: "Image_generationPrompt_words_idx",
  },
];
const SCORED_VECTORS = Prisma.sql`CROSS JOIN LATERAL (SELECT search_vector(i."assetName") AS name,
  search_vector(i."generationPrompt") AS prompt OFFSET 0) v`;

/**
 * The visibility rule split as the gallery pages split it (galleryPageSql): the user's own images,
 * others' images in the user's campaigns, others' shared portraits. Each branch walks its own
 * index; the first is the large one.
 */
export type VisibilityBranches = { own: Prisma.Sql; others: Prisma.Sql[] };

/**
 * Bounded candidate scans under the gallery filters, each selecting `id` and `source`. In the
 * user's own images each column's match classes (search-sql.ts) are scans of their own, newest
 * first and stopped after `limit` (search-scans.ts), so the union holds the best `limit` of them.
 * Others' images visible to the user are usually few: one scan per branch for any match, newest
 * first, bounded the same way.
 */
export function imageCandidateScans(
  query: SearchQuery,
  visibility: VisibilityBranches,
  filters: Prisma.Sql[],
  limit: number,
): Prisma.Sql[] {
  const where = (branch: Prisma.Sql, ...more: Prisma.Sql[]) => Prisma.join([branch, ...filters, ...more], " AND ");
  const own: ScanSource = {
    collect: (match, n, fromIndex) =>
      Prisma.sql`SELECT i.id FROM "Image" i WHERE ${where(visibility.own, match)}
        ORDER BY ${fromIndex ? Prisma.sql`(i."createdAt" + interval '0 seconds')` : Prisma.sql`i."createdAt"`} DESC LIMIT ${n}`,
    // The newest images themselves (alias i), then the test on them. Under filters the planner,
    // which knows how few images they keep, picks each scan: a walk would find too few matches.
    walk: filters.length
      ? null
      : (test, n) =>
          Prisma.sql`SELECT i.id FROM (SELECT * FROM "Image" i WHERE ${visibility.own}
          ORDER BY i."createdAt" DESC LIMIT ${walkRows(n)}) i
        WHERE ${test} ORDER BY i."createdAt" DESC LIMIT ${n}`,
  };
  // Under filters only images matching every query word (or its closest dictionary word) are
  // candidates: a class of one common word alone, intersected with filters on the images, would
  // cost a join per image bearing that word.
  const classes = COLUMNS.flatMap((column) => matchClasses(column, query, filters.length === 0));
  if (!classes.length) return [];
  const others = visibility.others.map(
    (branch) =>
      Prisma.sql`(SELECT i.id, -1 AS source FROM "Image" i
        WHERE ${where(branch, anyMatch(COLUMNS, query))} ORDER BY i."createdAt" DESC LIMIT ${limit})`,
  );
  return [...classes.map((cls, id) => classScan(own, cls, limit, id)), ...others];
}

/** The ranking statement: the candidates scored, best first (ties newest first). */
export function rankedImagesSql(query: SearchQuery, candidates: Prisma.Sql[], limit: number): Prisma.Sql {
  return Prisma.sql`SELECT id FROM (${rankedSql(query, candidates, limit, 0)}) r ORDER BY ${RANKED_ORDER}`;
}

/**
 * A relevance page in the ranking statement itself: the ranked candidates from `offset`, then
 * their gallery rows (`galleryImageColumns`, the sorted pages' own), joined only for the page.
 */
export function rankedImagePageSql(
  query: SearchQuery,
  candidates: Prisma.Sql[],
  limit: number,
  offset: number,
): Prisma.Sql {
  return Prisma.sql`
    SELECT ${galleryImageColumns} FROM (${rankedSql(query, candidates, limit, offset)}) r
    JOIN "Image" i ON i.id = r.id LEFT JOIN "Asset" a ON a.id = i."assetId"
    ORDER BY ${RANKED_ORDER}`;
}

const RANKED_ORDER = Prisma.sql`r.score DESC, r."createdAt" DESC, r.id DESC`;

function rankedSql(query: SearchQuery, candidates: Prisma.Sql[], limit: number, offset: number): Prisma.Sql {
  return Prisma.sql`
    SELECT i.id, i."createdAt", ${scoreSql(COLUMNS, query)}::float8 AS score FROM "Image" i ${SCORED_VECTORS}
    WHERE i.id IN (SELECT id FROM (${Prisma.join(candidates, " UNION ALL ")}) c)
    ORDER BY score DESC, i."createdAt" DESC, i.id DESC
    LIMIT ${limit} OFFSET ${offset}`;
}
