// Writing many rows to several tables atomically, as fast as each driver allows. Building a multi-row
// INSERT through drizzle costs more than SQLite spends running it, so rows become SQL here directly:
// plain multi-row VALUES on libSQL (up to 32,766 parameters a statement), and on D1 — which allows 100
// parameters a statement — one JSON parameter a table, unpacked by json_each.
import type { InStatement } from "@libsql/client";
import { getTableColumns, getTableName, is, SQL, sql } from "drizzle-orm";
import type { SQLiteTable } from "drizzle-orm/sqlite-core";
import type { Database } from "./db.js";

export interface RowsFor<T extends SQLiteTable = SQLiteTable> {
  table: T;
  rows: T["$inferInsert"][];
}

type Client = {
  prepare?: unknown;
  batch: (statements: InStatement[], mode: "write") => Promise<unknown>;
};
const clientOf = (db: Database) => (db as unknown as { $client: Client }).$client;

/** Every column of the table, in order, with its SQL name: INSERT … SELECT and VALUES both name them all. */
function columnsOf(table: SQLiteTable): [key: string, name: string][] {
  return Object.entries(getTableColumns(table)).map(([key, c]) => [key, c.name]);
}

const cell = (v: unknown) => (typeof v === "boolean" ? Number(v) : v === undefined ? null : v);

function valuesStatement({ table, rows }: RowsFor): InStatement {
  const columns = columnsOf(table).filter(([key]) => rows.some((r) => key in r));
  const row = `(${columns.map(() => "?").join(", ")})`;
  return {
    sql: `INSERT INTO "${getTableName(table)}" (${columns.map(([, name]) => `"${name}"`).join(", ")}) VALUES ${rows.map(() => row).join(", ")}`,
    args: rows.flatMap((r) =>
      columns.map(([key]) => cell((r as Record<string, unknown>)[key])),
    ) as InStatement extends { args?: infer A } ? A : never,
  };
}

/** What a column absent from every row gets: its default, as SQL. */
function defaultOf(column: ReturnType<typeof getTableColumns>[string]): SQL | string {
  const d = column.default;
  if (d === undefined) return "NULL";
  if (is(d, SQL)) return d;
  return typeof d === "boolean"
    ? String(Number(d))
    : typeof d === "number"
      ? String(d)
      : `'${String(d).replace(/'/g, "''")}'`;
}

/** INSERT … SELECT of the rows from one JSON parameter: a query builder, so it can be batched on either
 *  driver and given ON CONFLICT. `where` guards it (an upsert's SELECT needs a WHERE in SQLite anyway). */
export function insertRows(db: Database, { table, rows }: RowsFor, where: SQL = sql`true`) {
  const all = getTableColumns(table);
  const columns = columnsOf(table);
  const values = sql.join(
    columns.map(([key]) => {
      if (rows.some((r) => key in r)) return sql.raw(`json_extract(value, '$.${key}')`);
      const d = defaultOf(all[key]!);
      return typeof d === "string" ? sql.raw(d) : d;
    }),
    sql.raw(", "),
  );
  const payload = JSON.stringify(
    rows.map((r) =>
      Object.fromEntries(columns.map(([key]) => [key, cell((r as Record<string, unknown>)[key])])),
    ),
  );
  return db.insert(table).select(sql`SELECT ${values} FROM json_each(${payload}) WHERE ${where}`);
}

/** Inserts every row of every table in one atomic batch: all of them or none. */
export async function insertAll(db: Database, writes: RowsFor[]): Promise<void> {
  const nonEmpty = writes.filter((w) => w.rows.length > 0);
  const client = clientOf(db);
  if (typeof client.prepare === "function") {
    const [first, ...rest] = nonEmpty.map((w) => insertRows(db, w));
    if (first) await db.batch([first, ...rest]);
    return;
  }
  await client.batch(nonEmpty.map(valuesStatement), "write");
}
