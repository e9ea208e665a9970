import "server-only";
import { prisma } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";

/** A dictionary word close to a query word, with its trigram similarity (0–1, 1 the same word). */
export type NearWord = { word: string; similarity: number };

/** A query word and the dictionary words a misspelling of it may have meant, closest first. */
export type FuzzyTerm = { term: string; words: NearWord[] };

/** Each word of the query (letters and digits), lower-cased, at most MAX_TERMS of them. */
export function searchTerms(q: string): string[] {
  const terms = q.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return [...new Set(terms)].slice(0, MAX_TERMS);
}

/** Past this many words a query adds no precision, only index probes. */
const MAX_TERMS = 6;
/** Dictionary words kept per query word: enough for a misspelling, few enough to stay cheap. */
const WORDS_PER_TERM = 3;
/** pg_trgm's own default threshold for `%`: below it two words share too little to be related. */
const MIN_SIMILARITY = 0.3;

/**
 * For each query word with a letter in it, the closest dictionary words ("okenshield" →
 * "oakenshield"): a trigram-GiST KNN walk of the small SearchWord table, a few rows per word, one
 * round trip for the whole query. Numbers are not in the dictionary and only match exactly.
 */
export async function nearWords(terms: string[]): Promise<FuzzyTerm[]> {
  const spelled = terms.filter((term) => /\p{L}/u.test(term));
  if (!spelled.length) return [];
  const rows = await prisma.$queryRaw<{ term: string; word: string; similarity: number }[]>`
    SELECT t.term, w.word, w.similarity FROM unnest(${spelled}::text[]) AS t(term)
    CROSS JOIN LATERAL (
      SELECT s.word, similarity(s.word, t.term)::float8 AS similarity FROM "SearchWord" s
      ORDER BY s.word <-> t.term LIMIT ${WORDS_PER_TERM}) w
    WHERE w.similarity >= ${MIN_SIMILARITY}
    ORDER BY t.term, w.similarity DESC, w.word`;
  return spelled.map((term) => ({
    term,
    words: rows.filter((row) => row.term === term).map(({ word, similarity }) => ({ word, similarity })),
  }));
}

/**
 * A tsquery of lexemes joined by `&` (all) or `|` (any), each optionally a prefix (`'thor':*`).
 * Terms and dictionary words hold only letters and digits, and each is quoted, so no query text
 * can become tsquery syntax.
 */
export function tsquery(lexemes: string[], options: { prefix?: boolean; any?: boolean } = {}): Prisma.Sql {
  const suffix = options.prefix ? ":*" : "";
  const text = lexemes.map((lexeme) => `'${lexeme.replace(/[^\p{L}\p{N}]/gu, "")}'${suffix}`);
  return Prisma.sql`${text.join(options.any ? " | " : " & ")}::tsquery`;
}
