import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { AssetRow } from "./view";

/**
 * An asset row as the search's ranking statement returns it for its page, over `"Asset" a`: what
 * `assetViewSelect` reads, in SQL, so the page needs no query after the ranking. Dates are read
 * as UTC (Prisma stores `timestamp(3)` in UTC), so the search pool's driver makes the same Date
 * Prisma would.
 */
export const assetRowColumns = Prisma.sql`a.id, a."ownerId", a."campaignId", a.kind::text AS kind, a.name,
  a.description, a.tags, a.metadata, a."favoriteGenerationId",
  (a."createdAt" AT TIME ZONE 'UTC') AS "createdAt", (a."updatedAt" AT TIME ZONE 'UTC') AS "updatedAt",
  (SELECT count(*)::int FROM "Generation" g WHERE g."assetId" = a.id) AS generation_count,
  COALESCE((SELECT json_agg(json_build_object('id', im.id, 'bytes', im.bytes)) FROM "Image" im
    WHERE im."assetId" = a.id), '[]'::json) AS images`;

export type AssetSqlRow = Omit<AssetRow, "_count" | "kind"> & { kind: string; generation_count: number };

/** The row `toAssetView` takes, as Prisma would have read it with `assetViewSelect`. */
export function toAssetRow({ generation_count, ...row }: AssetSqlRow): AssetRow {
  return { ...row, kind: row.kind as AssetRow["kind"], _count: { generations: generation_count } };
}
