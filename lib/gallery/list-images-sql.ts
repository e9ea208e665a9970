import "server-only";
import { prisma } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { GalleryQuery } from "@/lib/schemas/gallery";
import { campaignImagesSql, sharedPortraitImagesSql } from "@/lib/access/content";
import type { GalleryImageRow } from "./image-view";

const KIND = { portrait: "PORTRAIT", map: "MAP", token: "TOKEN", other: "IMAGE" } as const;
const SOURCE = { generated: "GENERATED", upload: "UPLOAD", import: "IMPORT" } as const;

/** A bare date `to` means the whole of that day. */
const endOf = (value: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T23:59:59.999Z` : new Date(value).toISOString();
/** Prisma stores DateTime as UTC in `timestamp(3)`; an ISO string cast to timestamp drops the `Z`. */
const ts = (iso: string) => Prisma.sql`${iso}::timestamp`;

/**
 * The one definition of the gallery filters, as SQL over `"Image" i` alone. Every
 * gallery list uses it: the date- and name-sorted pages (`galleryPageSql`) and the fuzzy search's
 * candidates (`rankedImageIds` in list-images.ts).
 */
export function galleryFilterSql(query: GalleryQuery): Prisma.Sql[] {
  const list: Prisma.Sql[] = [];
  // The image row's copy of its asset's kind (migration image_asset_kind): no filter joins Asset.
  if (query.kind) list.push(Prisma.sql`i."assetKind" = ${KIND[query.kind]}::"AssetKind"`);
  if (query.source) list.push(Prisma.sql`i.source = ${SOURCE[query.source]}::"ImageSource"`);
  if (query.tags?.length) list.push(Prisma.sql`i.tags @> ${query.tags}::text[]`);
  if (query.favorites !== undefined) list.push(Prisma.sql`i."isFavorite" = ${query.favorites}`);
  if (query.campaign) list.push(Prisma.sql`i."campaignId" = ${query.campaign}::uuid`);
  if (query.character) {
    list.push(Prisma.sql`(EXISTS (SELECT 1 FROM "ImageTag" t WHERE t."imageId" = i.id AND t."tagType" = 'CHARACTER' AND t."tagId" = ${query.character})
      OR EXISTS (SELECT 1 FROM "CharacterProfile" p WHERE p."portraitAssetId" = i."assetId" AND p.id = ${query.character}::uuid))`);
  }
  if (query.from) list.push(Prisma.sql`i."createdAt" >= ${ts(new Date(query.from).toISOString())}`);
  if (query.to) list.push(Prisma.sql`i."createdAt" <= ${ts(endOf(query.to))}`);
  if (query.model) list.push(Prisma.sql`i."generationModel" = ${query.model}`);
  return list;
}

type AssetRow = NonNullable<GalleryImageRow["asset"]>;
/** A gallery row as `galleryImageColumns` selects it. */
export type GalleryImageSqlRow = Omit<GalleryImageRow, "asset"> & {
  asset_id: string | null;
  asset_name: string | null;
  asset_kind: string | null;
  asset_tags: string[] | null;
  asset_visibility: AssetRow["visibility"] | null;
};

export type SqlPage = {
  /** `newest`/`oldest` order by (createdAt, id); `name` by asset name then newest. */
  order: "newest" | "oldest" | "name";
  /** Extra conditions (the keyset cursor). */
  extra?: Prisma.Sql[];
  offset?: number;
  take: number;
};

/**
 * One round trip for a page of the gallery: the visibility rule (lib/access readableImagesSql:
 * own images, everything in a campaign the user runs, what is revealed in one they play in, shared
 * portraits), the filters, the asset join and the order. Visibility is a UNION ALL of three
 * disjoint branches (own images, others' campaign images, others' shared portraits not already in
 * the second), each ordered and limited, so each walks its own index (ownerId+createdAt,
 * campaignId, assetId); the outer query merges.
 */
export async function galleryPageSql(userId: string, query: GalleryQuery, page: SqlPage): Promise<GalleryImageRow[]> {
  const conditions = [...galleryFilterSql(query), ...(page.extra ?? [])];
  const filters = conditions.length ? Prisma.sql` AND ${Prisma.join(conditions, " AND ")}` : Prisma.empty;
  const orderBy =
    page.order === "name"
      ? Prisma.raw(`asset_name ASC NULLS LAST, "createdAt" DESC, id DESC`)
      : page.order === "oldest"
        ? Prisma.raw(`"createdAt" ASC, id ASC`)
        : Prisma.raw(`"createdAt" DESC, id DESC`);
  const innerOrder =
    page.order === "name"
      ? Prisma.raw(`a.name ASC NULLS LAST, i."createdAt" DESC, i.id DESC`)
      : page.order === "oldest"
        ? Prisma.raw(`i."createdAt" ASC, i.id ASC`)
        : Prisma.raw(`i."createdAt" DESC, i.id DESC`);
  const offset = page.offset ?? 0;
  const branchLimit = offset + page.take;
  const columns = galleryImageColumns;
  const rows = await prisma.$queryRaw<GalleryImageSqlRow[]>`
    SELECT * FROM (
      (SELECT ${columns} FROM "Image" i LEFT JOIN "Asset" a ON a.id = i."assetId"
       WHERE i."ownerId" = ${userId}::uuid${filters}
       ORDER BY ${innerOrder} LIMIT ${branchLimit})
      UNION ALL
      (SELECT ${columns} FROM "Image" i LEFT JOIN "Asset" a ON a.id = i."assetId"
       WHERE i."ownerId" <> ${userId}::uuid AND ${campaignImagesSql(userId, "i")}${filters}
       ORDER BY ${innerOrder} LIMIT ${branchLimit})
      UNION ALL
      (SELECT ${columns} FROM "Image" i LEFT JOIN "Asset" a ON a.id = i."assetId"
       WHERE i."ownerId" <> ${userId}::uuid AND ${sharedPortraitImagesSql(userId, "i")} AND NOT COALESCE(${campaignImagesSql(userId, "i")}, false)${filters}
       ORDER BY ${innerOrder} LIMIT ${branchLimit})
    ) page
    ORDER BY ${orderBy} OFFSET ${offset} LIMIT ${page.take}`;
  return rows.map(toGalleryImageRow);
}

/**
 * The one SQL definition of a gallery row, over `"Image" i LEFT JOIN "Asset" a`: the sorted pages
 * and the search's ranked page select it and map it with `toGalleryImageRow`. `createdAt` is read
 * as UTC (Prisma stores `timestamp(3)` in UTC), so either driver makes the same Date of it.
 */
export const galleryImageColumns = Prisma.sql`i.id, i.width, i.height, i.bytes, i.format, i.source::text AS source, i."isFavorite", COALESCE(i.tags, '{}') AS tags,
    (i."createdAt" AT TIME ZONE 'UTC') AS "createdAt", i."generationModel", i."generationPrompt", i."generationId", i."campaignId",
    a.id AS asset_id, a.name AS asset_name, a.kind::text AS asset_kind, a.tags AS asset_tags, a.visibility::text AS asset_visibility`;

/**
 * Field by field rather than by rest and spread: a search maps 60 of these per request, and
 * copying a row's properties by rest and spread made a third of that request's garbage.
 */
export function toGalleryImageRow(row: GalleryImageSqlRow): GalleryImageRow {
  return {
    id: row.id,
    width: row.width,
    height: row.height,
    bytes: row.bytes,
    format: row.format,
    source: row.source as GalleryImageRow["source"],
    isFavorite: row.isFavorite,
    tags: row.tags,
    createdAt: row.createdAt,
    generationModel: row.generationModel,
    generationPrompt: row.generationPrompt,
    generationId: row.generationId,
    campaignId: row.campaignId,
    asset: row.asset_id
      ? {
          id: row.asset_id,
          name: row.asset_name ?? "",
          kind: row.asset_kind as AssetRow["kind"],
          tags: row.asset_tags ?? [],
          visibility: row.asset_visibility ?? "DM_ONLY",
        }
      : null,
  };
}
