import "server-only";
import { prisma } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { runSearch } from "./run-search";

/** A dictionary word close to a query word, with its trigram similarity (0–1, 1 the same word). */
export type NearWord = { word: string; similarity: number };

/** A query word and the words of the dictionary it stands for. */
export type TermWords = {
  term: string;
  /**
   * The words it is or begins ("thor" → thor, thorin, thorina), shortest first. A number is not in
   * the dictionary and stands for itself only: "117" finds "Thorin 117", not "1170".
   */
  prefixed: string[];
  /** In fuzzy mode, the closest words by trigram similarity ("okenshield" → oakenshield). */
  near: NearWord[];
};

/** Each word of the query (letters and digits), lower-cased, at most MAX_TERMS of them. */
export function searchTerms(q: string): string[] {
  const terms = q.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return [...new Set(terms)].slice(0, MAX_TERMS);
}

/** Past this many words a query adds no precision, only index probes. */
const MAX_TERMS = 6;
/** Words a query word may begin: enough for typing ("dra" → dragon, dragonborn…), bounded for "a". */
const PREFIXED_PER_TERM = 20;
/** Close words kept per query word: enough for a misspelling, few enough to stay cheap. */
const NEAR_PER_TERM = 3;
/** pg_trgm's own default threshold for `%`: below it two words share too little to be related. */
const MIN_SIMILARITY = 0.3;

const spelled = (term: string) => /\p{L}/u.test(term);

/**
 * One round trip to the small SearchWord table for the whole query: per spelled query word, the
 * words it begins (a trigram-indexed LIKE 'term%') and, in fuzzy mode, its closest words (a
 * trigram-GiST KNN walk, a few rows). Rows are then found by exact lexemes, whose frequencies the
 * planner knows, rather than by tsquery prefixes, which it can only guess.
 */
export async function lookUpWords(terms: string[], fuzzy: boolean): Promise<TermWords[]> {
  const words = terms.filter(spelled);
  const rows = words.length
    ? // On the search pool: a plain round trip, without the ORM's per-statement work.
      await runSearch<{ term: string; near: boolean; word: string; similarity: number }>(
        Prisma.sql`
    SELECT t.term, false AS near, p.word, 1::float8 AS similarity FROM unnest(${words}::text[]) AS t(term)
    CROSS JOIN LATERAL (
      SELECT s.word FROM "SearchWord" s WHERE s.word LIKE t.term || '%'
      ORDER BY length(s.word), s.word LIMIT ${PREFIXED_PER_TERM}) p
    UNION ALL
    SELECT t.term, true, w.word, w.similarity FROM unnest(${fuzzy ? words : []}::text[]) AS t(term)
    CROSS JOIN LATERAL (
      SELECT s.word, similarity(s.word, t.term)::float8 AS similarity FROM "SearchWord" s
      ORDER BY s.word <-> t.term LIMIT ${NEAR_PER_TERM}) w
    WHERE w.similarity >= ${MIN_SIMILARITY}`,
        "generic",
      )
    : [];
  return terms.map((term) => {
    const own = rows.filter((row) => row.term === term);
    return {
      term,
      prefixed: spelled(term) ? own.filter((row) => !row.near).map((row) => row.word) : [term],
      near: own
        .filter((row) => row.near)
        .sort((a, b) => b.similarity - a.similarity || a.word.localeCompare(b.word))
        .map(({ word, similarity }) => ({ word, similarity })),
    };
  });
}

/**
 * A tsquery over exact lexemes: each group is one query word's alternatives (joined by `|`), the
 * groups joined by `&` (every word) or `|` (any). Lexemes hold only letters and digits and each is
 * quoted, so no query text can become tsquery syntax.
 */
export function tsquery(groups: string[][], join: "all" | "any" = "all"): Prisma.Sql {
  const quote = (lexeme: string) => `'${lexeme.replace(/[^\p{L}\p{N}]/gu, "")}'`;
  const text = groups.map((group) => `(${group.map(quote).join(" | ")})`).join(join === "all" ? " & " : " | ");
  return Prisma.sql`${text}::tsquery`;
}

/** How long the planner's common-word lists are reused: ANALYZE changes them rarely. */
const COMMON_WORDS_TTL_MS = 5 * 60_000;
let commonCache: { at: number; byIndex: Map<string, Set<string>> } | null = null;

/**
 * The words PostgreSQL's statistics list as most common in each full-text index (pg_stats
 * most_common_elems of the index expression, filled by ANALYZE), read at most every few minutes.
 * A word outside these lists is rarer than the least of them, so its rows are few and an index
 * lookup of all of them is cheap, whatever the planner guesses for it.
 */
export async function commonWords(): Promise<Map<string, Set<string>>> {
  if (commonCache && Date.now() - commonCache.at < COMMON_WORDS_TTL_MS) return commonCache.byIndex;
  const rows = await prisma.$queryRaw<{ index: string; words: string[] | null }[]>`
    SELECT tablename AS index, most_common_elems::text::text[] AS words FROM pg_stats
    WHERE schemaname = current_schema() AND tablename LIKE '%\_words\_idx'`;
  const byIndex = new Map(rows.map((row) => [row.index, new Set(row.words ?? [])]));
  commonCache = { at: Date.now(), byIndex };
  return byIndex;
}
