// What is kept and for how long: finished deliveries, their attempts and dispatched outbox events for
// FACTDESK_RETENTION_DAYS (30 by default); Idempotency-Keys for the 24 hours they can be replayed.
import type { Database } from "./db.js";
import { pruneDeliveries } from "./deliveries.js";
import { pruneKeys } from "./idempotency.js";

const DAY_MS = 24 * 3600_000;
export const DEFAULT_RETENTION_DAYS = 30;

export async function prune(db: Database, o: { now: number; retentionDays: number }) {
  const delivered = await pruneDeliveries(
    db,
    new Date(o.now - o.retentionDays * DAY_MS).toISOString(),
  );
  const idempotencyKeys = await pruneKeys(db, new Date(o.now - DAY_MS).toISOString());
  return { ...delivered, idempotencyKeys };
}
