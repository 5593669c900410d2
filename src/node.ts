// Node entry: the app on @hono/node-server over libSQL in a local file, migrated on start; extraction on
// worker threads; webhook deliveries and retention on timers.
import { createApp } from "./api/app.js";
import { CallerCache } from "./api/caller-cache.js";
import { TokenBuckets } from "./api/middleware/rate-limit.js";
import { ExtractPool } from "./node/extract-pool.js";
import { startDispatcher, startRetention } from "./node/jobs.js";
import { listen } from "./node/server.js";
import { nodeSender } from "./node/webhook-send.js";
import { openDatabase } from "./store/node-database.js";
import { ensureOperator } from "./store/organizations.js";
import { DEFAULT_RETENTION_DAYS } from "./store/retention.js";
import { DEFAULT_BACKOFF_MS, DISABLE_AFTER_MS } from "./webhooks/dispatcher.js";

const env = process.env;
const number = (name: string, fallback: number) => (env[name] ? Number(env[name]) : fallback);
const port = number("PORT", 8787);
const url = env.DATABASE_URL ?? "file:./data/factdesk.db";
const allowPrivate = env.FACTDESK_WEBHOOK_ALLOW_PRIVATE === "1";
const perMinute = number("FACTDESK_RATE_LIMIT_PER_MINUTE", 6000);

const { db } = await openDatabase(url, env.DATABASE_AUTH_TOKEN);
const fresh = await ensureOperator(db, env.FACTDESK_ADMIN_KEY);
if (fresh)
  console.log(`operator key: ${fresh}  (shown once; set FACTDESK_ADMIN_KEY to choose your own)`);

const app = createApp({
  database: () => db,
  callerCache: new CallerCache(),
  sessionSecret: () => env.FACTDESK_SESSION_SECRET,
  allowPrivateWebhookTargets: allowPrivate,
  extractor: new ExtractPool({
    ...(env.FACTDESK_EXTRACT_THREADS ? { size: Number(env.FACTDESK_EXTRACT_THREADS) } : {}),
    budgetMs: number("FACTDESK_EXTRACT_BUDGET_MS", 30_000),
  }),
  ...(perMinute > 0 ? { rateLimiter: new TokenBuckets(perMinute) } : {}),
});

startDispatcher(db, {
  send: nodeSender({ allowPrivate }),
  backoffMs: number("FACTDESK_WEBHOOK_BACKOFF_MS", DEFAULT_BACKOFF_MS),
  disableAfterMs:
    number("FACTDESK_WEBHOOK_DISABLE_AFTER_HOURS", DISABLE_AFTER_MS / 3600_000) * 3600_000,
});
startRetention(db, number("FACTDESK_RETENTION_DAYS", DEFAULT_RETENTION_DAYS));

await listen(app.fetch, port);
console.log(`factdesk listening on http://localhost:${port} (database ${url})`);
