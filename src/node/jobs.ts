// Node's background work, on timers: the webhook dispatcher and retention. Dispatch passes may overlap —
// each claims its deliveries atomically — so an endpoint that hangs never stops the next pass.
import type { Database } from "../store/db.js";
import { prune } from "../store/retention.js";
import { type DispatchOptions, dispatch } from "../webhooks/dispatcher.js";

export function startDispatcher(
  db: Database,
  options: DispatchOptions & { backoffMs: number },
): () => void {
  const timer = setInterval(
    () => {
      dispatch(db, options).catch((e) => console.error("webhook dispatch failed:", e));
    },
    Math.min(1000, Math.max(50, options.backoffMs / 4)),
  );
  return () => clearInterval(timer);
}

export function startRetention(db: Database, retentionDays: number): () => void {
  const run = () =>
    prune(db, { now: Date.now(), retentionDays }).catch((e) =>
      console.error("retention failed:", e),
    );
  void run();
  const timer = setInterval(run, 3600_000);
  timer.unref();
  return () => clearInterval(timer);
}
