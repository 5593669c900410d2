// Fact-checks: upserts by URL (one per organisation and URL), lists, and full-text search over the claim
// and title (FTS5 with bm25, in libSQL and D1 alike). Always within one organisation.
import { and, asc, eq, getTableColumns, gte, inArray, type SQL, sql } from "drizzle-orm";
import { claims, factchecks } from "../../db/schema.js";
import { anyOf } from "../match/search.js";
import type { FactcheckFields } from "../verify/factcheck.js";
import { insertRows } from "./bulk.js";
import { checkedWith, claimsMatching } from "./checked-before.js";
import { after, type Cursor } from "./cursor.js";
import type { Database } from "./db.js";
import { newId } from "./ids.js";

export type FactcheckRow = typeof factchecks.$inferSelect;

/** Stores a fact-check, or updates the one with its URL; `created` says which. */
export async function saveFactcheck(db: Database, orgId: string, f: FactcheckFields) {
  const { imported, ids } = await saveFactchecks(db, orgId, [f]);
  return { row: (await getFactcheck(db, orgId, ids.get(f.url)!))!, created: imported === 1 };
}

/** Stores many at once (an existing URL's is updated and keeps its id) and marks the stored claims each
 *  closely matches, in one batch: all of it or none. The rows travel as one JSON parameter, which D1's
 *  100-parameter limit allows and which costs SQLite one parse for a thousand. */
export async function saveFactchecks(db: Database, orgId: string, all: FactcheckFields[]) {
  // The last line for a URL wins, as it would one at a time.
  const byUrl = new Map(all.map((f) => [f.url, f]));
  const existing = await idsByUrl(db, orgId, [...byUrl.keys()]);
  const rows = [...byUrl.values()].map((f) => ({ ...f, id: existing.get(f.url) ?? newId("fc") }));
  const ids = new Map(rows.map((r) => [r.url, r.id]));
  if (rows.length === 0) return { imported: 0, updated: 0, ids };
  const marks = await claimsMatching(db, orgId, rows);
  const now = new Date().toISOString();
  await db.batch([
    upsertFactchecks(
      db,
      rows.map((r) => ({ ...r, orgId, claimId: null, createdAt: now, updatedAt: now })),
    ),
    // Claims already marked with an updated fact-check carry its new rating.
    db
      .update(claims)
      .set({
        previouslyChecked: sql`(SELECT json_set(${claims.previouslyChecked}, '$.rating',
          json_object('label', f.rating_label, 'value', f.rating_value), '$.url', f.url)
          FROM factchecks f WHERE f.org_id = ${orgId} AND f.id = ${checkedWith})`,
      })
      .where(
        and(
          eq(claims.orgId, orgId),
          sql`${checkedWith} IN (SELECT value FROM json_each(${JSON.stringify([...existing.values()])}))`,
        ),
      ),
    ...marks,
  ]);
  return { imported: byUrl.size - existing.size, updated: existing.size, ids };
}

/** Inserts fact-checks, or updates the one an organisation has at the URL (keeping its id and creation);
 *  `where` guards the write. */
export function upsertFactchecks(
  db: Database,
  rows: (typeof factchecks.$inferInsert)[],
  where?: SQL,
) {
  const keep = new Set(["id", "orgId", "url", "createdAt"]);
  const set = Object.fromEntries(
    Object.entries(getTableColumns(factchecks))
      .filter(([key]) => !keep.has(key))
      .map(([key, column]) => [key, sql.raw(`excluded."${column.name}"`)]),
  );
  return insertRows(db, { table: factchecks, rows }, where).onConflictDoUpdate({
    target: [factchecks.orgId, factchecks.url],
    set,
  });
}

/** The ids of the organisation's fact-checks with these URLs. */
async function idsByUrl(db: Database, orgId: string, urls: string[]): Promise<Map<string, string>> {
  // One JSON parameter, not one per URL: D1 binds at most 100 a statement.
  const rows = await db
    .select({ url: factchecks.url, id: factchecks.id })
    .from(factchecks)
    .where(
      and(
        eq(factchecks.orgId, orgId),
        sql`${factchecks.url} IN (SELECT value FROM json_each(${JSON.stringify(urls)}))`,
      ),
    );
  return new Map(rows.map((r) => [r.url, r.id]));
}

