// Claims across articles: the relations computed when a claim arrives (repeats, conflicts, related), read
// back per claim. Candidates are the organisation's claims about the same subjects, found by index.
import { and, desc, eq, inArray, sql } from "drizzle-orm";
import { claimRelations, claims, factchecks, type PreviouslyChecked } from "../../db/schema.js";
import type { Claim } from "../extract/index.js";
import { type Comparable, measureWords, relate } from "../match/relate.js";
import type { StoredClaim } from "./claim-rows.js";
import { withQuantities } from "./claims.js";
import type { Database } from "./db.js";

export type RelationRow = typeof claimRelations.$inferInsert;

/** How many earlier claims about each of the article's subjects its claims are compared with (the most
 *  recent with a stated period, read by a partial index), and at most how many in all. */
const PER_SUBJECT = 20;
const CANDIDATES = 300;
/** How many relations of each new claim are kept: the closest conflicts and repeats, and fewer merely
 *  related claims. Ingest cost stays bounded however often a figure has been repeated. */
const KEEP = 10;
const KEEP_RELATED = 3;
const PRIORITY: Record<string, number> = { conflicts: 0, repeats: 1, related: 2 };

export interface Relations {
  rows: RelationRow[];
  /** New claims that repeat a claim the organisation has published a fact-check of. */
  previouslyChecked: Map<string, PreviouslyChecked>;
}

type Candidate = Comparable & { id: string; status: string };

/** The stored claims new ones about these subjects are compared with. Only claims with a stated period
 *  can repeat or conflict. They arrive as one JSON value, with only what relating reads: the driver's
 *  cost is per cell, and a few hundred full rows with their quantities cost more than relating them. */
async function candidatesFor(
  db: Database,
  orgId: string,
  subjects: string[],
): Promise<Candidate[]> {
  const [row] = await db.all<{ all: string | null }>(sql`
    SELECT json_group_array(json_object('id', c.id, 'status', c.status, 'text', c.text, 'subject', c.subject,
      'span', json_object('start', c.span_start, 'end', c.span_end),
      'time', json_object('start', c.time_start, 'end', c.time_end, 'basis', c.time_basis),
      'quantities', (SELECT json_group_array(json_object('text', q.text, 'type', q.type, 'value', q.value,
        'unit', q.unit, 'bound', q.bound, 'approximate', json(iif(q.approximate, 'true', 'false')),
        'span', json_object('start', q.span_start, 'end', q.span_end)))
        FROM quantities q WHERE q.claim_id = c.id))) AS "all"
    FROM (SELECT * FROM claims c WHERE c.rowid IN (
      SELECT l.rowid FROM json_each(${JSON.stringify(subjects)}) s JOIN claims l ON l.rowid IN (
        SELECT x.rowid FROM claims x WHERE x.org_id = ${orgId} AND x.subject = s.value
          AND x.time_basis IN ('explicit', 'relative', 'inherited')
        ORDER BY x.created_at DESC LIMIT ${PER_SUBJECT}))
      ORDER BY c.created_at DESC LIMIT ${CANDIDATES}) c`);
  return row?.all ? (JSON.parse(row.all) as Candidate[]) : [];
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
  const candidates = await candidatesFor(db, orgId, subjects);
  const rows: RelationRow[] = [];
  // The resolved claim each new one repeats most closely.
  const repeated = new Map<string, { other: string; score: number }>();
  const candidateWords = candidates.map((c) => measureWords(c));
  for (const { id, claim } of fresh) {
    if (!claim.subject || claim.quantities.length === 0) continue;
    const words = measureWords(claim);
    const found = candidates.flatMap((other, i) => {
      const r = relate(claim, other, [words, candidateWords[i]!]);
      return r ? [{ other, r }] : [];
    });
    found.sort(
      (x, y) => PRIORITY[x.r.relation]! - PRIORITY[y.r.relation]! || y.r.score - x.r.score,
    );
    const related = found.findIndex((f) => f.r.relation === "related");
    const kept = found.slice(0, related < 0 ? KEEP : Math.min(KEEP, related + KEEP_RELATED));
    for (const { other, r } of kept) {
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
