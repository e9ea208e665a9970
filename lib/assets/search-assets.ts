import "server-only";
import { prisma } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { AssetSearchQuery } from "@/lib/schemas/gallery";
import { projectAssetsSql, resolveProject } from "./access";
import { assetViewSelect, toAssetView } from "./view";
import type { AssetSearchResponse } from "@/lib/schemas/assets-response";

type Hit = { id: string; score: number; total: bigint };

/**
 * GET /projects/{id}/assets/search. Exact mode: full-text match (`simple` dictionary, prefix
 * terms) or a substring, ranked by ts_rank. Fuzzy mode: pg_trgm similarity, so "Thorin Okenshield"
 * still finds "Thorin Oakenshield" and ranks it above "Thorn". Both use the gallery_search indexes.
 */
export async function searchAssets(userId: string, projectId: string, query: AssetSearchQuery): Promise<AssetSearchResponse> {
  const project = await resolveProject(userId, projectId);
  const conditions = query.fields.map((field) => (query.fuzzy ? fuzzyMatch(field, query.q) : exactMatch(field, query.q)));
  const scores = query.fields.map((field) => (query.fuzzy ? fuzzyScore(field, query.q) : exactScore(field, query.q)));
  const hits = await prisma.$queryRaw<Hit[]>`
    SELECT a.id, GREATEST(${Prisma.join(scores)})::float8 AS score, COUNT(*) OVER () AS total
    FROM "Asset" a
    WHERE ${projectAssetsSql(userId, project)} AND (${Prisma.join(conditions, " OR ")})
    ORDER BY score DESC, a."createdAt" DESC, a.id
    LIMIT ${query.limit} OFFSET ${query.offset}`;
  const total = hits.length > 0 ? Number(hits[0].total) : await countBeyondPage(query.offset);
  const rows = await prisma.asset.findMany({ where: { id: { in: hits.map((hit) => hit.id) } }, select: assetViewSelect });
  const byId = new Map(rows.map((row) => [row.id, row]));
  const assets = hits.flatMap((hit) => {
    const row = byId.get(hit.id);
    return row ? [{ ...toAssetView(row), score: Math.round(hit.score * 1000) / 1000 }] : [];
  });
  return { assets, total, limit: query.limit, offset: query.offset, has_more: query.offset + assets.length < total };
}

// An empty page past the end cannot report the total from its rows; it is at most the offset.
const countBeyondPage = async (offset: number) => (offset === 0 ? 0 : offset);

const tsQuery = (q: string) => {
  const terms = q.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return terms.length ? terms.map((term) => `${term}:*`).join(" & ") : "''";
};

function exactMatch(field: string, q: string): Prisma.Sql {
  const like = `%${q.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
  if (field === "tags") return Prisma.sql`EXISTS (SELECT 1 FROM unnest(a.tags) t WHERE t ILIKE ${like})`;
  const column = field === "name" ? Prisma.sql`a.name` : Prisma.sql`a.description`;
  return Prisma.sql`(to_tsvector('simple', ${column}) @@ to_tsquery('simple', ${tsQuery(q)}) OR ${column} ILIKE ${like})`;
}

function exactScore(field: string, q: string): Prisma.Sql {
  if (field === "tags") return Prisma.sql`CASE WHEN ${q} = ANY(a.tags) THEN 1.0 ELSE 0 END`;
  const column = field === "name" ? Prisma.sql`a.name` : Prisma.sql`a.description`;
  const weight = field === "name" ? 1 : 0.5;
  return Prisma.sql`(ts_rank(to_tsvector('simple', ${column}), to_tsquery('simple', ${tsQuery(q)})) + similarity(${column}, ${q})) * ${weight}`;
}

function fuzzyMatch(field: string, q: string): Prisma.Sql {
  if (field === "tags") return Prisma.sql`EXISTS (SELECT 1 FROM unnest(a.tags) t WHERE t % ${q})`;
  const column = field === "name" ? Prisma.sql`a.name` : Prisma.sql`a.description`;
  // `%` is whole-string similarity, `<%` finds the query inside a longer text; both are indexed.
  return Prisma.sql`(${column} % ${q} OR ${q} <% ${column})`;
}

function fuzzyScore(field: string, q: string): Prisma.Sql {
  if (field === "tags") return Prisma.sql`COALESCE((SELECT MAX(similarity(t, ${q})) FROM unnest(a.tags) t), 0) * 0.8`;
  const column = field === "name" ? Prisma.sql`a.name` : Prisma.sql`a.description`;
  const weight = field === "name" ? 1 : 0.6;
  return Prisma.sql`GREATEST(similarity(${column}, ${q}), word_similarity(${q}, ${column})) * ${weight}`;
}
