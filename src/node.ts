// Node entry: the app on @hono/node-server over libSQL in a local file, migrated on start.
import { serve } from "@hono/node-server";
import { createApp } from "./api/app.js";
import { CallerCache } from "./api/caller-cache.js";
import { openDatabase } from "./store/node-database.js";
import { ensureOperator } from "./store/organizations.js";

const port = Number(process.env.PORT ?? 8787);
const url = process.env.DATABASE_URL ?? "file:./data/factdesk.db";

const { db } = await openDatabase(url, process.env.DATABASE_AUTH_TOKEN);
const fresh = await ensureOperator(db, process.env.FACTDESK_ADMIN_KEY);
if (fresh) console.log(`operator key: ${fresh}  (shown once; set FACTDESK_ADMIN_KEY to choose your own)`);

const app = createApp({ database: () => db, callerCache: new CallerCache() });
serve({ fetch: app.fetch, port }, (info) => {
  console.log(`factdesk listening on http://localhost:${info.port} (database ${url})`);
});
