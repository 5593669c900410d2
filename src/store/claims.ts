// Claims: reads and filtered lists, always within one organisation.
import { and, asc, desc, eq, exists, gte, lte, type SQL, sql } from "drizzle-orm";
import { claims, quantities } from "../../db/schema.js";
import { type ClaimRow, type QuantityRow, type StoredClaim, toClaim } from "./claim-rows.js";
import { after, afterScore, type Cursor, type ScoreCursor } from "./cursor.js";
import type { Database } from "./db.js";

export interface ClaimFilters {
  articleId?: string;
  status?: ClaimRow["status"];
  kind?: string;
  minCheckworthiness?: number;
  q?: string;
  quantityType?: string;
  /** Claims whose period overlaps [periodFrom, periodTo]. */
  periodFrom?: string;
  periodTo?: string;
  assignee?: string;
  /** Only claims that conflict with another. */
  conflicting?: boolean;
  /** Only claims with a known verdict from a fact-check published before. */
  previouslyChecked?: boolean;
}

/** Claims rows with their quantities, in the rows' order. */
export async function withQuantities(db: Database, rows: ClaimRow[]): Promise<StoredClaim[]> {
  if (rows.length === 0) return [];
  // One JSON parameter for the ids: D1 binds at most 100 a statement.
  const ids = JSON.stringify(rows.map((r) => r.id));
  const qs = await db
    .select()
    .from(quantities)
    .where(sql`${quantities.claimId} IN (SELECT value FROM json_each(${ids}))`);
  const byClaim = new Map<string, QuantityRow[]>(rows.map((r) => [r.id, []]));
  for (const q of qs) byClaim.get(q.claimId)?.push(q);
  return rows.map((r) => toClaim(r, byClaim.get(r.id)!));
}

// A claim's quantities as one JSON column, so reading a claim is one query.
const quantitiesJson = sql<string>`(SELECT json_group_array(json_object(
  'id', q.id, 'claimId', q.claim_id, 'orgId', q.org_id, 'position', q.position, 'text', q.text,
  'spanStart', q.span_start, 'spanEnd', q.span_end, 'type', q.type, 'value', q.value, 'unit', q.unit,
  'approximate', json(CASE WHEN q.approximate THEN 'true' ELSE 'false' END), 'bound', q.bound, 'role', q.role))
  FROM quantities q WHERE q.claim_id = "claims"."id")`;

// The most frequent read, prepared once per database handle: building a drizzle query costs more
// than SQLite spends answering it.
const prepared = new WeakMap<Database, ReturnType<typeof prepareGetClaim>>();
const prepareGetClaim = (db: Database) =>
  db
    .select({ claim: claims, quantities: quantitiesJson })
    .from(claims)
    .where(and(eq(claims.id, sql.placeholder("id")), eq(claims.orgId, sql.placeholder("orgId"))))
    .limit(1)
    .prepare();

export async function getClaim(
  db: Database,
  orgId: string,
  id: string,
): Promise<StoredClaim | null> {
  let query = prepared.get(db);
  if (!query) prepared.set(db, (query = prepareGetClaim(db)));
  const row = await query.get({ id, orgId });
  return row ? toClaim(row.claim, JSON.parse(row.quantities) as QuantityRow[]) : null;
}

/** The words of a search, each matched as a word or the start of one ("steel" finds "steelmaker"), all of
 *  them required; quoting each keeps FTS5 syntax in the input from being read as an operator. */
export const searchWords = (q: string) => q.match(/[\p{L}\p{N}]+/gu) ?? [];
const matchQuery = (q: string) =>
  searchWords(q)
    .map((w) => `"${w}"*`)
    .join(" ");

/** Oldest first, or most check-worthy first (the order a checker works in); each with its own cursor. */
export type ClaimOrder =
  | { by: "created"; cursor: Cursor | null }
  | { by: "checkworthiness"; cursor: ScoreCursor | null };

export async function listClaims(
  db: Database,
  orgId: string,
  f: ClaimFilters,
  order: ClaimOrder,
  limit: number,
) {
  const where: (SQL | undefined)[] = [eq(claims.orgId, orgId)];
  if (f.articleId) where.push(eq(claims.articleId, f.articleId));
  if (f.status) where.push(eq(claims.status, f.status));
  if (f.kind) where.push(eq(claims.kind, f.kind));
  if (f.assignee) where.push(eq(claims.assignee, f.assignee));
  if (f.previouslyChecked) where.push(sql`${claims.previouslyChecked} IS NOT NULL`);
  if (f.conflicting) {
    where.push(
      sql`EXISTS (SELECT 1 FROM claim_relations r WHERE r.claim_id = ${claims.id} AND r.relation = 'conflicts')`,
    );
  }
  if (f.minCheckworthiness !== undefined)
    where.push(gte(claims.checkworthiness, f.minCheckworthiness));
  if (f.q)
    where.push(
      sql`"claims"."rowid" IN (SELECT rowid FROM claims_fts WHERE claims_fts MATCH ${matchQuery(f.q)})`,
    );
  if (f.periodFrom) where.push(gte(claims.timeEnd, f.periodFrom));
  if (f.periodTo) where.push(lte(claims.timeStart, f.periodTo));
  if (f.quantityType) {
    where.push(
      exists(
        db
          .select({ one: quantities.id })
          .from(quantities)
          .where(and(eq(quantities.claimId, claims.id), eq(quantities.type, f.quantityType))),
      ),
    );
  }
  const byScore = order.by === "checkworthiness";
  where.push(
    byScore
      ? afterScore({ score: claims.checkworthiness, id: claims.id }, order.cursor)
      : after(claims, order.cursor),
  );
  const sort = byScore
    ? [desc(claims.checkworthiness), asc(claims.id)]
    : [asc(claims.createdAt), asc(claims.id)];
  const rows = await db
    .select()
    .from(claims)
    .where(and(...where))
    .orderBy(...sort)
    .limit(limit + 1);
  return withQuantities(db, rows);
}
