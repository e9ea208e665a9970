// What PostgreSQL should contain for prisma/schema.prisma, derived from Prisma's own parse of the
// schema (getDMMF, the same WebAssembly parser the CLI uses) with Prisma's default naming and types.
// Lines use the same format as schema-catalog.ts so the drift test can compare them as sets.
import fs from "node:fs";
import { getDMMF } from "@prisma/get-dmmf";

type Document = Exclude<ReturnType<typeof getDMMF>, { type: string; reason: string }>;
type Model = Document["datamodel"]["models"][number];
type Field = Model["fields"][number];
type Index = Document["datamodel"]["indexes"][number];

// PostgreSQL's identifier limit; Prisma truncates longer default names the same way.
const MAX_IDENTIFIER = 63;
const CLIENT_SIDE_DEFAULTS = new Set(["uuid", "cuid", "nanoid", "ulid"]);
const SCALAR_TYPES: Record<string, string> = {
  String: "text",
  Int: "integer",
  BigInt: "bigint",
  Float: "double precision",
  Decimal: "numeric(65,30)",
  Boolean: "boolean",
  DateTime: "timestamp(3) without time zone",
  Json: "jsonb",
  Bytes: "bytea",
};
const NATIVE_TYPES: Record<string, (args: readonly string[]) => string> = {
  Uuid: () => "uuid",
  Text: () => "text",
  VarChar: (args) => (args.length ? `character varying(${args[0]})` : "character varying"),
  Char: (args) => `character(${args[0] ?? 1})`,
  SmallInt: () => "smallint",
  Integer: () => "integer",
  BigInt: () => "bigint",
  Real: () => "real",
  DoublePrecision: () => "double precision",
  Decimal: (args) => (args.length ? `numeric(${args.join(",")})` : "numeric"),
  Timestamp: (args) => `timestamp(${args[0] ?? 3}) without time zone`,
  Timestamptz: (args) => `timestamp(${args[0] ?? 3}) with time zone`,
  Date: () => "date",
  JsonB: () => "jsonb",
  Json: () => "json",
  ByteA: () => "bytea",
  Boolean: () => "boolean",
};
const ON_DELETE: Record<string, string> = {
  Cascade: "CASCADE",
  Restrict: "RESTRICT",
  NoAction: "NO ACTION",
  SetNull: "SET NULL",
  SetDefault: "SET DEFAULT",
};

export function describeSchemaFile(schemaPath: string): string[] {
  const dmmf = getDMMF({ datamodel: fs.readFileSync(schemaPath, "utf8") });
  if ("reason" in dmmf) throw new Error(`Prisma could not parse ${schemaPath}: ${dmmf.reason}`);
  const { models, enums, indexes } = dmmf.datamodel;
  const tableOf = (modelName: string) => {
    const model = models.find((candidate) => candidate.name === modelName);
    if (!model) throw new Error(`unknown model ${modelName}`);
    return model.dbName ?? model.name;
  };
  const lines: string[] = [];
  for (const anEnum of enums) {
    lines.push(
      `enum "${anEnum.dbName ?? anEnum.name}" (${anEnum.values.map((value) => value.dbName ?? value.name).join(", ")})`,
    );
  }
  for (const model of models) {
    const table = model.dbName ?? model.name;
    const column = (fieldName: string) => columnName(model, fieldName);
    lines.push(`table "${table}"`);
    for (const field of model.fields) {
      if (field.kind !== "scalar" && field.kind !== "enum") continue;
      const nullability = field.isRequired && !field.isList ? "NOT NULL" : "NULL";
      lines.push(
        `column "${table}"."${column(field.name)}" ${columnType(field, enums)} ${nullability} default=${expectedDefault(field, enums)}`,
      );
    }
    for (const index of indexes.filter((candidate) => candidate.model === model.name)) {
      lines.push(describeIndex(table, index, column));
    }
    for (const relation of model.fields.filter(
      (field) => field.kind === "object" && field.relationFromFields?.length,
    )) {
      const from = relation.relationFromFields!.map(column);
      const target = models.find((candidate) => candidate.name === relation.type)!;
      const to = relation.relationToFields!.map((name) => columnName(target, name));
      const optional = relation.relationFromFields!.some(
        (name) => !model.fields.find((field) => field.name === name)!.isRequired,
      );
      const onDelete = ON_DELETE[relation.relationOnDelete ?? (optional ? "SetNull" : "Restrict")];
      const onUpdate = ON_DELETE[relation.relationOnUpdate ?? "Cascade"];
      lines.push(
        `foreign key "${defaultName(table, from, "_fkey")}" on "${table}" (${from.join(", ")}) ` +
          `references "${tableOf(relation.type)}" (${to.join(", ")}) on delete ${onDelete} on update ${onUpdate}`,
      );
    }
  }
  return lines.sort();
}

