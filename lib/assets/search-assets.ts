import "server-only";
import { prisma } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { AssetSearchQuery } from "@/lib/schemas/gallery";
import { projectAssetsSql, resolveProject } from "./access";
import { assetViewSelect, toAssetView } from "./view";
import type { AssetSearchResponse } from "@/lib/schemas/assets-response";
import { countUpToCap } from "./search-count";
import { type SearchField, candidateSources, scoreSql } from "./search-sql";

type Hit = { id: string; score: number };

/**
 * GET /projects/{id}/assets/search. Exact mode: every term of the query is a substring of the
 * field. Fuzzy mode adds pg_trgm similarity, so "Thorin Okenshield" still finds "Thorin
 * Oakenshield" and ranks it above "Thorn". Each field and match kind is one bounded candidate
 * scan walking a trigram GiST index in distance order (search-sql.ts); only the union of those
 * candidates is scored. `total` is exact up to a cap and an estimate past it (search-count.ts).
 */
export async function searchAssets(userId: string, projectId: string, query: AssetSearchQuery): Promise<AssetSearchResponse> {
  const project = await resolveProject(userId, projectId);
  const scope = projectAssetsSql(userId, project);
  const fields = query.fields as SearchField[];
  const window = query.offset + query.limit;
  const sources = candidateSources(fields, query.q, query.fuzzy, scope, window);
  const [hits, count] = await Promise.all([
    prisma.$queryRaw<Hit[]>`
      SELECT a.id, ${scoreSql(fields, query.q, query.fuzzy)}::float8 AS score
      FROM "Asset" a
      WHERE a.id IN (${Prisma.join(sources, " UNION ")})
      ORDER BY score DESC, a."createdAt" DESC, a.id
      LIMIT ${query.limit} OFFSET ${query.offset}`,
    countUpToCap(fields, query.q, query.fuzzy, scope),
  ]);
  const rows = await prisma.asset.findMany({ where: { id: { in: hits.map((hit) => hit.id) } }, select: assetViewSelect });
  const byId = new Map(rows.map((row) => [row.id, row]));
  const assets = hits.flatMap((hit) => {
    const row = byId.get(hit.id);
    return row ? [{ ...toAssetView(row), score: Math.round(hit.score * 1000) / 1000 }] : [];
  });
  const total = Math.max(count.total, query.offset + assets.length);
  return {
    assets,
    total,
    total_estimated: count.estimated,
    limit: query.limit,
    offset: query.offset,
    has_more: query.offset + assets.length < total,
  };
}
