import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { type FuzzyTerm, tsquery } from "./search-words";

/**
 * A searched field: `vector` is its full-text expression exactly as its GIN index is built
 * (migration search_words), for the scans; `scored` is the same vector computed once per candidate
 * row, for the score.
 */
export type SearchColumn = { vector: Prisma.Sql; scored: Prisma.Sql };

/** What a query asks: its words and, in fuzzy mode, the dictionary words each may mean. */
export type SearchQuery = { terms: string[]; fuzzy: FuzzyTerm[] | null };

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

const bestWords = (fuzzy: FuzzyTerm[]) => fuzzy.flatMap((term) => (term.words.length ? [term.words[0].word] : []));
const allNearWords = (fuzzy: FuzzyTerm[]) => [...new Set(fuzzy.flatMap((term) => term.words.map((w) => w.word)))];

/**
 * The match classes of one column, each a predicate on its indexed vector. Within a class every
 * row has the same score, and a class's predicate admits only rows of that class or of higher
 * ones; so a scan of a class newest first, stopped after n rows, holds every row of that class
 * among the best n overall. The classes: all words exact, all words as prefixes, and in fuzzy mode
 * the closest dictionary word of every query word at once, then each dictionary word alone (these
 * last ones bring in rows matching only some of the query words).
 */
export function matchClasses(column: SearchColumn, query: SearchQuery): Prisma.Sql[] {
  const has = (lexemes: string[], options?: { prefix?: boolean; any?: boolean }) =>
    Prisma.sql`${column.vector} @@ ${tsquery(lexemes, options)}`;
  const classes = [has(query.terms), has(query.terms, { prefix: true })];
  if (!query.fuzzy) return classes;
  const best = bestWords(query.fuzzy);
  if (best.length > 1) classes.push(has(best));
  const single = query.terms.length === 1 ? query.terms[0] : null;
  for (const word of allNearWords(query.fuzzy)) if (word !== single) classes.push(has([word]));
  return classes;
}

/** Any class of any column matches: what `total` counts. */
export function anyMatch(columns: SearchColumn[], query: SearchQuery): Prisma.Sql {
  const near = query.fuzzy ? allNearWords(query.fuzzy) : [];
  return Prisma.sql`(${Prisma.join(
    columns.flatMap((column) => [
      Prisma.sql`${column.vector} @@ ${tsquery(query.terms, { prefix: true })}`,
      ...(near.length ? [Prisma.sql`${column.vector} @@ ${tsquery(near, { any: true })}`] : []),
    ]),
    " OR ",
  )})`;
}

/** The score of one candidate row: its best tier over the columns, plus that match's quality. */
export function scoreSql(columns: SearchColumn[], query: SearchQuery): Prisma.Sql {
  const parts = columns.flatMap((column, rank) => {
    const v = column.scored;
    const exact = Prisma.sql`CASE WHEN ${v} @@ ${tsquery(query.terms)} THEN ${exactTier(columns.length, rank) + EXACT_WORDS}::float8
      WHEN ${v} @@ ${tsquery(query.terms, { prefix: true })} THEN ${exactTier(columns.length, rank) + EXACT_PREFIXES}::float8 ELSE 0 END`;
    const fuzzy = query.fuzzy?.filter((term) => term.words.length) ?? [];
    if (!fuzzy.length) return [exact];
    // Per query word, the similarity of the closest of its dictionary words this field holds.
    const perTerm = fuzzy.map(
      (term) =>
        Prisma.sql`GREATEST(${Prisma.join(
          term.words.map(
            (w) => Prisma.sql`CASE WHEN ${v} @@ ${tsquery([w.word])} THEN ${w.similarity}::float8 ELSE 0 END`,
          ),
        )})`,
    );
    const quality = Prisma.sql`(${Prisma.join(perTerm, " + ")}) / ${query.terms.length}::float8`;
    return [
      exact,
      Prisma.sql`CASE WHEN ${v} @@ ${tsquery(allNearWords(fuzzy), { any: true })}
        THEN ${fuzzyTier(columns.length, rank)}::float8 + ${FUZZY_SCALE}::float8 * ${quality} ELSE 0 END`,
    ];
  });
  return Prisma.sql`GREATEST(${Prisma.join(parts)})`;
}
