// Idempotency-Key on POST: the first response is kept 24 hours per organisation and key and replayed
// for a repeat with the same body (Idempotent-Replayed: true); the same key with another body is 422,
// and a repeat while the first is still running is 409. Server errors are not kept, so a retry can work.
import { createMiddleware } from "hono/factory";
import { sha256Hex } from "../../store/secrets.js";
import * as store from "../../store/idempotency.js";
import type { AppEnv } from "../env.js";
import { Problem } from "../problem.js";

const TTL_MS = 24 * 60 * 60 * 1000;

export function idempotency() {
  return createMiddleware<AppEnv>(async (c, next) => {
    const key = c.req.header("idempotency-key");
    if (c.req.method !== "POST" || key === undefined) return next();
    if (!/^[\x21-\x7e]{1,255}$/.test(key)) {
      throw new Problem(400, "Invalid Idempotency-Key", "Idempotency-Key must be 1 to 255 visible ASCII characters.", [{ path: "Idempotency-Key", message: "1 to 255 visible ASCII characters" }]);
    }
    const orgId = c.var.caller.orgId ?? "operator";
    const hash = await sha256Hex(`${c.req.method} ${new URL(c.req.url).pathname}\n${await c.req.text()}`);
    const now = Date.now();
    let found = await store.findKey(c.var.db, orgId, key);
    if (found && Date.parse(found.createdAt) < now - TTL_MS) {
      await store.forgetKey(c.var.db, orgId, key);
      found = null;
    }
    if (found) {
      if (found.state === "running") throw new Problem(409, "Request in progress", "A request with this Idempotency-Key is still running; retry shortly.");
      if (found.requestHash !== hash) throw new Problem(422, "Idempotency-Key reused", "This Idempotency-Key was used with a different request; use a new key for a new request.");
      return c.body(found.body ?? "", found.status as 200, { "content-type": found.contentType ?? "application/json", "idempotent-replayed": "true" });
    }
    if (!(await store.claimKey(c.var.db, orgId, key, hash, new Date(now).toISOString()))) {
      throw new Problem(409, "Request in progress", "A request with this Idempotency-Key is still running; retry shortly.");
    }
    try {
      await next();
    } finally {
      const res = c.res;
      if (res.status >= 500) await store.forgetKey(c.var.db, orgId, key);
      else await store.storeResponse(c.var.db, orgId, key, res.status, await res.clone().text(), res.headers.get("content-type"));
    }
  });
}
