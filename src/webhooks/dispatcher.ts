// Delivers the outbox: fans each event out to the webhooks that want it, then sends what is due, signed,
// retrying with exponential backoff and jitter. Runs on a timer in Node and from a Cron Trigger (and
// waitUntil after a change) on Workers; a lease on each delivery keeps two runners from sending it twice.
import type { Database } from "../store/db.js";
import { type DeliveryRow, dueDeliveries, fanOut, lease, recordAttempt, webhookById } from "../store/webhooks.js";
import { sign } from "./signing.js";

export interface DispatchOptions {
  /** First retry delay; each later one doubles (FACTDESK_WEBHOOK_BACKOFF_MS, default 5000). */
  backoffMs: number;
  fetch?: typeof fetch;
  now?: () => number;
  random?: () => number;
}

export const MAX_ATTEMPTS = 8;
/** Consecutive failed attempts after which an endpoint is disabled (an admin re-enables it with PATCH). */
export const DISABLE_AFTER = 20;
const LEASE_MS = 60_000;
const TIMEOUT_MS = 10_000;

export function retryDelay(attempt: number, base: number, random: () => number): number {
  return Math.round(base * 2 ** (attempt - 1) * (0.8 + 0.4 * random()));
}

async function attempt(d: DeliveryRow, url: string, secret: string, send: typeof fetch, now: number) {
  const timestamp = Math.floor(now / 1000);
  const started = Date.now();
  try {
    const res = await send(url, {
      method: "POST",
      headers: {
        "content-type": "application/json", "webhook-id": d.messageId, "webhook-timestamp": String(timestamp),
        "webhook-signature": await sign(secret, d.messageId, timestamp, d.payload), "user-agent": "Factdesk-Webhooks/1",
      },
      body: d.payload,
      signal: AbortSignal.timeout(TIMEOUT_MS),
      redirect: "manual",
    });
    await res.body?.cancel();
    return { responseStatus: res.status, error: res.ok ? null : `HTTP ${res.status}`, ok: res.ok, durationMs: Date.now() - started };
  } catch (e) {
    return { responseStatus: null, error: (e as Error).message.slice(0, 500), ok: false, durationMs: Date.now() - started };
  }
}

export async function dispatch(db: Database, o: DispatchOptions): Promise<{ fannedOut: number; sent: number }> {
  const now = o.now ?? Date.now;
  const random = o.random ?? Math.random;
  const send = o.fetch ?? fetch;
  const fannedOut = await fanOut(db, new Date(now()).toISOString());
  let sent = 0;
  for (const d of await dueDeliveries(db, new Date(now()).toISOString())) {
    if (!(await lease(db, d, new Date(now() + LEASE_MS).toISOString()))) continue;
    const hook = await webhookById(db, d.webhookId);
    const at = now();
    const result = hook?.enabled
      ? await attempt(d, hook.url, hook.secret, send, at)
      : { responseStatus: null, error: hook ? "webhook disabled" : "webhook deleted", ok: false, durationMs: 0 };
    const tries = d.attempts + 1;
    const retry = !result.ok && hook?.enabled && tries < MAX_ATTEMPTS;
    await recordAttempt(db, d, {
      ...result, at: new Date(at).toISOString(), disableAfter: DISABLE_AFTER,
      nextAttemptAt: retry ? new Date(now() + retryDelay(tries, o.backoffMs, random)).toISOString() : null,
    });
    sent++;
  }
  return { fannedOut, sent };
}
