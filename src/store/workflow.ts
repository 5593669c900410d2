// The verification workflow's writes: claim changes guarded by their version, sources, and the
// append-only history each of them writes in the same batch.
import { and, asc, eq, type SQL, sql } from "drizzle-orm";
import { claimEvents, claims, factchecks, outbox, sources } from "../../db/schema.js";
import type { EditableField } from "../verify/change.js";
import type { FactcheckFields } from "../verify/factcheck.js";
import type { QuantityCheck } from "../verify/figure-check.js";
import type { EventType } from "../webhooks/events.js";
import { checkedWith } from "./checked-before.js";
import type { Database } from "./db.js";
import { upsertFactchecks } from "./factchecks.js";
import { newId } from "./ids.js";
import type { Caller } from "./organizations.js";
import { outboxRow } from "./webhooks.js";

export type Changes = Record<string, { from: unknown; to: unknown }>;
export type ClaimPatch = Partial<Pick<typeof claims.$inferInsert, EditableField | "resolvedAt">>;

const event = (orgId: string, claimId: string, type: string, actor: Caller, changes: unknown) => ({
  id: newId("evt"),
  orgId,
  claimId,
  type,
  actorKeyId: actor.keyId,
  actorName: actor.keyName,
  changes,
});

/** Applies the patch only if the claim still has `version` (the SQL decides, so of concurrent writers
 *  holding one ETag exactly one wins); the event is written in the same batch, only when the update was. */
export async function updateClaim(
  db: Database,
  orgId: string,
  id: string,
  version: number,
  patch: ClaimPatch,
  changes: Changes,
  actor: Caller,
  notify: { type: EventType; data: unknown }[],
  /** The claim's own fact-check: published (resolving with a review URL) or withdrawn (reopening). */
  factcheck?: { publish: FactcheckFields } | "withdraw",
): Promise<boolean> {
  const e = event(orgId, id, "claim.updated", actor, changes);
  // The event is written only if the update was (changes() = 1), and everything after it only if the
  // event was: no update, no event, no webhook, no fact-check.
  const done = sql`EXISTS (SELECT 1 FROM claim_events WHERE id = ${e.id})`;
  const messages = notify.map((n) => outboxRow(orgId, n.type, n.data));
  const [updated] = await db.batch([
    db
      .update(claims)
      .set({ ...patch, version: sql`${claims.version} + 1`, updatedAt: new Date().toISOString() })
      .where(and(eq(claims.id, id), eq(claims.orgId, orgId), eq(claims.version, version)))
      .returning({ id: claims.id }),
    db
      .insert(claimEvents)
      .select(
        sql`SELECT ${e.id}, ${e.orgId}, ${e.claimId}, ${e.type}, ${e.actorKeyId}, ${e.actorName}, ${JSON.stringify(changes)}, strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE changes() = 1`,
      ),
    ...messages.map((m) =>
      db
        .insert(outbox)
        .select(
          sql`SELECT ${m.id}, ${m.orgId}, ${m.type}, ${m.payload}, 0, strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE ${done}`,
        ),
    ),
    ...(factcheck ? ownFactcheckStatements(db, orgId, id, factcheck, done) : []),
  ]);
  return updated.length === 1;
}

export type SourceRow = typeof sources.$inferSelect;

export async function addSource(
  db: Database,
  orgId: string,
  claimId: string,
  actor: Caller,
  input: Omit<
    typeof sources.$inferInsert,
    "id" | "orgId" | "claimId" | "quantityCheck" | "createdAt"
  >,
  check: QuantityCheck,
): Promise<SourceRow> {
  const row = {
    ...input,
    id: newId("src"),
    orgId,
    claimId,
    quantityCheck: check,
    createdAt: new Date().toISOString(),
  };
  const { orgId: _o, ...published } = row;
  await db.batch([
    db.insert(sources).values(row),
    db.insert(outbox).values(outboxRow(orgId, "source.added", published)),
    db.insert(claimEvents).values(
      event(orgId, claimId, "source.added", actor, {
        source: { from: null, to: { id: row.id, url: row.url, stance: row.stance } },
      }),
    ),
  ]);
  return row as SourceRow;
}

