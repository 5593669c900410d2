// Claims across articles: the relations computed when a claim arrives (repeats, conflicts, related), read
// back per claim. Candidates are the organisation's claims about the same subjects, found by index.
import { and, desc, eq, inArray, sql } from "drizzle-orm";
import { claimRelations, claims } from "../../db/schema.js";
import type { Claim } from "../extract/index.js";
import { relate } from "../match/relate.js";
import type { StoredClaim } from "./claim-rows.js";
import { withQuantities } from "./claims.js";
import type { Database } from "./db.js";

export type RelationRow = typeof claimRelations.$inferInsert;

/** How many earlier claims about one subject a new claim is compared with: the most recent. */
const CANDIDATES = 500;

/** The relations of newly extracted claims (with the ids they will be stored under) to the stored ones,
 *  one row each way, ready to be written in the ingest's batch. */
export async function relationsOf(
  db: Database,
  orgId: string,
  fresh: { id: string; claim: Claim }[],
): Promise<RelationRow[]> {
  const subjects = [
    ...new Set(
      fresh.flatMap((f) => (f.claim.subject && f.claim.quantities.length ? [f.claim.subject] : [])),
    ),
  ];
  if (subjects.length === 0) return [];
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
  for (const { id, claim } of fresh) {
    for (const other of candidates) {
      const r = relate(claim, other);
      if (!r) continue;
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
  return rows;
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
