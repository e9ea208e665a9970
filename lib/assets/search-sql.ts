import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { type TermWords, tsquery } from "./search-words";

/**
 * A searched field: `vector` is its full-text expression exactly as its GIN index (named `index`)
 * is built (migration search_words), for the scans; `scored` is the same vector computed once per
 * candidate row, for the score; `walked` is the field's text in a walked scan's rows
 * (search-scans.ts).
 */
export type SearchColumn = { vector: Prisma.Sql; scored: Prisma.Sql; walked: Prisma.Sql; index: string };

/**
 * What a query asks: its words with the dictionary words each stands for (search-words.ts), and
 * the planner's most common words per index (`commonWords`).
 */
export type SearchQuery = { terms: TermWords[]; fuzzy: boolean; common: Map<string, Set<string>> };

/**
 * One match class of one column: its word groups (each query word's alternatives) and their test
 * on the indexed vector. `walkable`: every group holds one of the planner's common words, so the
 * class may match many rows and is found fastest by walking the library newest first; otherwise
 * its rows are few and are collected from the GIN index (search-scans.ts). The planner's own guess
 * for a rare word can be a hundred times too high, and a walk for a word no row has reads the
 * whole library, so this is decided here, from its statistics.
 */
export type MatchClass = { column: SearchColumn; groups: string[][]; match: Prisma.Sql; walkable: boolean };

const EXACT_WORDS = 0.9;
const EXACT_PREFIXES = 0.5;
const FUZZY_SCALE = 0.8;

/**
 * Ranking tiers, strictly ordered: any exact match above any fuzzy one, and within each, the
 * columns in the order given (name above description above tags). Each tier is one unit wide; the
 * match quality, always below 1, orders rows inside it:
 * - exact: every query word is a word of the field (+0.9), or begins one ("thor" → "Thorin", +0.5);
 * - fuzzy: the mean over the query words of the similarity of the closest dictionary word the
 *   field holds (0 for a word it lacks), × 0.8; so "Thorin Oakenshield" (1 and 0.64 for
 *   "thorin okenshield") ranks above "Thorin Stonehelm" (1 and 0) and "Thrain Oakenshield".
 */
const exactTier = (columns: number, rank: number) => 2 * columns - 1 - rank;
const fuzzyTier = (columns: number, rank: number) => columns - 1 - rank;

const nearOf = (query: SearchQuery) => (query.fuzzy ? query.terms.filter((term) => term.near.length) : []);
const allNearWords = (query: SearchQuery) => [
  ...new Set(nearOf(query).flatMap((term) => term.near.map((w) => w.word))),
];

/** Every query word as a whole word (when each is one the dictionary holds). */
function wholeWords(query: SearchQuery): string[][] | null {
  const whole = query.terms.every((term) => term.prefixed.includes(term.term));
  return whole ? query.terms.map((term) => [term.term]) : null;
}

/** Every query word as a word or the beginning of one. */
function beginnings(query: SearchQuery): string[][] | null {
  const found = query.terms.every((term) => term.prefixed.length);
  return found ? query.terms.map((term) => term.prefixed) : null;
}

/**
 * The match classes of one column, each a predicate on its indexed vector. Within a class every
 * row has the same score, and a class's predicate admits only rows of that class or of higher
 * ones; so a scan of a class newest first, stopped after n rows, holds every row of that class
 * among the best n overall. The classes: all words whole, all words whole or begun, and in fuzzy
 * mode the closest dictionary word of every query word at once, then (unless `partial` is false)
 * each close word alone, which brings in rows matching only some of the query words.
 */
export function matchClasses(column: SearchColumn, query: SearchQuery, partial = true): MatchClass[] {
  const common = query.common.get(column.index) ?? new Set<string>();
  const near = nearOf(query);
  const single = query.terms.length === 1 ? query.terms[0].term : null;
  const classes = [
    wholeWords(query),
    beginnings(query),
    near.length > (partial ? 1 : 0) ? near.map((term) => [term.near[0].word]) : null,
    ...(partial ? allNearWords(query).map((word) => (word === single ? null : [[word]])) : []),
  ];
  // The same words twice (a query word with no longer word it begins) are one scan.
  const distinct: string[][][] = [];
  for (const groups of classes) {
    if (groups && !distinct.some((other) => JSON.stringify(other) === JSON.stringify(groups))) distinct.push(groups);
  }
  return distinct.map((groups) => ({
    column,
    groups,
    match: Prisma.sql`${column.vector} @@ ${tsquery(groups)}`,
    walkable: groups.every((group) => group.some((word) => common.has(word))),
  }));
}

/** Any class of any column matches: what `total` counts. */
export function anyMatch(columns: SearchColumn[], query: SearchQuery): Prisma.Sql {
  const begun = beginnings(query);
  const near = allNearWords(query);
  const parts = columns.flatMap((column) => [
    ...(begun ? [Prisma.sql`${column.vector} @@ ${tsquery(begun)}`] : []),
    ...(near.length ? [Prisma.sql`${column.vector} @@ ${tsquery([near])}`] : []),
  ]);
  return parts.length ? Prisma.sql`(${Prisma.join(parts, " OR ")})` : Prisma.sql`false`;
}

/** The score of one candidate row: its best tier over the columns, plus that match's quality. */
export function scoreSql(columns: SearchColumn[], query: SearchQuery): Prisma.Sql {
  const whole = wholeWords(query);
  const begun = beginnings(query);
  const near = nearOf(query);
  const parts = columns.flatMap((column, rank) => {
    const v = column.scored;
    const tier = exactTier(columns.length, rank);
    const exact = [
      ...(whole ? [Prisma.sql`CASE WHEN ${v} @@ ${tsquery(whole)} THEN ${tier + EXACT_WORDS}::float8 ELSE 0 END`] : []),
      ...(begun
        ? [Prisma.sql`CASE WHEN ${v} @@ ${tsquery(begun)} THEN ${tier + EXACT_PREFIXES}::float8 ELSE 0 END`]
        : []),
    ];
    if (!near.length) return exact;
    // Per query word, the similarity of the closest of its dictionary words this field holds.
    const perTerm = near.map(
      (term) =>
        Prisma.sql`GREATEST(${Prisma.join(
          term.near.map(
            (w) => Prisma.sql`CASE WHEN ${v} @@ ${tsquery([[w.word]])} THEN ${w.similarity}::float8 ELSE 0 END`,
          ),
        )})`,
    );
    const quality = Prisma.sql`(${Prisma.join(perTerm, " + ")}) / ${query.terms.length}::float8`;
    return [
      ...exact,
      Prisma.sql`CASE WHEN ${v} @@ ${tsquery([allNearWords(query)])}
        THEN ${fuzzyTier(columns.length, rank)}::float8 + ${FUZZY_SCALE}::float8 * ${quality} ELSE 0 END`,
    ];
  });
  return parts.length ? Prisma.sql`GREATEST(0, ${Prisma.join(parts)})` : Prisma.sql`0::float8`;
}
