// Node entry: serves the app with @hono/node-server.
import { serve } from "@hono/node-server";
import { createApp } from "./api/app.js";

const port = Number(process.env.PORT ?? 8787);
serve({ fetch: createApp().fetch, port }, (info) => {
  console.log(`factdesk listening on http://localhost:${info.port}`);
});
