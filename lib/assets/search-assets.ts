import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { AssetSearchQuery } from "@/lib/schemas/gallery";
import { projectAssetsSql, resolveProject } from "./access";
import { toAssetView } from "./view";
import { type AssetSqlRow, assetRowColumns, toAssetRow } from "./search-page-sql";
import type { AssetSearchResponse } from "@/lib/schemas/assets-response";
import { EXACT_TOTAL_CAP, estimateMatches } from "./search-count";
import { runSearch } from "./run-search";
import { type ScanSource, classScan, walkRows } from "./search-scans";
import { type SearchColumn, type SearchQuery, matchClasses, scoreSql } from "./search-sql";
import { commonWords, lookUpWords, searchTerms } from "./search-words";

export type SearchField = "name" | "description" | "tags";

/** Each field's vector as its GIN index has it, and as computed once per scored row (`v`). */
const COLUMNS: Record<SearchField, SearchColumn> = {
  name: {
    vector: Prisma.sql`search_vector(a.name)`,
    scored: Prisma.sql`v.name`,
    walked: Prisma.sql`w.name`,
    index: "Asset_name_words_idx",
  },
  description: {
    vector: Prisma.sql`search_vector(a.description)`,
    scored: Prisma.sql`v.description`,
    walked: Prisma.sql`w.description`,
    index: "Asset_description_words_idx",
  },
  tags: {
    vector: Prisma.sql`search_vector(asset_tags_text(a.tags))`,
    scored: Prisma.sql`v.tags`,
    walked: Prisma.sql`w.tags`,
    index: "Asset_tags_words_idx",
  },
};
// OFFSET 0 keeps the subquery from being flattened, so each vector is computed once per row.
const SCORED_VECTORS = Prisma.sql`CROSS JOIN LATERAL (SELECT search_vector(a.name) AS name,
  search_vector(a.description) AS description, search_vector(asset_tags_text(a.tags)) AS tags OFFSET 0) v`;

/**
 * Newest first. Collecting a class from its GIN index orders by an expression no index has, so
 * the planner does not walk the library instead (search-scans.ts).
 */
const NEWEST = Prisma.sql`a."createdAt"`;
const NEWEST_COLLECTED = Prisma.sql`(a."createdAt" + interval '0 seconds')`;

type Row = { matched: number; truncated: boolean; score: number | null; ranked_at: Date | null } & Partial<AssetSqlRow>;

/**
 * GET /projects/{id}/assets/search. Exact mode: every word of the query is a word of the field or
 * begins one. Fuzzy mode also takes, for each query word, the closest words of the dictionary
 * (search-words.ts), so "Thorin Okenshield" finds "Thorin Oakenshield" and ranks it above
 * "Thorin Stonehelm". One round trip for the dictionary, one statement for the page: each field
 * and match class (search-sql.ts) is a scan of exact words, newest first and stopped after enough
 * rows, walking the library for common words and reading the GIN index for rare ones
 * (search-scans.ts); only the union of those candidates is scored, and its size is the exact
 * `total` while no scan was cut off. Past EXACT_TOTAL_CAP matches (or offset + limit) `total` is
 * an estimate (search-count.ts, asked on another connection while the ranking runs when a class is
 * of common words, the likely case) and `total_estimated` says so.
 */
export async function searchAssets(
  userId: string,
  projectId: string,
  query: AssetSearchQuery,
): Promise<AssetSearchResponse> {
  const project = await resolveProject(userId, projectId);
  const terms = searchTerms(query.q);
  const page = { limit: query.limit, offset: query.offset };
  const none = { assets: [], total: 0, total_estimated: false, ...page, has_more: false };
  if (!terms.length) return none;
  const scope = projectAssetsSql(userId, project);
  const columns = (query.fields as SearchField[]).map((field) => COLUMNS[field]);
  const [words, common] = await Promise.all([lookUpWords(terms, query.fuzzy), commonWords()]);
  const search: SearchQuery = { terms: words, fuzzy: query.fuzzy, common };
  const perScan = Math.max(query.offset + query.limit, EXACT_TOTAL_CAP) + 1;
  const classes = columns.flatMap((column) => matchClasses(column, search));
  // A query word the dictionary has never seen (and no close word in fuzzy mode): nothing matches.
  if (!classes.length) return none;
  const source: ScanSource = {
    collect: (match, limit, fromIndex) =>
      Prisma.sql`SELECT a.id FROM "Asset" a WHERE ${scope} AND ${match}
        ORDER BY ${fromIndex ? NEWEST_COLLECTED : NEWEST} DESC LIMIT ${limit}`,
    // A library walks its (ownerId, createdAt) index; a campaign's assets have no such order.
    walk: project.campaignId
      ? null
      : (test, limit) =>
          Prisma.sql`SELECT w.id FROM (SELECT a.id, a."createdAt", a.name, a.description, asset_tags_text(a.tags) AS tags
            FROM "Asset" a WHERE ${scope} ORDER BY a."createdAt" DESC LIMIT ${walkRows(limit)}) w
          WHERE ${test} ORDER BY w."createdAt" DESC LIMIT ${limit}`,
  };
  const scans = classes.map((cls, id) => classScan(source, cls, perScan, id));
  // The page's asset rows come with the ranking (only the page's ids are joined back to Asset).
  // A class of the planner's common words usually has more matches than the cap: its estimate is
  // asked beside the ranking (another connection) rather than after it, and used only if needed.
  const estimate = classes.some((cls) => cls.walkable) ? estimateMatches(columns, search, scope) : null;
  // Unused, its failure is not the request's (used, `await` below still throws it).
  estimate?.catch(() => undefined);
  const rows = await runSearch<Row>(
    Prisma.sql`
    WITH hits AS (${Prisma.join(scans, " UNION ALL ")}),
    summary AS (
      SELECT (SELECT count(DISTINCT id) FROM hits)::int AS matched,
             EXISTS (SELECT 1 FROM hits GROUP BY source HAVING count(*) >= ${perScan}) AS truncated)
    SELECT summary.*, page.* FROM summary LEFT JOIN LATERAL (
      SELECT r.score, r."createdAt" AS ranked_at, ${assetRowColumns} FROM (
        SELECT a.id, a."createdAt", ${scoreSql(columns, search)}::float8 AS score
        FROM "Asset" a ${SCORED_VECTORS} WHERE a.id IN (SELECT id FROM hits)
        ORDER BY score DESC, a."createdAt" DESC, a.id
        LIMIT ${query.limit} OFFSET ${query.offset}) r
      JOIN "Asset" a ON a.id = r.id) page ON true
    ORDER BY page.score DESC, page.ranked_at DESC, page.id`,
    // A library's scans have their paths fixed (walk or collect); a campaign's collects are the
    // planner's choice, from the campaign's own figures.
    source.walk ? "generic" : "custom",
  );
  const { matched, truncated } = rows[0];
  const estimated = truncated && matched > EXACT_TOTAL_CAP;
  const total = estimated ? Math.max(await (estimate ?? estimateMatches(columns, search, scope)), matched) : matched;
  // Extra columns (the summary's, the ranking's) are not read by toAssetView.
  const assets = rows.flatMap((row) =>
    row.id
      ? [{ ...toAssetView(toAssetRow(row as AssetSqlRow)), score: Math.round((row.score ?? 0) * 1000) / 1000 }]
      : [],
  );
  return {
    assets,
    total,
    total_estimated: estimated,
    ...page,
    has_more: query.offset + assets.length < total,
  };
}
