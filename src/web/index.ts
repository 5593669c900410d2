// The fact-checker's desk under /app: sign-in, then pages built from the API, answered in process.
import { Hono } from "hono";
import { callerByHash } from "../store/organizations.js";
import { sha256Hex } from "../store/secrets.js";
import { createSession, deleteSession } from "../store/sessions.js";
import type { WebEnv } from "./env.js";
import { render } from "./layout.js";
import { LoginPage } from "./pages/login.js";
import { articlePages } from "./routes/articles.js";
import { claimPages } from "./routes/claims.js";
import { factcheckPages } from "./routes/factchecks.js";
import { queuePage } from "./routes/queue.js";
import {
  endSession,
  requireSession,
  SESSION_TTL_MS,
  type SessionOptions,
  startSession,
} from "./session.js";
import { DESK_CSS } from "./style.js";

// Only a path on the desk itself: never somewhere else after sign-in.
const safeNext = (next: unknown) =>
  typeof next === "string" && /^\/app(\/[\w/-]*)?$/.test(next) ? next : "/app";

export function deskRoutes(options: SessionOptions) {
  const desk = new Hono<WebEnv>();
  desk.get("/static/desk.css", (c) =>
    c.body(DESK_CSS, 200, {
      "content-type": "text/css; charset=utf-8",
      "cache-control": "public, max-age=3600",
    }),
  );
  desk.get("/login", (c) => render(c, LoginPage({ next: c.req.query("next") })));
  desk.post("/login", async (c) => {
    const form = await c.req.parseBody();
    const key = typeof form.key === "string" ? form.key.trim() : "";
    const db = options.database(c);
    const caller = key ? await callerByHash(db, await sha256Hex(key)) : null;
    const next = safeNext(form.next);
    if (!caller)
      return render(c, LoginPage({ error: "That key is unknown or revoked.", next }), 401);
    if (!caller.orgId)
      return render(
        c,
        LoginPage({
          error: "The operator key manages organisations only; sign in with an organisation's key.",
          next,
        }),
        403,
      );
    await startSession(c, options, db, await createSession(db, caller.keyId, SESSION_TTL_MS));
    return c.redirect(next, 303);
  });

  desk.use("*", requireSession(options));
  desk.post("/logout", async (c) => {
    await deleteSession(c.var.db, c.var.sessionToken);
    endSession(c);
    return c.redirect("/app/login", 303);
  });
  desk.route("/", queuePage);
  desk.route("/", articlePages);
  desk.route("/", claimPages);
  desk.route("/", factcheckPages);
  return desk;
}
