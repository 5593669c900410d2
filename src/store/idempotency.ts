// Stored first responses of POSTs made with an Idempotency-Key, per organisation, caller key and
// idempotency key.
import { and, eq, lt } from "drizzle-orm";
import { idempotencyKeys } from "../../db/schema.js";
import type { Database } from "./db.js";

export type IdempotencyRow = typeof idempotencyKeys.$inferSelect;
export interface Slot {
  orgId: string;
  keyId: string;
  key: string;
}
const where = ({ orgId, keyId, key }: Slot) =>
  and(
    eq(idempotencyKeys.orgId, orgId),
    eq(idempotencyKeys.keyId, keyId),
    eq(idempotencyKeys.key, key),
  );

export async function findKey(db: Database, slot: Slot): Promise<IdempotencyRow | null> {
  const [row] = await db.select().from(idempotencyKeys).where(where(slot)).limit(1);
  return row ?? null;
}

/** Claims the key for a request; false when another request holds it already. */
export async function claimKey(
  db: Database,
  slot: Slot,
  requestHash: string,
  now: string,
): Promise<boolean> {
  const rows = await db
    .insert(idempotencyKeys)
    .values({ ...slot, requestHash, state: "running", createdAt: now })
    .onConflictDoNothing()
    .returning({ key: idempotencyKeys.key });
  return rows.length > 0;
}

/** Takes over a key left running by a request that never finished (a crash): only one taker wins. */
export async function takeOverStale(
  db: Database,
  slot: Slot,
  requestHash: string,
  now: string,
  staleBefore: string,
): Promise<boolean> {
  const rows = await db
    .update(idempotencyKeys)
    .set({ requestHash, createdAt: now })
    .where(
      and(
        where(slot),
        eq(idempotencyKeys.state, "running"),
        lt(idempotencyKeys.createdAt, staleBefore),
      ),
    )
    .returning({ key: idempotencyKeys.key });
  return rows.length > 0;
}

export const forgetKey = (db: Database, slot: Slot) =>
  db.delete(idempotencyKeys).where(where(slot));

export const storeResponse = (
  db: Database,
  slot: Slot,
  status: number,
  body: string,
  contentType: string | null,
) =>
  db.update(idempotencyKeys).set({ state: "done", status, body, contentType }).where(where(slot));

/** Forgets every key older than `before` (retention). */
export async function pruneKeys(db: Database, before: string): Promise<number> {
  const rows = await db
    .delete(idempotencyKeys)
    .where(lt(idempotencyKeys.createdAt, before))
    .returning({ key: idempotencyKeys.key });
  return rows.length;
}
