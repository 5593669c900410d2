// The database handle every store function takes. One type for libSQL (Node, Turso) and D1: drizzle's
// SQLite query builder is the same for both; only the entry files know which driver made it.
import type { LibSQLDatabase } from "drizzle-orm/libsql";
import type * as schema from "../../db/schema.js";

export type Database = LibSQLDatabase<typeof schema>;