function describeIndex(table: string, index: Index, column: (field: string) => string): string {
  const columns = index.fields.map((field) => column(field.name));
  if (index.type === "id")
    return `primary key "${index.dbName ?? `${table}_pkey`}" on "${table}" (${columns.join(", ")})`;
  const unique = index.type === "unique";
  const name = index.dbName ?? defaultName(table, columns, unique ? "_key" : "_idx");
  const method = (index.algorithm ?? "BTree").toLowerCase();
  const parts = index.fields.map((field) => {
    const order = method === "btree" ? ` ${(field.sortOrder ?? "asc").toUpperCase()}` : "";
    return `${column(field.name)}${order}`;
  });
  return `index "${name}" on "${table}" ${unique ? "unique " : ""}${method} (${parts.join(", ")})`;
}

function defaultName(table: string, columns: string[], suffix: string): string {
  const base = `${table}_${columns.join("_")}`;
  return `${base.slice(0, MAX_IDENTIFIER - suffix.length)}${suffix}`;
}

function columnName(model: Model, fieldName: string): string {
  const field = model.fields.find((candidate) => candidate.name === fieldName);
  if (!field) throw new Error(`unknown field ${model.name}.${fieldName}`);
  return field.dbName ?? field.name;
}

// As format_type() prints it: quoted unless it is a plain lower-case identifier.
function enumTypeName(typeName: string, enums: Document["datamodel"]["enums"]): string {
  const name = enums.find((candidate) => candidate.name === typeName)?.dbName ?? typeName;
  return /^[a-z_][a-z0-9_]*$/.test(name) ? name : `"${name.replaceAll('"', '""')}"`;
}

function columnType(field: Field, enums: Document["datamodel"]["enums"]): string {
  let base: string;
  if (field.kind === "enum") base = enumTypeName(field.type, enums);
  else if (field.nativeType) {
    const [nativeName, args] = field.nativeType;
    const render = NATIVE_TYPES[nativeName];
    if (!render) throw new Error(`schema-expectations.ts does not know @db.${nativeName} yet: add it to NATIVE_TYPES`);
    base = render(args);
  } else base = SCALAR_TYPES[field.type] ?? fail(`unknown scalar type ${field.type}`);
  return field.isList ? `${base}[]` : base;
}

// The expression pg_get_expr() shows for the default Prisma's migration writes; "none" if none.
function expectedDefault(field: Field, enums: Document["datamodel"]["enums"]): string {
  if (!field.hasDefaultValue || field.default === undefined) return "none";
  const value = field.default;
  const type = columnType(field, enums);
  if (isList(value)) {
    if (value.length === 0) return `ARRAY[]::${type}`;
    return fail(`non-empty list default on ${field.name}: teach schema-expectations.ts its SQL`);
  }
  if (typeof value === "object") {
    if (CLIENT_SIDE_DEFAULTS.has(value.name)) return "none"; // generated by Prisma Client, not the database
    if (value.name === "now") return "CURRENT_TIMESTAMP";
    if (value.name === "autoincrement") return "autoincrement";
    if (value.name === "dbgenerated") return String(value.args[0]);
    return fail(`default function ${value.name}() on ${field.name}: teach schema-expectations.ts its SQL`);
  }
  if (typeof value === "boolean") return String(value);
  if (typeof value === "number") return value < 0 ? `'${value}'::${type}` : String(value);
  const literal = `'${value.replaceAll("'", "''")}'`;
  if (field.kind === "enum") return `${literal}::${type}`;
  return `${literal}::${type.replace(/\(\d+(,\d+)?\)/, "")}`;
}

// Array.isArray does not narrow the readonly arrays of Prisma's DMMF types.
function isList(value: unknown): value is readonly unknown[] {
  return Array.isArray(value);
}

function fail(message: string): never {
  throw new Error(message);
}
