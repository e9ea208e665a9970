// What a PostgreSQL database actually contains, read from pg_catalog, in the line format of
// schema-expectations.ts. Only the connection's current schema; Prisma's own bookkeeping table
// and objects of other schemas (pg-boss keeps its tables in its own) are left out.
import type pg from "pg";

const IGNORED_TABLE = "_prisma_migrations";
const ACTIONS: Record<string, string> = {
  a: "NO ACTION",
  r: "RESTRICT",
  c: "CASCADE",
  n: "SET NULL",
  d: "SET DEFAULT",
};

export async function describeDatabase(client: pg.ClientBase): Promise<string[]> {
  const lines: string[] = [];
  const rows = async <T extends pg.QueryResultRow>(sql: string) => (await client.query<T>(sql)).rows;

  for (const { name, labels } of await rows<{ name: string; labels: string[] }>(`
    SELECT t.typname AS name, array_agg(e.enumlabel::text ORDER BY e.enumsortorder) AS labels
    FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace n ON n.oid = t.typnamespace
    WHERE n.nspname = current_schema() GROUP BY t.typname`)) {
    lines.push(`enum "${name}" (${labels.join(", ")})`);
  }

  for (const { table } of await rows<{ table: string }>(`
    SELECT c.relname AS table FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') AND c.relname <> '${IGNORED_TABLE}'`)) {
    lines.push(`table "${table}"`);
  }

  for (const column of await rows<{
    table: string;
    column: string;
    type: string;
    not_null: boolean;
    default: string | null;
  }>(`
    SELECT c.relname AS table, a.attname AS column, format_type(a.atttypid, a.atttypmod) AS type,
           a.attnotnull AS not_null, pg_get_expr(d.adbin, d.adrelid) AS default
    FROM pg_attribute a
    JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
    LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
    WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') AND c.relname <> '${IGNORED_TABLE}'
      AND a.attnum > 0 AND NOT a.attisdropped`)) {
    const defaultExpression =
      column.default === null ? "none" : column.default.startsWith("nextval(") ? "autoincrement" : column.default;
    lines.push(
      `column "${column.table}"."${column.column}" ${column.type} ${column.not_null ? "NOT NULL" : "NULL"} default=${defaultExpression}`,
    );
  }

  for (const index of await rows<{
    name: string;
    table: string;
    unique: boolean;
    primary: boolean;
    method: string;
    columns: string[];
    descending: boolean[];
  }>(`
    SELECT i.relname AS name, t.relname AS table, x.indisunique AS unique, x.indisprimary AS primary, am.amname AS method,
           array_agg(a.attname::text ORDER BY k.ord) AS columns,
           array_agg((x.indoption[k.ord - 1] & 1) = 1 ORDER BY k.ord) AS descending
    FROM pg_index x
    JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid
    JOIN pg_namespace n ON n.oid = t.relnamespace JOIN pg_am am ON am.oid = i.relam
    CROSS JOIN LATERAL unnest(x.indkey::int2[]) WITH ORDINALITY AS k(attnum, ord)
    JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum
    WHERE n.nspname = current_schema() AND t.relname <> '${IGNORED_TABLE}'
    GROUP BY i.relname, t.relname, x.indisunique, x.indisprimary, am.amname`)) {
    if (index.primary) {
      lines.push(`primary key "${index.name}" on "${index.table}" (${index.columns.join(", ")})`);
      continue;
    }
    const parts = index.columns.map((column, i) =>
      index.method === "btree" ? `${column} ${index.descending[i] ? "DESC" : "ASC"}` : column,
    );
    lines.push(
      `index "${index.name}" on "${index.table}" ${index.unique ? "unique " : ""}${index.method} (${parts.join(", ")})`,
    );
  }

  for (const key of await rows<{
    name: string;
    table: string;
    columns: string[];
    target: string;
    target_columns: string[];
    on_delete: string;
    on_update: string;
  }>(`
    SELECT con.conname AS name, t.relname AS table, f.relname AS target,
           (SELECT array_agg(a.attname::text ORDER BY k.ord) FROM unnest(con.conkey) WITH ORDINALITY k(attnum, ord)
              JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum) AS columns,
           (SELECT array_agg(a.attname::text ORDER BY k.ord) FROM unnest(con.confkey) WITH ORDINALITY k(attnum, ord)
              JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.attnum) AS target_columns,
           con.confdeltype AS on_delete, con.confupdtype AS on_update
    FROM pg_constraint con
    JOIN pg_class t ON t.oid = con.conrelid JOIN pg_class f ON f.oid = con.confrelid
    JOIN pg_namespace n ON n.oid = t.relnamespace
    WHERE con.contype = 'f' AND n.nspname = current_schema()`)) {
    lines.push(
      `foreign key "${key.name}" on "${key.table}" (${key.columns.join(", ")}) references "${key.target}" ` +
        `(${key.target_columns.join(", ")}) on delete ${ACTIONS[key.on_delete]} on update ${ACTIONS[key.on_update]}`,
    );
  }
  return lines.sort();
}
