import "server-only";
import { prisma } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { AssetSearchQuery } from "@/lib/schemas/gallery";
import { projectAssetsSql, resolveProject } from "./access";
import { assetViewSelect, toAssetView } from "./view";
import type { AssetSearchResponse } from "@/lib/schemas/assets-response";
import { EXACT_TOTAL_CAP, estimateMatches } from "./search-count";
import { type SearchField, candidateScans, scoreSql } from "./search-sql";

type Row = { matched: number; truncated: boolean; id: string | null; score: number | null };

/**
 * GET /projects/{id}/assets/search. Exact mode: every term of the query is a substring of the
 * field. Fuzzy mode adds pg_trgm similarity, so "Thorin Okenshield" still finds "Thorin
 * Oakenshield" and ranks it above "Thorn". One round trip: each field and match kind is a bounded
 * scan walking a trigram GiST index nearest first (search-sql.ts); only the union of those
 * candidates is scored, and its size is the exact `total` while no scan was cut off. Past
 * EXACT_TOTAL_CAP matches `total` is an estimate (search-count.ts) and `total_estimated` says so.
 */
export async function searchAssets(
  userId: string,
  projectId: string,
  query: AssetSearchQuery,
): Promise<AssetSearchResponse> {
  const project = await resolveProject(userId, projectId);
  const scope = projectAssetsSql(userId, project);
  const fields = query.fields as SearchField[];
  const perScan = Math.max(query.offset + query.limit, EXACT_TOTAL_CAP) + 1;
  const scans = candidateScans(fields, query.q, query.fuzzy, scope, perScan);
  const rows = await prisma.$queryRaw<Row[]>`
    WITH hits AS (${Prisma.join(scans, " UNION ALL ")}),
    summary AS (
      SELECT (SELECT count(DISTINCT id) FROM hits)::int AS matched,
             EXISTS (SELECT 1 FROM hits GROUP BY source HAVING count(*) >= ${perScan}) AS truncated)
    SELECT summary.*, page.id, page.score FROM summary LEFT JOIN LATERAL (
      SELECT a.id, ${scoreSql(fields, query.q, query.fuzzy)}::float8 AS score
      FROM "Asset" a WHERE a.id IN (SELECT id FROM hits)
      ORDER BY score DESC, a."createdAt" DESC, a.id
      LIMIT ${query.limit} OFFSET ${query.offset}) page ON true`;
  const { matched, truncated } = rows[0];
  const hits = rows.flatMap((row) => (row.id ? [{ id: row.id, score: row.score ?? 0 }] : []));
  const estimated = truncated && matched > EXACT_TOTAL_CAP;
  const total = estimated ? await estimateMatches(fields, query.q, query.fuzzy, scope, matched) : matched;
  const found = await prisma.asset.findMany({
    where: { id: { in: hits.map((hit) => hit.id) } },
    select: assetViewSelect,
  });
  const byId = new Map(found.map((row) => [row.id, row]));
  const assets = hits.flatMap((hit) => {
    const row = byId.get(hit.id);
    return row ? [{ ...toAssetView(row), score: Math.round(hit.score * 1000) / 1000 }] : [];
  });
  return {
    assets,
    total,
    total_estimated: estimated,
    limit: query.limit,
    offset: query.offset,
    has_more: query.offset + assets.length < total,
  };
}
