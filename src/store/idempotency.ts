// Stored first responses of POSTs made with an Idempotency-Key, per organisation and key.
import { and, eq } from "drizzle-orm";
import { idempotencyKeys } from "../../db/schema.js";
import type { Database } from "./db.js";

export type IdempotencyRow = typeof idempotencyKeys.$inferSelect;
const where = (orgId: string, key: string) => and(eq(idempotencyKeys.orgId, orgId), eq(idempotencyKeys.key, key));

export async function findKey(db: Database, orgId: string, key: string): Promise<IdempotencyRow | null> {
  const [row] = await db.select().from(idempotencyKeys).where(where(orgId, key)).limit(1);
  return row ?? null;
}

/** Claims the key for a request; false when another request holds it already. */
export async function claimKey(db: Database, orgId: string, key: string, requestHash: string, now: string): Promise<boolean> {
  const rows = await db.insert(idempotencyKeys).values({ orgId, key, requestHash, state: "running", createdAt: now })
    .onConflictDoNothing().returning({ key: idempotencyKeys.key });
  return rows.length > 0;
}

export const forgetKey = (db: Database, orgId: string, key: string) => db.delete(idempotencyKeys).where(where(orgId, key));

export const storeResponse = (db: Database, orgId: string, key: string, status: number, body: string, contentType: string | null) =>
  db.update(idempotencyKeys).set({ state: "done", status, body, contentType }).where(where(orgId, key));
