// Webhooks and their delivery log: the SQL of managing endpoints (the dispatcher's is in deliveries.ts).
import { and, asc, desc, eq, inArray } from "drizzle-orm";
import { deliveries, deliveryAttempts, webhooks } from "../../db/schema.js";
import type { EventType } from "../webhooks/events.js";
import type { Database } from "./db.js";
import { sendWaitingNow } from "./deliveries.js";
import { newId } from "./ids.js";

export type WebhookRow = typeof webhooks.$inferSelect;
export type DeliveryRow = typeof deliveries.$inferSelect;

/** An outbox row for an event, to be inserted in the same batch as the change it reports. */
export function outboxRow(orgId: string, type: EventType, data: unknown) {
  const id = newId("msg");
  return {
    id,
    orgId,
    type,
    payload: JSON.stringify({ type, timestamp: new Date().toISOString(), data }),
  };
}

export async function createWebhook(
  db: Database,
  orgId: string,
  input: { url: string; events: string[]; description?: string | null },
  secret: string,
) {
  const [row] = await db
    .insert(webhooks)
    .values({
      id: newId("whk"),
      orgId,
      url: input.url,
      events: input.events,
      description: input.description ?? null,
      secret,
    })
    .returning();
  return row!;
}

export const listWebhooks = (db: Database, orgId: string) =>
  db
    .select()
    .from(webhooks)
    .where(eq(webhooks.orgId, orgId))
    .orderBy(asc(webhooks.createdAt), asc(webhooks.id));

export async function getWebhook(db: Database, orgId: string, id: string) {
  const [row] = await db
    .select()
    .from(webhooks)
    .where(and(eq(webhooks.id, id), eq(webhooks.orgId, orgId)))
    .limit(1);
  return row ?? null;
}

type WebhookPatch = Partial<
  Pick<WebhookRow, "url" | "events" | "enabled" | "description" | "secret">
>;

/** Changes what the patch names (nothing, for an empty one). Enabling an endpoint clears its failure record
 *  and sends what waited while it was disabled, in the same batch. */
export async function updateWebhook(db: Database, orgId: string, id: string, patch: WebhookPatch) {
  const changes = Object.fromEntries(
    Object.entries(patch).filter(([, v]) => v !== undefined),
  ) as WebhookPatch;
  if (Object.keys(changes).length === 0) return getWebhook(db, orgId, id);
  const reset = changes.enabled
    ? { failureStreak: 0, failingSince: null, disabledReason: null }
    : {};
  const update = db
    .update(webhooks)
    .set({ ...changes, ...reset })
    .where(and(eq(webhooks.id, id), eq(webhooks.orgId, orgId)))
    .returning();
  if (!changes.enabled) return (await update)[0] ?? null;
  const [rows] = await db.batch([update, sendWaitingNow(db, id, new Date().toISOString())]);
  return rows[0] ?? null;
}

/** Removes the endpoint with its deliveries and their attempts. */
export async function deleteWebhook(db: Database, orgId: string, id: string): Promise<boolean> {
  if (!(await getWebhook(db, orgId, id))) return false;
  const ofHook = db
    .select({ id: deliveries.id })
    .from(deliveries)
    .where(eq(deliveries.webhookId, id));
  await db.batch([
    db.delete(deliveryAttempts).where(inArray(deliveryAttempts.deliveryId, ofHook)),
    db.delete(deliveries).where(eq(deliveries.webhookId, id)),
    db.delete(webhooks).where(and(eq(webhooks.id, id), eq(webhooks.orgId, orgId))),
  ]);
  return true;
}

/** The latest 100 deliveries, oldest first, each with its attempts. */
export async function deliveryLog(db: Database, webhookId: string) {
  const rows = (
    await db
      .select()
      .from(deliveries)
      .where(eq(deliveries.webhookId, webhookId))
      .orderBy(desc(deliveries.id))
      .limit(100)
  ).reverse();
  if (rows.length === 0) return [];
  const attempts = await db
    .select()
    .from(deliveryAttempts)
    .where(
      inArray(
        deliveryAttempts.deliveryId,
        rows.map((d) => d.id),
      ),
    )
    .orderBy(asc(deliveryAttempts.id));
  const byDelivery = new Map(rows.map((d) => [d.id, [] as typeof attempts]));
  for (const a of attempts) byDelivery.get(a.deliveryId)!.push(a);
  return rows.map((d) => ({ delivery: d, attempts: byDelivery.get(d.id)! }));
}

export async function redeliver(
  db: Database,
  webhookId: string,
  deliveryId: string,
  now: string,
): Promise<boolean> {
  const rows = await db
    .update(deliveries)
    .set({ status: "pending", nextAttemptAt: now, attempts: 0 })
    .where(and(eq(deliveries.id, deliveryId), eq(deliveries.webhookId, webhookId)))
    .returning({ id: deliveries.id });
  return rows.length > 0;
}
