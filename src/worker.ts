// Workers entry: the same app; the database is the D1 binding `DB`, or Turso when TURSO_DATABASE_URL is
// set. Migrations are applied by wrangler (`wrangler d1 migrations apply`) or drizzle-kit for Turso.
import { createClient } from "@libsql/client/web";
import { drizzle as drizzleD1 } from "drizzle-orm/d1";
import { drizzle as drizzleLibsql } from "drizzle-orm/libsql/web";
import * as schema from "../db/schema.js";
import { createApp } from "./api/app.js";
import type { Database } from "./store/db.js";

export interface Env {
  DB?: Parameters<typeof drizzleD1>[0];
  TURSO_DATABASE_URL?: string;
  TURSO_AUTH_TOKEN?: string;
}

function database(env: Env): Database {
  if (env.TURSO_DATABASE_URL) {
    return drizzleLibsql(createClient({ url: env.TURSO_DATABASE_URL, authToken: env.TURSO_AUTH_TOKEN }), { schema });
  }
  if (!env.DB) throw new Error("Configure a D1 binding DB or TURSO_DATABASE_URL");
  // D1 and libSQL share drizzle's SQLite query builder; the store is written against that surface.
  return drizzleD1(env.DB, { schema }) as unknown as Database;
}

export default createApp({ database: (c) => database(c.env as Env) });
