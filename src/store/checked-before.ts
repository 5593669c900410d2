// "Previously checked" from published fact-checks: a claim gets the fact-check that closely matches it,
// when the claim arrives (fact-checks found through their FTS5 index) and when the fact-check does (claims
// found by their subject's index). Always within one organisation.
import { and, desc, eq, sql } from "drizzle-orm";
import { claims, type PreviouslyChecked } from "../../db/schema.js";
import { type Checkable, CLOSE, closeness, contentWords } from "../match/close.js";
import { anyOf, searchTerms } from "../match/search.js";
import { withQuantities } from "./claims.js";
import type { Database } from "./db.js";

/** The fact-check a claim is marked with: the expression db/schema.ts indexes, so it is found by index. */
export const checkedWith = sql`${claims.previouslyChecked} ->> '$.factcheckId'`;

/** Fact-checks read per claim, and claims per import: enough for the close ones, bounded however many. */
const PER_CLAIM = 5;
const CANDIDATE_CLAIMS = 1000;

export interface SavedFactcheck {
  id: string;
  url: string;
  claimReviewed: string;
  ratingLabel: string | null;
  ratingValue: number | null;
}

const checked = (f: SavedFactcheck, score: number): PreviouslyChecked => ({
  factcheckId: f.id,
  rating: { label: f.ratingLabel, value: f.ratingValue },
  url: f.url,
  score: Number(score.toFixed(3)),
});

/** The FTS5 query for a claim's fact-checks: its subject as a phrase, and any of its other words. */
function queryOf(claim: Checkable): { phrase: string; query: string } | null {
  const subject = searchTerms(claim.subject ?? "");
  if (subject.length === 0) return null;
  const rest = searchTerms(claim.text).filter((t) => !subject.includes(t));
  const phrase = `"${subject.join(" ")}"`;
  return { phrase, query: rest.length ? `${phrase} AND (${anyOf(rest)})` : phrase };
}

/** The imported fact-check each new claim closely matches, if any: one query for all the claims. */
export async function factchecksMatching(
  db: Database,
  orgId: string,
  fresh: { id: string; claim: Checkable }[],
): Promise<Map<string, PreviouslyChecked>> {
  const found = new Map<string, PreviouslyChecked>();
  const asked = new Map<string, { id: string; query: string }[]>();
  for (const { id, claim } of fresh) {
    const q = queryOf(claim);
    if (!q) continue;
    const list = asked.get(q.phrase);
    if (list) list.push({ id, query: q.query });
    else asked.set(q.phrase, [{ id, query: q.query }]);
  }
  if (asked.size === 0) return found;
  // Most organisations hold no fact-checks, or few: one indexed look says whether to search at all.
  const [any] = await db.all(sql`SELECT 1 FROM factchecks WHERE org_id = ${orgId} LIMIT 1`);
  if (!any) return found;
  // Most subjects are named by no fact-check at all. Looking each subject up alone is a tenth of the
  // cost of its full query (whose other words read long lists), so only subjects that are there get one.
  // The look is index-wide, a filter only: what is matched below is the organisation's alone.
  const named = await db.all<{ phrase: string }>(sql`
    SELECT q.value AS phrase FROM json_each(${JSON.stringify([...asked.keys()])}) q
    WHERE EXISTS (SELECT 1 FROM factchecks_fts WHERE factchecks_fts MATCH q.value)`);
  if (named.length === 0) return found;
  const queries: Record<string, string> = {};
  for (const { phrase } of named)
    for (const { id, query } of asked.get(phrase)!) queries[id] = query;
  const rows = await db.all<SavedFactcheck & { key: string }>(sql`
    SELECT key, id, url, claimReviewed, ratingLabel, ratingValue FROM (
      SELECT q.key AS key, f.id AS id, f.url AS url, f.claim_reviewed AS claimReviewed,
        f.rating_label AS ratingLabel, f.rating_value AS ratingValue,
        row_number() OVER (PARTITION BY q.key ORDER BY bm25(factchecks_fts)) AS n
      FROM json_each(${JSON.stringify(queries)}) q
      CROSS JOIN factchecks_fts CROSS JOIN factchecks f
      WHERE factchecks_fts MATCH q.value AND f.rowid = factchecks_fts.rowid
        AND f.org_id = ${orgId} AND f.claim_id IS NULL)
    WHERE n <= ${PER_CLAIM}`);
  const byId = new Map(fresh.map((f) => [f.id, f.claim]));
  for (const row of rows) {
    const score = closeness(byId.get(row.key)!, row.claimReviewed);
    if (score >= CLOSE && score > (found.get(row.key)?.score ?? 0))
      found.set(row.key, checked(row, score));
  }
  return found;
}

/** Word runs of a text that may be a claim's subject: up to four words, starting with a capital; a run
 *  ending a sentence ("… in Valmont.") is tried without its full stop too. */
function subjectsIn(text: string): string[] {
  const words = text.match(/[\p{L}\p{N}][\p{L}\p{N}.'’&-]*/gu) ?? [];
  const out: string[] = [];
  words.forEach((w, i) => {
    if (!/^\p{Lu}/u.test(w)) return;
    for (let n = 1; n <= 4 && i + n <= words.length; n++) {
      const run = words.slice(i, i + n).join(" ");
      out.push(run);
      if (run.endsWith(".")) out.push(run.slice(0, -1));
    }
  });
  return out;
}

/** Statements marking the stored claims that newly saved fact-checks closely match, for the batch that
 *  saves them. A claim keeps a closer fact-check it already has. */
export async function claimsMatching(db: Database, orgId: string, saved: SavedFactcheck[]) {
  // Each fact-check under every subject it may name, so a claim meets only the fact-checks naming its own.
  const bySubject = new Map<string, SavedFactcheck[]>();
  for (const f of saved)
    for (const s of new Set(subjectsIn(f.claimReviewed))) {
      const list = bySubject.get(s);
      if (list) list.push(f);
      else bySubject.set(s, [f]);
    }
  const subjects = [...bySubject.keys()];
  if (subjects.length === 0) return [];
  const rows = await db
    .select()
    .from(claims)
    .where(
      and(
        eq(claims.orgId, orgId),
        sql`${claims.subject} IN (SELECT value FROM json_each(${JSON.stringify(subjects)}))`,
      ),
    )
    .orderBy(desc(claims.createdAt))
    .limit(CANDIDATE_CLAIMS);
  const candidates = await withQuantities(db, rows);
  const updates: { id: string; pc: string }[] = [];
  for (const claim of candidates) {
    const words = contentWords(claim.text);
    let best = claim.previouslyChecked;
    for (const f of bySubject.get(claim.subject!) ?? []) {
      const score = closeness(claim, f.claimReviewed, words);
      if (score >= CLOSE && (!best || score > best.score || best.factcheckId === f.id))
        best = checked(f, score);
    }
    if (best && best !== claim.previouslyChecked)
      updates.push({ id: claim.id, pc: JSON.stringify(best) });
  }
  if (updates.length === 0) return [];
  const json = JSON.stringify(updates);
  return [
    db
      .update(claims)
      .set({
        previouslyChecked: sql`(SELECT u.value ->> 'pc' FROM json_each(${json}) u WHERE u.value ->> 'id' = ${claims.id})`,
      })
      .where(
        and(
          eq(claims.orgId, orgId),
          sql`${claims.id} IN (SELECT value ->> 'id' FROM json_each(${json}))`,
        ),
      ),
  ];
}
