// Node's database: libSQL in a local file (or any libSQL URL), migrated on open with the committed
// drizzle-kit migrations.
import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { createClient } from "@libsql/client";
import { drizzle } from "drizzle-orm/libsql";
import { migrate } from "drizzle-orm/libsql/migrator";
import * as schema from "../../db/schema.js";
import type { Database } from "./db.js";

const MIGRATIONS = resolve(dirname(fileURLToPath(import.meta.url)), "../../db/migrations");

export async function openDatabase(
  url: string,
  authToken?: string,
): Promise<{ db: Database; close: () => void }> {
  if (url.startsWith("file:") && !url.includes(":memory:"))
    mkdirSync(dirname(url.slice(5)), { recursive: true });
  const client = createClient({ url, authToken });
  if (url.startsWith("file:")) {
    // WAL lets readers run beside the writer; NORMAL sync is durable across a crash of the process.
    await client.execute("PRAGMA journal_mode = WAL");
    await client.execute("PRAGMA synchronous = NORMAL");
    await client.execute("PRAGMA busy_timeout = 5000");
    // An ingest writes ~100 KB (the article, its claims, their quantities, the webhook message), so the
    // default checkpoint every 1,000 pages ran every few dozen articles, each flushing to disk and
    // rewriting the same index pages again. Every 10,000 pages (~40 MB of WAL) took `npm run bench`'s
    // ingest from ~170 to ~200 articles/s here; the rarer, larger checkpoints raise its p99 (32 → 57 ms).
    await client.execute("PRAGMA wal_autocheckpoint = 10000");
  }
  const db = drizzle(client, { schema });
  await migrate(db, { migrationsFolder: MIGRATIONS });
  return { db, close: () => client.close() };
}
