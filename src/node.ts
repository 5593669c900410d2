// Node entry: the app on @hono/node-server over libSQL in a local file, migrated on start.
import { serve } from "@hono/node-server";
import { createApp } from "./api/app.js";
import { CallerCache } from "./api/caller-cache.js";
import { openDatabase } from "./store/node-database.js";
import { ensureOperator } from "./store/organizations.js";
import { dispatch } from "./webhooks/dispatcher.js";

const port = Number(process.env.PORT ?? 8787);
const url = process.env.DATABASE_URL ?? "file:./data/factdesk.db";

const { db } = await openDatabase(url, process.env.DATABASE_AUTH_TOKEN);
const fresh = await ensureOperator(db, process.env.FACTDESK_ADMIN_KEY);
if (fresh) console.log(`operator key: ${fresh}  (shown once; set FACTDESK_ADMIN_KEY to choose your own)`);

const app = createApp({
  database: () => db, callerCache: new CallerCache(), allowPrivateWebhookTargets: process.env.FACTDESK_WEBHOOK_ALLOW_PRIVATE === "1",
});

// The webhook dispatcher: a timer that drains the outbox, never two runs at once.
const backoffMs = Number(process.env.FACTDESK_WEBHOOK_BACKOFF_MS ?? 5000);
let dispatching = false;
setInterval(async () => {
  if (dispatching) return;
  dispatching = true;
  try {
    await dispatch(db, { backoffMs });
  } catch (e) {
    console.error("webhook dispatch failed:", e);
  } finally {
    dispatching = false;
  }
}, Math.min(1000, Math.max(50, backoffMs / 4)));
serve({ fetch: app.fetch, port }, (info) => {
  console.log(`factdesk listening on http://localhost:${info.port} (database ${url})`);
});
