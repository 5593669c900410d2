// Many rows in one statement with one bound parameter: the rows travel as a JSON array and SQLite
// unpacks them with json_each. D1 allows 100 parameters a statement, so row-per-placeholder inserts
// would take dozens of statements for one article; this takes one per table, on D1 and libSQL alike.
import { getTableColumns, sql } from "drizzle-orm";
import type { SQLiteTable } from "drizzle-orm/sqlite-core";
import type { Database } from "./db.js";

export function insertJsonRows<T extends SQLiteTable>(db: Database, table: T, rows: Record<string, unknown>[]) {
  // INSERT … SELECT names every column of the table, in order; absent keys read as NULL.
  const columns = Object.keys(getTableColumns(table));
  const values = columns.map((key) => `json_extract(value, '$.${key}')`).join(", ");
  const payload = JSON.stringify(rows.map((r) => Object.fromEntries(columns.map((key) => {
    const v = r[key];
    return [key, typeof v === "boolean" ? Number(v) : (v ?? null)];
  }))));
  return db.insert(table).select(sql`SELECT ${sql.raw(values)} FROM json_each(${payload})`);
}
