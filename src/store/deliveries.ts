// The dispatcher's reads and writes: fanning events out to endpoints, claiming due deliveries, recording
// attempts. Every claim is one statement, so dispatchers running at once (a timer and a request on Node;
// waitUntil and the Cron Trigger on Workers) never take the same delivery; one delivery per endpoint and
// event is kept by a unique index, so two fan-outs of one event add nothing twice.
import { and, asc, eq, gte, inArray, lte, sql } from "drizzle-orm";
import { deliveries, deliveryAttempts, outbox, webhooks } from "../../db/schema.js";
import type { Database } from "./db.js";
import { newId } from "./ids.js";

export type DeliveryRow = typeof deliveries.$inferSelect;

/** Turns undispatched outbox events into one pending delivery per subscribed webhook that existed when the
 *  event happened. A disabled webhook gets its deliveries too: they wait, and go out when it is enabled. */
export async function fanOut(db: Database, now: string, limit = 100): Promise<number> {
  const events = await db
    .select()
    .from(outbox)
    .where(eq(outbox.fannedOut, false))
    .orderBy(asc(outbox.id))
    .limit(limit);
  for (const e of events) {
    const hooks = (
      await db
        .select()
        .from(webhooks)
        .where(and(eq(webhooks.orgId, e.orgId), lte(webhooks.createdAt, e.createdAt)))
    ).filter((h) => h.events.includes(e.type));
    await db.batch([
      db.update(outbox).set({ fannedOut: true }).where(eq(outbox.id, e.id)),
      ...hooks.map((h) =>
        db
          .insert(deliveries)
          .values({
            id: newId("dlv"),
            orgId: e.orgId,
            webhookId: h.id,
            messageId: e.id,
            type: e.type,
            payload: e.payload,
            nextAttemptAt: now,
          })
          .onConflictDoNothing(),
      ),
    ]);
  }
  return events.length;
}

export interface ClaimOptions {
  now: string;
  /** Until when the claimed deliveries are held (past the longest attempt). */
  until: string;
  /** At most this many deliveries of one endpoint in flight at once. */
  perEndpoint: number;
  limit: number;
}

/** Claims due deliveries of enabled endpoints, in one statement: no two dispatchers get the same one,
 *  and no endpoint gets more than `perEndpoint` in flight, counting those already held. */
export async function claimDue(db: Database, o: ClaimOptions): Promise<DeliveryRow[]> {
  return db.all<DeliveryRow>(sql`
    UPDATE deliveries SET leased_until = ${o.until}
    WHERE id IN (
      SELECT id FROM (
        SELECT d.id,
          ROW_NUMBER() OVER (PARTITION BY d.webhook_id ORDER BY d.next_attempt_at, d.id) AS place,
          (SELECT count(*) FROM deliveries held WHERE held.webhook_id = d.webhook_id AND held.status = 'pending'
             AND held.leased_until > ${o.now}) AS busy
        FROM deliveries d JOIN webhooks w ON w.id = d.webhook_id
        WHERE d.status = 'pending' AND d.next_attempt_at <= ${o.now} AND (d.leased_until IS NULL OR d.leased_until <= ${o.now})
          AND w.enabled = 1
      ) WHERE place + busy <= ${o.perEndpoint}
      LIMIT ${o.limit}
    )
    RETURNING id, org_id AS orgId, webhook_id AS webhookId, message_id AS messageId, type, payload, status, attempts,
      next_attempt_at AS nextAttemptAt, leased_until AS leasedUntil, created_at AS createdAt`);
}

export interface AttemptOutcome {
  at: string;
  responseStatus: number | null;
  durationMs: number;
  error: string | null;
  ok: boolean;
  /** When to try again; null when the delivery is done (delivered, or out of attempts). */
  nextAttemptAt: string | null;
  /** An endpoint failing since this time or earlier is disabled by this failure. */
  disableIfFailingSince: string;
  disabledReason: string;
}

export async function recordAttempt(
  db: Database,
  d: DeliveryRow,
  o: AttemptOutcome,
): Promise<void> {
  const status = o.ok ? "delivered" : o.nextAttemptAt ? "pending" : "failed";
  const failingSince = sql`COALESCE(${webhooks.failingSince}, ${o.at})`;
  await db.batch([
    db.insert(deliveryAttempts).values({
      deliveryId: d.id,
      at: o.at,
      responseStatus: o.responseStatus,
      durationMs: o.durationMs,
      error: o.error,
    }),
    db
      .update(deliveries)
      .set({
        status,
        attempts: d.attempts + 1,
        nextAttemptAt: o.nextAttemptAt ?? o.at,
        leasedUntil: null,
      })
      .where(eq(deliveries.id, d.id)),
    o.ok
      ? db
          .update(webhooks)
          .set({ failureStreak: 0, failingSince: null })
          .where(eq(webhooks.id, d.webhookId))
      : db
          .update(webhooks)
          .set({
            failureStreak: sql`${webhooks.failureStreak} + 1`,
            failingSince,
            enabled: sql`CASE WHEN ${failingSince} <= ${o.disableIfFailingSince} THEN 0 ELSE ${webhooks.enabled} END`,
            disabledReason: sql`CASE WHEN ${failingSince} <= ${o.disableIfFailingSince} AND ${webhooks.enabled} = 1
            THEN ${o.disabledReason} ELSE ${webhooks.disabledReason} END`,
          })
          .where(eq(webhooks.id, d.webhookId)),
  ]);
}

export async function webhookById(db: Database, id: string) {
  const [row] = await db.select().from(webhooks).where(eq(webhooks.id, id)).limit(1);
  return row ?? null;
}

/** Re-enabling an endpoint: what waited while it was disabled goes out now. */
export const sendWaitingNow = (db: Database, webhookId: string, now: string) =>
  db
    .update(deliveries)
    .set({ nextAttemptAt: now, leasedUntil: null })
    .where(and(eq(deliveries.webhookId, webhookId), eq(deliveries.status, "pending")));

/** Puts the endpoint's failed deliveries created since `since` back in the queue, for now. */
export async function recoverFailed(
  db: Database,
  webhookId: string,
  since: string,
  now: string,
): Promise<number> {
  const rows = await db
    .update(deliveries)
    .set({ status: "pending", attempts: 0, nextAttemptAt: now, leasedUntil: null })
    .where(
      and(
        eq(deliveries.webhookId, webhookId),
        eq(deliveries.status, "failed"),
        gte(deliveries.createdAt, since),
      ),
    )
    .returning({ id: deliveries.id });
  return rows.length;
}

/** Retention: dispatched outbox events, and finished deliveries with their attempts, older than `before`. */
export async function pruneDeliveries(
  db: Database,
  before: string,
): Promise<{ outbox: number; deliveries: number }> {
  const done = db
    .select({ id: deliveries.id })
    .from(deliveries)
    .where(
      and(
        inArray(deliveries.status, ["delivered", "failed"]),
        sql`${deliveries.createdAt} < ${before}`,
      ),
    );
  const [events, , gone] = await db.batch([
    db
      .delete(outbox)
      .where(and(eq(outbox.fannedOut, true), sql`${outbox.createdAt} < ${before}`))
      .returning({ id: outbox.id }),
    db.delete(deliveryAttempts).where(inArray(deliveryAttempts.deliveryId, done)),
    db
      .delete(deliveries)
      .where(
        and(
          inArray(deliveries.status, ["delivered", "failed"]),
          sql`${deliveries.createdAt} < ${before}`,
        ),
      )
      .returning({ id: deliveries.id }),
  ]);
  return { outbox: events.length, deliveries: gone.length };
}
