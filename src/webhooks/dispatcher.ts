// Delivers the outbox: fans each event out to the webhooks that want it, then sends what is due, signed.
// A failed delivery is retried on the Standard Webhooks schedule (5 s, 5 min, 30 min, 2 h, 5 h, 10 h,
// 10 h: about 28 hours in all), scaled by FACTDESK_WEBHOOK_BACKOFF_MS. An endpoint is disabled only after
// failing without a single success for a span of time (5 days by default), never for a count of
// failures, so a short outage of a busy endpoint loses nothing. Endpoints are sent to in parallel, at most
// `perEndpoint` deliveries each at once, so one that hangs holds back only its own.

import type { Database } from "../store/db.js";
import {
  claimDue,
  type DeliveryRow,
  fanOut,
  recordAttempt,
  webhookById,
} from "../store/deliveries.js";
import type { Send } from "./send.js";
import { sign } from "./signing.js";

/** The delay before each retry, at the default scale (FACTDESK_WEBHOOK_BACKOFF_MS = 5000). */
export const RETRY_SCHEDULE_MS = [
  5_000, 300_000, 1_800_000, 7_200_000, 18_000_000, 36_000_000, 36_000_000,
];
export const DEFAULT_BACKOFF_MS = 5_000;
export const MAX_ATTEMPTS = RETRY_SCHEDULE_MS.length + 1;
export const DISABLE_AFTER_MS = 5 * 24 * 3600_000;
/** Longer than any attempt (connect + response timeouts): a claim outlives the attempt it is for. */
const LEASE_MS = 60_000;
const FAN_OUT_BATCH = 100;

export interface DispatchOptions {
  send: Send;
  /** The first retry's delay; the schedule scales with it (default 5000 ms). */
  backoffMs?: number;
  /** How long an endpoint may fail without a success before it is disabled (default 5 days). */
  disableAfterMs?: number;
  perEndpoint?: number;
  /** How long one pass keeps claiming work (Workers give waitUntil about 30 s). */
  maxPassMs?: number;
  now?: () => number;
  random?: () => number;
}

/** The delay before retry `attempt` (1 for the first), with ±20% jitter so retries do not stampede. */
export function retryDelay(attempt: number, backoffMs: number, random: () => number): number {
  const base =
    RETRY_SCHEDULE_MS[Math.min(attempt, RETRY_SCHEDULE_MS.length) - 1]! *
    (backoffMs / DEFAULT_BACKOFF_MS);
  return Math.round(base * (0.8 + 0.4 * random()));
}

async function attempt(d: DeliveryRow, url: string, secret: string, send: Send, now: number) {
  const timestamp = Math.floor(now / 1000);
  const started = Date.now();
  try {
    const status = await send({
      url,
      headers: {
        "content-type": "application/json",
        "webhook-id": d.messageId,
        "webhook-timestamp": String(timestamp),
        "webhook-signature": await sign(secret, d.messageId, timestamp, d.payload),
        "user-agent": "Factdesk-Webhooks/1",
      },
      body: d.payload,
    });
    const ok = status >= 200 && status < 300;
    return {
      responseStatus: status,
      error: ok ? null : `HTTP ${status}`,
      ok,
      durationMs: Date.now() - started,
    };
  } catch (e) {
    return {
      responseStatus: null,
      error: (e as Error).message.slice(0, 500),
      ok: false,
      durationMs: Date.now() - started,
    };
  }
}

async function deliver(db: Database, d: DeliveryRow, o: Required<DispatchOptions>): Promise<void> {
  const hook = await webhookById(db, d.webhookId);
  const at = o.now();
  const result = hook?.enabled
    ? await attempt(d, hook.url, hook.secret, o.send, at)
    : {
        responseStatus: null,
        error: hook ? "webhook disabled" : "webhook deleted",
        ok: false,
        durationMs: 0,
      };
  const tries = d.attempts + 1;
  const retry = !result.ok && hook !== null && tries < MAX_ATTEMPTS;
  const hours = Math.round(o.disableAfterMs / 3600_000);
  await recordAttempt(db, d, {
    ...result,
    at: new Date(at).toISOString(),
    nextAttemptAt: retry
      ? new Date(o.now() + retryDelay(tries, o.backoffMs, o.random)).toISOString()
      : null,
    disableIfFailingSince: new Date(at - o.disableAfterMs).toISOString(),
    disabledReason: `failing without a success for ${hours} hours`,
  });
}

/** One pass: fan out new events, then send everything that was due when the pass began, each endpoint
 *  in parallel and at most `perEndpoint` at once; as a delivery finishes, its endpoint's next one is
 *  claimed. Retries a pass schedules are left to later passes. */
export async function dispatch(
  db: Database,
  options: DispatchOptions,
): Promise<{ fannedOut: number; sent: number }> {
  const o = {
    backoffMs: DEFAULT_BACKOFF_MS,
    disableAfterMs: DISABLE_AFTER_MS,
    perEndpoint: 4,
    now: Date.now,
    random: Math.random,
    maxPassMs: 20_000,
    ...options,
  };
  const started = o.now();
  const at = new Date(started).toISOString();
  let fannedOut = 0;
  for (
    let n = FAN_OUT_BATCH;
    n === FAN_OUT_BATCH && o.now() - started < o.maxPassMs;
    fannedOut += n
  )
    n = await fanOut(db, at, FAN_OUT_BATCH);
  const running = new Set<Promise<void>>();
  let sent = 0;
  for (;;) {
    const now = o.now();
    const due =
      now - started < o.maxPassMs
        ? await claimDue(db, {
            now: at,
            until: new Date(now + LEASE_MS).toISOString(),
            perEndpoint: o.perEndpoint,
            limit: 100,
          })
        : [];
    for (const d of due) {
      const p: Promise<void> = deliver(db, d, o).finally(() => running.delete(p));
      running.add(p);
    }
    sent += due.length;
    if (running.size === 0) break;
    await Promise.race(running);
  }
  return { fannedOut, sent };
}
