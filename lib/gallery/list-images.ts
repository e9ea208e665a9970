import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { validationError } from "@/lib/http/errors";
import { isId } from "@/lib/http/id";
import type { GalleryQuery } from "@/lib/schemas/gallery";
import { toGalleryImage } from "./image-view";
import { campaignImagesSql, sharedPortraitImagesSql } from "@/lib/access/content";
import { campaignRole } from "@/lib/access/require";
import { commonWords, lookUpWords, searchTerms } from "@/lib/assets/search-words";
import { type SearchPlan, runSearch } from "@/lib/assets/run-search";
import type { SearchQuery } from "@/lib/assets/search-sql";
import { type GalleryImageSqlRow, galleryFilterSql, galleryPageSql, toGalleryImageRow } from "./list-images-sql";
import { imageCandidateScans, rankedImagePageSql, rankedImagesSql } from "./search-images-sql";
import type { GalleryPageResponse } from "@/lib/schemas/gallery-response";

type Cursor = { t: string; id: string } | { o: number };
// Relevance pages come from this ranked list (10 pages of 60); each candidate scan stops there.
const SEARCH_CANDIDATES = 600;

/**
 * The gallery's list: every image the user may see, filtered, sorted, a page at a time. Date sorts
 * page by keyset (createdAt, id) so page 500 costs what page 1 costs; name and relevance sorts
 * page by offset; both are one SQL round trip (`galleryPageSql`). With `q` the fuzzy search picks
 * and ranks the candidates first, under the same filters (`galleryFilterSql`, one definition).
 */
export async function listGalleryImages(userId: string, query: GalleryQuery): Promise<GalleryPageResponse> {
  // A campaign filter names a campaign the user is in, or it is the same 404 as an unknown one.
  if (query.campaign) await campaignRole(userId, query.campaign);
  const sort = query.sort ?? (query.q ? "relevance" : "newest");
  const cursor = decodeCursor(query.cursor);
  const offset = cursor && "o" in cursor ? cursor.o : 0;
  // A relevance page needs the ranking only down to its own end; the other sorts order the whole
  // ranked list.
  const rankedCount = sort === "relevance" ? Math.min(SEARCH_CANDIDATES, offset + query.limit + 1) : SEARCH_CANDIDATES;
  const search = query.q ? await searchCandidates(userId, query.q, query, rankedCount) : null;

  if (sort === "relevance" && query.q) {
    // The ranking statement returns the page's rows itself (already visible to the user and
    // filtered): one round trip after the dictionary's.
    const take = Math.max(0, rankedCount - offset);
    const rows =
      search && take
        ? await runSearch<GalleryImageSqlRow>(
            rankedImagePageSql(search.query, search.candidates, take, offset),
            search.plan,
          )
        : [];
    return {
      images: rows.slice(0, query.limit).map((row) => toGalleryImage(toGalleryImageRow(row))),
      next_cursor: rows.length > query.limit ? encodeCursor({ o: offset + query.limit }) : null,
    };
  }
  const ranked = search
    ? (await runSearch<{ id: string }>(rankedImagesSql(search.query, search.candidates, rankedCount), search.plan)).map(
        (row) => row.id,
      )
    : query.q
      ? []
      : null;

  const among = ranked ? [Prisma.sql`i.id = ANY(${ranked}::uuid[])`] : [];
  if (sort === "name") {
    const rows = await galleryPageSql(userId, query, { order: "name", extra: among, offset, take: query.limit + 1 });
    return {
      images: rows.slice(0, query.limit).map(toGalleryImage),
      next_cursor: rows.length > query.limit ? encodeCursor({ o: offset + query.limit }) : null,
    };
  }
  const order = sort === "oldest" ? "oldest" : "newest";
  const extra = [
    ...among,
    ...(cursor && "t" in cursor
      ? [
          order === "newest"
            ? Prisma.sql`(i."createdAt", i.id) < (${cursor.t}::timestamp, ${cursor.id}::uuid)`
            : Prisma.sql`(i."createdAt", i.id) > (${cursor.t}::timestamp, ${cursor.id}::uuid)`,
        ]
      : []),
  ];
  const rows = await galleryPageSql(userId, query, { order, extra, take: query.limit + 1 });
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    images: page.map(toGalleryImage),
    next_cursor:
      rows.length > query.limit && last ? encodeCursor({ t: last.createdAt.toISOString(), id: last.id }) : null,
  };
}

/**
 * The search's candidates: images the user may see that pass the gallery filters and whose asset
 * name or prompt matches. Fuzzy always: the query's words and the dictionary words they may mean
 * (one round trip), then bounded full-text scans per match class under the visibility rule and the
 * filters (search-images-sql.ts); only their union is scored, by the ranking statement. Candidates
 * and ranking read the image row alone (it carries its asset's name); the asset is joined for the
 * page. Null when nothing can match.
 */
async function searchCandidates(
  userId: string,
  q: string,
  query: GalleryQuery,
  count: number,
): Promise<{ query: SearchQuery; candidates: Prisma.Sql[]; plan: SearchPlan } | null> {
  const terms = searchTerms(q);
  if (!terms.length) return null;
  const [words, common] = await Promise.all([lookUpWords(terms, true), commonWords()]);
  const search = { terms: words, fuzzy: true, common };
  // The visibility rule of lib/access (readableImagesSql) in its three disjoint branches.
  const visibility = {
    own: Prisma.sql`i."ownerId" = ${userId}::uuid`,
    others: [
      Prisma.sql`i."ownerId" <> ${userId}::uuid AND ${campaignImagesSql(userId, "i")}`,
      Prisma.sql`i."ownerId" <> ${userId}::uuid AND ${sharedPortraitImagesSql(userId, "i")} AND NOT COALESCE(${campaignImagesSql(userId, "i")}, false)`,
    ],
  };
  const filters = galleryFilterSql(query);
  const candidates = imageCandidateScans(search, visibility, filters, count);
  // Without filters every scan's path is fixed (search-images-sql.ts); under filters the planner
  // picks each from how many images the filters keep.
  const plan = filters.length ? "custom" : "generic";
  return candidates.length ? { query: search, candidates, plan } : null;
}

function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString("base64url");
}

const MAX_CURSOR_OFFSET = 1_000_000;

function isStorableTime(value: string): boolean {
  const time = Date.parse(value);
  if (Number.isNaN(time)) return false;
  const year = new Date(time).getUTCFullYear();
  return year >= 1 && year <= 9999;
}

function decodeCursor(value: string | undefined): Cursor | null {
  if (!value) return null;
  try {
    // Anything a client sends back is checked to the range our own cursors have: an object, an
    // offset within the ranked pages, or a timestamp PostgreSQL can compare (years 1-9999).
    const parsed = JSON.parse(Buffer.from(value, "base64url").toString("utf8")) as Cursor;
    if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) throw new TypeError("not an object");
    if ("o" in parsed && Number.isSafeInteger(parsed.o) && parsed.o >= 0 && parsed.o <= MAX_CURSOR_OFFSET)
      return parsed;
    if ("t" in parsed && typeof parsed.t === "string" && isStorableTime(parsed.t) && isId(parsed.id)) return parsed;
  } catch {
    // falls through to the validation error
  }
  throw validationError("The cursor is not valid");
}
