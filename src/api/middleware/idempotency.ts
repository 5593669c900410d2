// Idempotency-Key on POST, run after authentication and the route's role check: the first response is kept
// 24 hours per organisation, caller key and idempotency key, and replayed to that same key for a repeat
// with the same body (Idempotent-Replayed: true). Another key, even with the same value and body, runs
// its own request, so a replay never grants what the caller's role would refuse. Secrets in a stored
// response (a new API key, a webhook's signing secret) are redacted: they are shown once, on the first
// response; a replay still tells the client the id of what was created. The same key with another body
// is 422, a repeat while the first is still running is 409, and a key left running past the request
// timeout (a crash) is taken over. Server errors are not kept, so a retry can work.
import { createMiddleware } from "hono/factory";
import * as store from "../../store/idempotency.js";
import { redactSecrets, sha256Hex } from "../../store/secrets.js";
import type { AppEnv } from "../env.js";
import { Problem } from "../errors/index.js";

const TTL_MS = 24 * 60 * 60 * 1000;
/** No request runs longer than this (the extraction budget is 30 s): a key still running after it was
 *  left behind by a crash. */
export const RUNNING_TIMEOUT_MS = 60_000;

const inProgress = () =>
  new Problem(
    "request_in_progress",
    "A request with this Idempotency-Key is still running; retry shortly.",
  );

export function idempotency() {
  return createMiddleware<AppEnv>(async (c, next) => {
    const key = c.req.header("idempotency-key");
    if (c.req.method !== "POST" || key === undefined) return next();
    if (!/^[\x21-\x7e]{1,255}$/.test(key)) {
      throw new Problem(
        "invalid_idempotency_key",
        "Idempotency-Key must be 1 to 255 visible ASCII characters.",
        { errors: [{ path: "Idempotency-Key", message: "1 to 255 visible ASCII characters" }] },
      );
    }
    const { db, caller } = c.var;
    const slot = { orgId: caller.orgId ?? "operator", keyId: caller.keyId, key };
    const hash = await sha256Hex(
      `${c.req.method} ${new URL(c.req.url).pathname}\n${await c.req.text()}`,
    );
    const now = Date.now();
    const at = new Date(now).toISOString();
    let found = await store.findKey(db, slot);
    if (found && Date.parse(found.createdAt) < now - TTL_MS) {
      await store.forgetKey(db, slot);
      found = null;
    }
    if (found?.state === "done") {
      if (found.requestHash !== hash)
        throw new Problem(
          "idempotency_key_reused",
          "This Idempotency-Key was used with a different request; use a new key for a new request.",
        );
      return c.body(found.body ?? "", found.status as 200, {
        "content-type": found.contentType ?? "application/json",
        "idempotent-replayed": "true",
      });
    }
    const claimed = found
      ? await store.takeOverStale(
          db,
          slot,
          hash,
          at,
          new Date(now - RUNNING_TIMEOUT_MS).toISOString(),
        )
      : await store.claimKey(db, slot, hash, at);
    if (!claimed) throw inProgress();
    try {
      await next();
    } finally {
      const res = c.res;
      if (res.status >= 500) await store.forgetKey(db, slot);
      else
        await store.storeResponse(
          db,
          slot,
          res.status,
          redactSecrets(await res.clone().text()),
          res.headers.get("content-type"),
        );
    }
  });
}
