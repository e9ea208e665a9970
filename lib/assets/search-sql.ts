import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";

export type SearchField = "name" | "description" | "tags";

/**
 * The searched expression of each field. Tags are searched as one text (asset_tags_text, an
 * IMMUTABLE array_to_string) so they have a trigram GiST index like name and description.
 */
const COLUMN: Record<SearchField, Prisma.Sql> = {
  name: Prisma.sql`a.name`,
  description: Prisma.sql`a.description`,
  tags: Prisma.sql`asset_tags_text(a.tags)`,
};

/**
 * Ranking tiers, strictly ordered: any exact match above any fuzzy one, and within each, name
 * above description above tags. The match quality (0–1) only orders rows inside a tier.
 */
const EXACT_TIER: Record<SearchField, number> = { name: 5, description: 4, tags: 3 };
const FUZZY_TIER: Record<SearchField, number> = { name: 2, description: 1, tags: 0 };

/** Each word of the query (letters and digits); the whole query when it has none. */
export function searchTerms(q: string): string[] {
  const terms = q.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return terms.length ? terms : [q];
}

const likePattern = (term: string) => `%${term.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;

/** Exact: every term of the query appears in the field (case-insensitive; trigram-indexed ILIKE). */
export function exactMatch(field: SearchField, q: string): Prisma.Sql {
  const column = COLUMN[field];
  return Prisma.sql`(${Prisma.join(
    searchTerms(q).map((term) => Prisma.sql`${column} ILIKE ${likePattern(term)}`),
    " AND ",
  )})`;
}

/** Fuzzy: the whole field is similar (names only), or the query is similar to a part of it. */
export function fuzzyMatch(field: SearchField, q: string): Prisma.Sql {
  const column = COLUMN[field];
  return field === "name" ? Prisma.sql`(${column} % ${q} OR ${q} <% ${column})` : Prisma.sql`${q} <% ${column}`;
}

const exactQuality = (field: SearchField, q: string) => Prisma.sql`similarity(${COLUMN[field]}, ${q})`;
const fuzzyQuality = (field: SearchField, q: string) =>
  field === "name"
    ? Prisma.sql`GREATEST(similarity(${COLUMN[field]}, ${q}), word_similarity(${q}, ${COLUMN[field]}))`
    : Prisma.sql`word_similarity(${q}, ${COLUMN[field]})`;

/** The score of one row (alias `a`): its best tier plus the quality of that match. */
export function scoreSql(fields: SearchField[], q: string, fuzzy: boolean): Prisma.Sql {
  const parts = fields.flatMap((field) => [
    Prisma.sql`CASE WHEN ${exactMatch(field, q)} THEN ${EXACT_TIER[field]} + ${exactQuality(field, q)} ELSE 0 END`,
    ...(fuzzy
      ? [Prisma.sql`CASE WHEN ${fuzzyMatch(field, q)} THEN ${FUZZY_TIER[field]} + ${fuzzyQuality(field, q)} ELSE 0 END`]
      : []),
  ]);
  return Prisma.sql`GREATEST(${Prisma.join(parts)})`;
}

/**
 * Bounded candidate scans, one per field and match kind, each ordered by the same measure as its
 * quality (`<->` is 1 − similarity, `<<->` is 1 − word_similarity) so the GiST index returns rows
 * nearest first and the scan stops after `limit` rows. The best `limit` rows overall are always
 * among the union: a row's score is its best tier's quality, and inside that tier at most
 * `limit − 1` rows rank above it. A scan that returns fewer than `limit` rows returned every row
 * its predicate matches, so when none is full the union is exactly the set of matches.
 */
export function candidateScans(
  fields: SearchField[],
  q: string,
  fuzzy: boolean,
  scope: Prisma.Sql,
  limit: number,
): Prisma.Sql[] {
  const scan = (source: number, match: Prisma.Sql, distance: Prisma.Sql) =>
    Prisma.sql`(SELECT a.id, ${source} AS source FROM "Asset" a WHERE ${scope} AND ${match} ORDER BY ${distance} LIMIT ${limit})`;
  let source = 0;
  return fields.flatMap((field) => {
    const column = COLUMN[field];
    const exact = scan(source++, exactMatch(field, q), Prisma.sql`${column} <-> ${q}`);
    if (!fuzzy) return [exact];
    const whole =
      field === "name" ? [scan(source++, Prisma.sql`${column} % ${q}`, Prisma.sql`${column} <-> ${q}`)] : [];
    return [exact, ...whole, scan(source++, Prisma.sql`${q} <% ${column}`, Prisma.sql`${q} <<-> ${column}`)];
  });
}

/** Any of the chosen fields matches (the `total` counts these). */
export function anyMatch(fields: SearchField[], q: string, fuzzy: boolean): Prisma.Sql {
  return Prisma.sql`(${Prisma.join(
    fields.flatMap((field) => [exactMatch(field, q), ...(fuzzy ? [fuzzyMatch(field, q)] : [])]),
    " OR ",
  )})`;
}