export function listSources(db: Database, orgId: string, claimId: string) {
  return db
    .select()
    .from(sources)
    .where(and(eq(sources.claimId, claimId), eq(sources.orgId, orgId)))
    .orderBy(asc(sources.id));
}

export async function countSources(db: Database, orgId: string, claimId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)` })
    .from(sources)
    .where(and(eq(sources.claimId, claimId), eq(sources.orgId, orgId)));
  return Number(row?.n ?? 0);
}

export async function removeSource(
  db: Database,
  orgId: string,
  claimId: string,
  sourceId: string,
  actor: Caller,
): Promise<boolean> {
  const [existing] = await db
    .select()
    .from(sources)
    .where(and(eq(sources.id, sourceId), eq(sources.claimId, claimId), eq(sources.orgId, orgId)))
    .limit(1);
  if (!existing) return false;
  await db.batch([
    db.delete(sources).where(eq(sources.id, sourceId)),
    db.insert(claimEvents).values(
      event(orgId, claimId, "source.removed", actor, {
        source: {
          from: { id: existing.id, url: existing.url, stance: existing.stance },
          to: null,
        },
      }),
    ),
  ]);
  return true;
}

export function history(db: Database, orgId: string, claimId: string) {
  return db
    .select()
    .from(claimEvents)
    .where(and(eq(claimEvents.claimId, claimId), eq(claimEvents.orgId, orgId)))
    .orderBy(asc(claimEvents.id));
}

/** Publishes or withdraws the claim's own fact-check, and marks the claims that repeat it as previously
 *  checked by it (or no longer), only if the claim update went through (`done`). */
function ownFactcheckStatements(
  db: Database,
  orgId: string,
  claimId: string,
  f: { publish: FactcheckFields } | "withdraw",
  done: SQL,
) {
  const own = sql`(SELECT id FROM factchecks WHERE org_id = ${orgId} AND claim_id = ${claimId})`;
  if (f === "withdraw") {
    return [
      db
        .update(claims)
        .set({ previouslyChecked: null })
        .where(and(eq(claims.orgId, orgId), sql`${checkedWith} = ${own}`, done)),
      db
        .delete(factchecks)
        .where(and(eq(factchecks.orgId, orgId), eq(factchecks.claimId, claimId), done)),
    ];
  }
  const now = new Date().toISOString();
  const row = { ...f.publish, id: newId("fc"), orgId, claimId, createdAt: now, updatedAt: now };
  const repeats = sql`SELECT other_id FROM claim_relations
    WHERE org_id = ${orgId} AND claim_id = ${claimId} AND relation = 'repeats'`;
  const score = sql`(SELECT score FROM claim_relations
    WHERE org_id = ${orgId} AND claim_id = ${claimId} AND relation = 'repeats' AND other_id = ${claims.id})`;
  return [
    upsertFactchecks(db, [row], done),
    // Its repeats were checked before now; a closer fact-check they have already stays.
    db
      .update(claims)
      .set({
        previouslyChecked: sql`(SELECT json_object('factcheckId', f.id,
          'rating', json_object('label', f.rating_label, 'value', f.rating_value), 'url', f.url, 'score', ${score})
          FROM factchecks f WHERE f.org_id = ${orgId} AND f.claim_id = ${claimId})`,
      })
      .where(
        and(
          eq(claims.orgId, orgId),
          sql`${claims.id} IN (${repeats})`,
          sql`(${claims.previouslyChecked} IS NULL OR ${checkedWith} = ${own}
            OR ${claims.previouslyChecked} ->> '$.score' <= ${score})`,
          done,
        ),
      ),
  ];
}