export async function getFactcheck(db: Database, orgId: string, id: string) {
  const [row] = await db
    .select()
    .from(factchecks)
    .where(and(eq(factchecks.id, id), eq(factchecks.orgId, orgId)))
    .limit(1);
  return row ?? null;
}

/** Deletes a fact-check; claims marked with it are no longer "previously checked" by it. */
export async function deleteFactcheck(db: Database, orgId: string, id: string): Promise<boolean> {
  const [rows] = await db.batch([
    db
      .delete(factchecks)
      .where(and(eq(factchecks.id, id), eq(factchecks.orgId, orgId)))
      .returning({ id: factchecks.id }),
    db
      .update(claims)
      .set({ previouslyChecked: null })
      .where(and(eq(claims.orgId, orgId), sql`${checkedWith} = ${id}`)),
  ]);
  return rows.length > 0;
}

export interface FactcheckFilters {
  publisher?: string;
  /** Published within this many days of `now`. */
  publishedSince?: string;
}

export function listFactchecks(
  db: Database,
  orgId: string,
  f: FactcheckFilters,
  cursor: Cursor | null,
  limit: number,
) {
  const where: (SQL | undefined)[] = [eq(factchecks.orgId, orgId), after(factchecks, cursor)];
  if (f.publisher) where.push(eq(factchecks.publisher, f.publisher));
  if (f.publishedSince) where.push(gte(factchecks.datePublished, f.publishedSince));
  return db
    .select()
    .from(factchecks)
    .where(and(...where))
    .orderBy(asc(factchecks.createdAt), asc(factchecks.id))
    .limit(limit + 1);
}

/** The fact-checks whose claim or title shares words with the text, best first, with bm25 scores turned
 *  positive (higher is closer). Claim and title weigh the same: on CheckThat! 2020's train split that
 *  scored best (MAP@5 0.838 against 0.826 with the claim weighed twice). */
export async function searchFactchecks(
  db: Database,
  orgId: string,
  terms: string[],
  limit: number,
) {
  if (terms.length === 0) return [];
  const match = anyOf(await informative(db, terms));
  const rows = await db.all<{ id: string; rank: number }>(sql`
    SELECT f.id AS id, bm25(factchecks_fts, 1.0, 1.0) AS rank
    FROM factchecks_fts JOIN factchecks f ON f.rowid = factchecks_fts.rowid
    WHERE factchecks_fts MATCH ${match} AND f.org_id = ${orgId}
    ORDER BY rank LIMIT ${limit}`);
  if (rows.length === 0) return [];
  const found = await db
    .select()
    .from(factchecks)
    .where(
      inArray(
        factchecks.id,
        rows.map((r) => r.id),
      ),
    );
  const byId = new Map(found.map((f) => [f.id, f]));
  return rows.flatMap((r) => (byId.has(r.id) ? [{ row: byId.get(r.id)!, score: -r.rank }] : []));
}

/** Up to this many fact-checks (across organisations), every term is scored. */
const SMALL_CORPUS = 1000;

/** The terms that can change a ranking. FTS5's bm25 gives a term in half the indexed texts or more an IDF of
 *  ~0, yet scores every text it matches: dropping such terms ("billion" in a corpus of money claims) keeps
 *  the order and spares scoring most of a large corpus. Counting stops at half (one bounded count a term,
 *  in one statement); the highest rowid stands for the number of texts, as bm25 counts them, across
 *  organisations. A small corpus is scored whole: cheap, and there a term in half the texts may be the only
 *  one that matches. */
async function informative(db: Database, terms: string[]): Promise<string[]> {
  const counts = await db.all<{ term: string; common: number }>(sql`
    WITH half AS (SELECT (coalesce(max(rowid), 0) + 1) / 2 AS n FROM factchecks)
    SELECT t.value AS term, (SELECT n FROM half) >= ${SMALL_CORPUS / 2} AND (SELECT count(*) FROM (
        SELECT 1 FROM factchecks_fts WHERE factchecks_fts MATCH '"' || t.value || '"'
        LIMIT (SELECT n FROM half))) >= (SELECT n FROM half) AS common
    FROM json_each(${JSON.stringify(terms)}) t`);
  const kept = counts.filter((c) => !c.common).map((c) => c.term);
  return kept.length ? kept : terms;
}
