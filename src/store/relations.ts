// Claims across articles: the relations computed when a claim arrives (repeats, conflicts, related), read
// back per claim. Candidates are the organisation's claims about the same subjects, found by index.
import { and, desc, eq, inArray, sql } from "drizzle-orm";
import { claimRelations, claims, factchecks, type PreviouslyChecked } from "../../db/schema.js";
import type { Claim } from "../extract/index.js";
import { relate } from "../match/relate.js";
import type { StoredClaim } from "./claim-rows.js";
import { withQuantities } from "./claims.js";
import type { Database } from "./db.js";

export type RelationRow = typeof claimRelations.$inferInsert;

/** How many earlier claims about one subject a new claim is compared with: the most recent. */
const CANDIDATES = 500;

export interface Relations {
  rows: RelationRow[];
  /** New claims that repeat a claim the organisation has published a fact-check of. */
  previouslyChecked: Map<string, PreviouslyChecked>;
}

/** The relations of newly extracted claims (with the ids they will be stored under) to the stored ones,
 *  one row each way, ready to be written in the ingest's batch; and which of them were checked before. */
export async function relationsOf(
  db: Database,
  orgId: string,
  fresh: { id: string; claim: Claim }[],
): Promise<Relations> {
  const previouslyChecked = new Map<string, PreviouslyChecked>();
  const subjects = [
    ...new Set(
      fresh.flatMap((f) => (f.claim.subject && f.claim.quantities.length ? [f.claim.subject] : [])),
    ),
  ];
  if (subjects.length === 0) return { rows: [], previouslyChecked };
  const stored = await db
    .select()
    .from(claims)
    .where(
      and(
        eq(claims.orgId, orgId),
        sql`${claims.subject} IN (SELECT value FROM json_each(${JSON.stringify(subjects)}))`,
      ),
    )
    .orderBy(desc(claims.createdAt))
    .limit(CANDIDATES * subjects.length);
  const candidates = await withQuantities(db, stored);
  const rows: RelationRow[] = [];
  // The resolved claim each new one repeats most closely.
  const repeated = new Map<string, { other: string; score: number }>();
  for (const { id, claim } of fresh) {
    for (const other of candidates) {
      const r = relate(claim, other);
      if (!r) continue;
      if (
        r.relation === "repeats" &&
        other.status === "resolved" &&
        (repeated.get(id)?.score ?? -1) < r.score
      ) {
        repeated.set(id, { other: other.id, score: r.score });
      }
      // Stored as JSON text: the bulk writer passes values as they are.
      const pairs = JSON.stringify(r.pairs) as unknown as RelationRow["pairs"];
      const back = JSON.stringify(
        r.pairs.map((p) => ({ a: p.b, b: p.a, agree: p.agree })),
      ) as unknown as RelationRow["pairs"];
      rows.push({
        orgId,
        claimId: id,
        otherId: other.id,
        relation: r.relation,
        score: r.score,
        pairs,
      });
      rows.push({
        orgId,
        claimId: other.id,
        otherId: id,
        relation: r.relation,
        score: r.score,
        pairs: back,
      });
    }
  }
  if (repeated.size === 0) return { rows, previouslyChecked };
  const others = [...new Set([...repeated.values()].map((r) => r.other))];
  const checks = await db
    .select()
    .from(factchecks)
    .where(and(eq(factchecks.orgId, orgId), inArray(factchecks.claimId, others)));
  const byClaim = new Map(checks.map((f) => [f.claimId!, f]));
  for (const [id, { other, score }] of repeated) {
    const f = byClaim.get(other);
    if (!f) continue;
    const rating = { label: f.ratingLabel, value: f.ratingValue };
    previouslyChecked.set(id, {
      factcheckId: f.id,
      rating,
      url: f.url,
      score: Number(score.toFixed(3)),
    });
  }
  return { rows, previouslyChecked };
}

/** A claim's relations, closest first, with the other claims. */
export async function matchesOf(db: Database, orgId: string, claimId: string) {
  const rels = await db
    .select()
    .from(claimRelations)
    .where(and(eq(claimRelations.orgId, orgId), eq(claimRelations.claimId, claimId)))
    .orderBy(desc(claimRelations.score))
    .limit(100);
  if (rels.length === 0) return [];
  const others = await withQuantities(
    db,
    await db
      .select()
      .from(claims)
      .where(
        and(
          eq(claims.orgId, orgId),
          inArray(
            claims.id,
            rels.map((r) => r.otherId),
          ),
        ),
      ),
  );
  const byId = new Map<string, StoredClaim>(others.map((c) => [c.id, c]));
  const order: Record<string, number> = { conflicts: 0, repeats: 1, related: 2 };
  return rels
    .flatMap((r) =>
      byId.has(r.otherId)
        ? [{ claim: byId.get(r.otherId)!, relation: r.relation, score: r.score, pairs: r.pairs }]
        : [],
    )
    .sort((a, b) => order[a.relation]! - order[b.relation]! || b.score - a.score);
}
