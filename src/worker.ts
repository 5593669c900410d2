// Workers entry: the same app; the database is the D1 binding `DB`, or Turso when TURSO_DATABASE_URL is
// set. Migrations are applied by wrangler (`wrangler d1 migrations apply`) or drizzle-kit for Turso.
import { createClient } from "@libsql/client/web";
import { drizzle as drizzleD1 } from "drizzle-orm/d1";
import { drizzle as drizzleLibsql } from "drizzle-orm/libsql/web";
import * as schema from "../db/schema.js";
import { createApp } from "./api/app.js";
import type { Database } from "./store/db.js";
import { ensureOperator } from "./store/organizations.js";
import { dispatch } from "./webhooks/dispatcher.js";

export interface Env {
  DB?: Parameters<typeof drizzleD1>[0];
  TURSO_DATABASE_URL?: string;
  TURSO_AUTH_TOKEN?: string;
  /** The operator key; registered (hashed) on an isolate's first request. */
  FACTDESK_ADMIN_KEY?: string;
  FACTDESK_WEBHOOK_BACKOFF_MS?: string;
  FACTDESK_WEBHOOK_ALLOW_PRIVATE?: string;
}

function database(env: Env): Database {
  if (env.TURSO_DATABASE_URL) {
    return drizzleLibsql(createClient({ url: env.TURSO_DATABASE_URL, authToken: env.TURSO_AUTH_TOKEN }), { schema });
  }
  if (!env.DB) throw new Error("Configure a D1 binding DB or TURSO_DATABASE_URL");
  // D1 and libSQL share drizzle's SQLite query builder; the store is written against that surface.
  return drizzleD1(env.DB, { schema }) as unknown as Database;
}

const app = createApp({
  database: (c) => database(c.env as Env),
  allowPrivateWebhookTargets: false,
});

const deliver = (env: Env) => dispatch(database(env), { backoffMs: Number(env.FACTDESK_WEBHOOK_BACKOFF_MS ?? 5000) });

// Workers have no start-up hook: the operator key is registered once per isolate, before its first request.
let operatorReady: Promise<unknown> | null = null;

export default {
  async fetch(request: Request, env: Env, ctx: ExecutionContext) {
    if (env.FACTDESK_ADMIN_KEY) operatorReady ??= ensureOperator(database(env), env.FACTDESK_ADMIN_KEY);
    await operatorReady;
    const response = await app.fetch(request, env, ctx);
    // A write may have queued webhook events: try them now, without holding the response.
    if (request.method !== "GET" && response.ok) ctx.waitUntil(deliver(env));
    return response;
  },
  // The Cron Trigger (wrangler.toml) retries what failed and anything the first try missed.
  async scheduled(_event: unknown, env: Env, ctx: ExecutionContext) {
    ctx.waitUntil(deliver(env));
  },
};

type ExecutionContext = NonNullable<Parameters<typeof app.fetch>[2]>;
