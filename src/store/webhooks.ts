// Webhooks, their deliveries and the outbox: all SQL of the CMS integration.
import { and, asc, eq, lte, sql } from "drizzle-orm";
import { deliveries, deliveryAttempts, outbox, webhooks } from "../../db/schema.js";
import type { Database } from "./db.js";
import { newId } from "./ids.js";

export type WebhookRow = typeof webhooks.$inferSelect;
export type DeliveryRow = typeof deliveries.$inferSelect;
export type EventType = "article.ingested" | "claim.updated" | "claim.resolved" | "source.added";

/** An outbox row for an event, to be inserted in the same batch as the change it reports. */
export function outboxRow(orgId: string, type: EventType, data: unknown) {
  const id = newId("msg");
  return { id, orgId, type, payload: JSON.stringify({ type, timestamp: new Date().toISOString(), data }) };
}

export async function createWebhook(db: Database, orgId: string, input: { url: string; events: string[]; description?: string | null }, secret: string) {
  const [row] = await db.insert(webhooks).values({ id: newId("whk"), orgId, url: input.url, events: input.events, description: input.description ?? null, secret }).returning();
  return row!;
}

export const listWebhooks = (db: Database, orgId: string) =>
  db.select().from(webhooks).where(eq(webhooks.orgId, orgId)).orderBy(asc(webhooks.createdAt), asc(webhooks.id));

export async function getWebhook(db: Database, orgId: string, id: string) {
  const [row] = await db.select().from(webhooks).where(and(eq(webhooks.id, id), eq(webhooks.orgId, orgId))).limit(1);
  return row ?? null;
}

export async function updateWebhook(db: Database, orgId: string, id: string, patch: Partial<Pick<WebhookRow, "url" | "events" | "enabled" | "description" | "secret">>) {
  const reset = patch.enabled ? { failureStreak: 0, disabledReason: null } : {};
  const [row] = await db.update(webhooks).set({ ...patch, ...reset }).where(and(eq(webhooks.id, id), eq(webhooks.orgId, orgId))).returning();
  return row ?? null;
}

export async function deleteWebhook(db: Database, orgId: string, id: string): Promise<boolean> {
  const rows = await db.delete(webhooks).where(and(eq(webhooks.id, id), eq(webhooks.orgId, orgId))).returning({ id: webhooks.id });
  return rows.length > 0;
}

export async function deliveryLog(db: Database, webhookId: string) {
  const rows = await db.select().from(deliveries).where(eq(deliveries.webhookId, webhookId)).orderBy(asc(deliveries.id)).limit(100);
  if (rows.length === 0) return [];
  const attempts = await db.select().from(deliveryAttempts)
    .where(sql`${deliveryAttempts.deliveryId} IN (SELECT id FROM deliveries WHERE webhook_id = ${webhookId})`).orderBy(asc(deliveryAttempts.id));
  return rows.map((d) => ({ delivery: d, attempts: attempts.filter((a) => a.deliveryId === d.id) }));
}

export async function redeliver(db: Database, webhookId: string, deliveryId: string, now: string): Promise<boolean> {
  const rows = await db.update(deliveries).set({ status: "pending", nextAttemptAt: now, attempts: 0 })
    .where(and(eq(deliveries.id, deliveryId), eq(deliveries.webhookId, webhookId))).returning({ id: deliveries.id });
  return rows.length > 0;
}

// ---- the dispatcher's reads and writes ----

/** Turns undispatched outbox events into one pending delivery per subscribed, enabled webhook. */
export async function fanOut(db: Database, now: string, limit = 100): Promise<number> {
  const events = await db.select().from(outbox).where(eq(outbox.fannedOut, false)).orderBy(asc(outbox.id)).limit(limit);
  for (const e of events) {
    const hooks = (await listWebhooks(db, e.orgId)).filter((h) => h.enabled && h.events.includes(e.type));
    await db.batch([
      db.update(outbox).set({ fannedOut: true }).where(eq(outbox.id, e.id)),
      ...hooks.map((h) => db.insert(deliveries).values({
        id: newId("dlv"), orgId: e.orgId, webhookId: h.id, messageId: e.id, type: e.type, payload: e.payload, nextAttemptAt: now,
      })),
    ]);
  }
  return events.length;
}

export const dueDeliveries = (db: Database, now: string, limit = 50) =>
  db.select().from(deliveries).where(and(eq(deliveries.status, "pending"), lte(deliveries.nextAttemptAt, now))).orderBy(asc(deliveries.nextAttemptAt)).limit(limit);

/** Takes a delivery for one attempt: only one dispatcher wins it (the lease moves its next attempt on). */
export async function lease(db: Database, d: DeliveryRow, until: string): Promise<boolean> {
  const rows = await db.update(deliveries).set({ nextAttemptAt: until })
    .where(and(eq(deliveries.id, d.id), eq(deliveries.status, "pending"), eq(deliveries.nextAttemptAt, d.nextAttemptAt))).returning({ id: deliveries.id });
  return rows.length > 0;
}

export interface AttemptOutcome {
  at: string;
  responseStatus: number | null;
  durationMs: number;
  error: string | null;
  ok: boolean;
  /** When to try again; null when the delivery is done (delivered, or out of attempts). */
  nextAttemptAt: string | null;
  disableAfter: number;
}

export async function recordAttempt(db: Database, d: DeliveryRow, o: AttemptOutcome): Promise<void> {
  const status = o.ok ? "delivered" : o.nextAttemptAt ? "pending" : "failed";
  await db.batch([
    db.insert(deliveryAttempts).values({ deliveryId: d.id, at: o.at, responseStatus: o.responseStatus, durationMs: o.durationMs, error: o.error }),
    db.update(deliveries).set({ status, attempts: d.attempts + 1, nextAttemptAt: o.nextAttemptAt ?? o.at }).where(eq(deliveries.id, d.id)),
    o.ok
      ? db.update(webhooks).set({ failureStreak: 0 }).where(eq(webhooks.id, d.webhookId))
      : db.update(webhooks).set({
          failureStreak: sql`${webhooks.failureStreak} + 1`,
          enabled: sql`CASE WHEN ${webhooks.failureStreak} + 1 >= ${o.disableAfter} THEN 0 ELSE ${webhooks.enabled} END`,
          disabledReason: sql`CASE WHEN ${webhooks.failureStreak} + 1 >= ${o.disableAfter} THEN ${`${o.disableAfter} failed attempts in a row`} ELSE ${webhooks.disabledReason} END`,
        }).where(eq(webhooks.id, d.webhookId)),
  ]);
}

export async function webhookById(db: Database, id: string) {
  const [row] = await db.select().from(webhooks).where(eq(webhooks.id, id)).limit(1);
  return row ?? null;
}
