// Workers entry: the same app (extraction inline: the platform bounds each request's CPU); the database is the D1 binding `DB`, or Turso when TURSO_DATABASE_URL is
// set. Migrations are applied by wrangler (`wrangler d1 migrations apply`) or drizzle-kit for Turso.
import { createClient } from "@libsql/client/web";
import { drizzle as drizzleD1 } from "drizzle-orm/d1";
import { drizzle as drizzleLibsql } from "drizzle-orm/libsql/web";
import * as schema from "../db/schema.js";
import { createApp } from "./api/app.js";
import { bindingLimiter, type RateLimitBinding } from "./api/middleware/rate-limit.js";
import type { Database } from "./store/db.js";
import { ensureOperator } from "./store/organizations.js";
import { DEFAULT_RETENTION_DAYS, prune } from "./store/retention.js";
import { DEFAULT_BACKOFF_MS, DISABLE_AFTER_MS, dispatch } from "./webhooks/dispatcher.js";
import { fetchSender } from "./webhooks/send.js";

export interface Env {
  DB?: Parameters<typeof drizzleD1>[0];
  TURSO_DATABASE_URL?: string;
  TURSO_AUTH_TOKEN?: string;
  /** The operator key; registered (hashed) on an isolate's first request. */
  FACTDESK_ADMIN_KEY?: string;
  FACTDESK_WEBHOOK_BACKOFF_MS?: string;
  FACTDESK_WEBHOOK_DISABLE_AFTER_HOURS?: string;
  FACTDESK_RETENTION_DAYS?: string;
  FACTDESK_RATE_LIMIT_PER_MINUTE?: string;
  /** Signs the desk's session cookies; without it a secret is made once and kept in the database. */
  FACTDESK_SESSION_SECRET?: string;
  /** The Rate Limiting binding (wrangler.toml [[ratelimits]]); requests are not limited without it. */
  RATE_LIMITER?: RateLimitBinding;
}

function database(env: Env): Database {
  if (env.TURSO_DATABASE_URL) {
    return drizzleLibsql(
      createClient({ url: env.TURSO_DATABASE_URL, authToken: env.TURSO_AUTH_TOKEN }),
      { schema },
    );
  }
  if (!env.DB) throw new Error("Configure a D1 binding DB or TURSO_DATABASE_URL");
  // D1 and libSQL share drizzle's SQLite query builder; the store is written against that surface.
  return drizzleD1(env.DB, { schema }) as unknown as Database;
}

// The runtime cannot reach private networks; IP literals in private space are refused all the same.
const send = fetchSender({ allowPrivate: false });
const number = (value: string | undefined, fallback: number) => (value ? Number(value) : fallback);

let app: ReturnType<typeof createApp> | null = null;
const appFor = (env: Env) =>
  (app ??= createApp({
    database: (c) => database(c.env as Env),
    sessionSecret: (c) => (c.env as Env).FACTDESK_SESSION_SECRET,
    allowPrivateWebhookTargets: false,
    ...(env.RATE_LIMITER
      ? {
          rateLimiter: bindingLimiter(
            env.RATE_LIMITER,
            number(env.FACTDESK_RATE_LIMIT_PER_MINUTE, 6000),
          ),
        }
      : {}),
  }));

const deliver = (env: Env) =>
  dispatch(database(env), {
    send,
    backoffMs: number(env.FACTDESK_WEBHOOK_BACKOFF_MS, DEFAULT_BACKOFF_MS),
    disableAfterMs:
      number(env.FACTDESK_WEBHOOK_DISABLE_AFTER_HOURS, DISABLE_AFTER_MS / 3600_000) * 3600_000,
  });

// Workers have no start-up hook: the operator key is registered once per isolate, before its first request.
let operatorReady: Promise<unknown> | null = null;

export default {
  async fetch(request: Request, env: Env, ctx: ExecutionContext) {
    if (env.FACTDESK_ADMIN_KEY)
      operatorReady ??= ensureOperator(database(env), env.FACTDESK_ADMIN_KEY);
    await operatorReady;
    const response = await appFor(env).fetch(request, env, ctx);
    // A write may have queued webhook events: try them now, without holding the response.
    if (request.method !== "GET" && response.ok) ctx.waitUntil(deliver(env));
    return response;
  },
  // The Cron Trigger (wrangler.toml) retries what failed and anything the first try missed.
  // Retention runs once an hour, on the trigger at minute 0.
  async scheduled(event: { scheduledTime: number }, env: Env, ctx: ExecutionContext) {
    ctx.waitUntil(deliver(env));
    if (new Date(event.scheduledTime).getUTCMinutes() === 0) {
      ctx.waitUntil(
        prune(database(env), {
          now: Date.now(),
          retentionDays: number(env.FACTDESK_RETENTION_DAYS, DEFAULT_RETENTION_DAYS),
        }),
      );
    }
  },
};

type ExecutionContext = NonNullable<Parameters<ReturnType<typeof createApp>["fetch"]>[2]>;
