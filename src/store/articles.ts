// Articles: ingest (the article, its claims and their quantities in one batch), reads, lists, deletion.
import { and, asc, eq, gte, inArray, lte, type SQL } from "drizzle-orm";
import { articles, claimRelations, claims, outbox, quantities, sources } from "../../db/schema.js";
import type { Extraction } from "../extract/index.js";
import { insertAll, type RowsFor } from "./bulk.js";
import { factchecksMatching } from "./checked-before.js";
import { claimRow, quantityRows, type StoredClaim, toClaim } from "./claim-rows.js";
import { withQuantities } from "./claims.js";
import { after, type Cursor } from "./cursor.js";
import type { Database } from "./db.js";
import { newId } from "./ids.js";
import { type RelationRow, relationsOf } from "./relations.js";
import { sha256Hex } from "./secrets.js";
import { outboxRow } from "./webhooks.js";

export type ArticleRow = typeof articles.$inferSelect;
export type StoredArticle = Omit<ArticleRow, "orgId">;

export interface ArticleInput {
  text: string;
  publishedAt: string;
  url?: string | null;
  title?: string | null;
  outlet?: string | null;
  author?: string | null;
  externalId?: string | null;
}

const publicArticle = ({ orgId: _org, ...a }: ArticleRow): StoredArticle => a;

export async function findByExternalId(db: Database, orgId: string, externalId: string) {
  const [row] = await db
    .select()
    .from(articles)
    .where(and(eq(articles.orgId, orgId), eq(articles.externalId, externalId)))
    .limit(1);
  return row ? publicArticle(row) : null;
}

/** A write refused because the organisation already has an article with that externalId. */
const isExternalIdTaken = (e: unknown): boolean => {
  for (let cause: unknown = e; cause instanceof Error; cause = cause.cause) {
    if (/UNIQUE constraint failed: articles\.org_id, articles\.external_id/.test(cause.message))
      return true;
  }
  return false;
};

/** Stores an article with every claim and quantity of its extraction atomically: all of it or nothing.
 *  With an externalId the organisation has used already (two CMS retries racing), nothing is written and
 *  `created` is false: the caller answers with the stored article. */
export async function ingestArticle(
  db: Database,
  orgId: string,
  input: ArticleInput,
  extraction: Extraction,
) {
  const articleId = newId("art");
  const createdAt = new Date().toISOString();
  const article = {
    id: articleId,
    orgId,
    text: input.text,
    url: input.url ?? null,
    title: input.title ?? null,
    outlet: input.outlet ?? null,
    author: input.author ?? null,
    publishedAt: input.publishedAt,
    externalId: input.externalId ?? null,
    contentHash: await sha256Hex(input.text),
    createdAt,
  };
  // Who made a claim, until a checker says otherwise: the speaker the story names, else the outlet, else
  // the byline.
  const byStory = article.outlet ?? article.author;
  const claimRows = extraction.claims.map((c, position) =>
    claimRow(c, { id: newId("clm"), orgId, articleId, position }, createdAt, c.claimant ?? byStory),
  );
  const quantityRowsAll = extraction.claims.flatMap((c, i) =>
    quantityRows(c.quantities, claimRows[i]!.id, orgId),
  );
  const fresh = extraction.claims.map((claim, i) => ({ id: claimRows[i]!.id, claim }));
  const relations = await relationsOf(db, orgId, fresh);
  const published = await factchecksMatching(db, orgId, fresh);
  // The closest of a repeated claim's own fact-check and an imported one.
  const checkedBefore = (id: string) => {
    const [a, b] = [relations.previouslyChecked.get(id), published.get(id)];
    return (a && b ? (a.score >= b.score ? a : b) : (a ?? b)) ?? null;
  };
  // Stored as JSON text: the bulk writer passes values as they are.
  for (const row of claimRows) {
    const checked = checkedBefore(row.id);
    row.previouslyChecked = checked && (JSON.stringify(checked) as unknown as typeof checked);
  }
  // What was written is what a read would return; no need to read it back.
  const stored = {
    ...publicArticle(article),
    claims: claimRows.map(
      (row, i): StoredClaim => ({
        ...toClaim(row, []),
        quantities: extraction.claims[i]!.quantities,
      }),
    ),
  };

  try {
    await insertAll(db, [
      { table: articles, rows: [article] },
      { table: claims, rows: claimRows },
      { table: quantities, rows: quantityRowsAll },
      {
        table: outbox,
        rows: [
          outboxRow(orgId, "article.ingested", stored),
          ...conflictEvents(orgId, stored.claims, relations.rows),
        ],
      },
      { table: claimRelations, rows: relations.rows },
    ] as RowsFor[]);
  } catch (e) {
    if (input.externalId && isExternalIdTaken(e)) return { created: false as const };
    throw e;
  }
  return { created: true as const, article: stored };
}

/** An article without its claims. */
export async function articleRow(
  db: Database,
  orgId: string,
  id: string,
): Promise<StoredArticle | null> {
  const [row] = await db
    .select()
    .from(articles)
    .where(and(eq(articles.id, id), eq(articles.orgId, orgId)))
    .limit(1);
  return row ? publicArticle(row) : null;
}

export async function getArticle(
  db: Database,
  orgId: string,
  id: string,
): Promise<(StoredArticle & { claims: StoredClaim[] }) | null> {
  const row = await articleRow(db, orgId, id);
  if (!row) return null;
  const claimRowsFound = await db
    .select()
    .from(claims)
    .where(eq(claims.articleId, id))
    .orderBy(asc(claims.position));
  return { ...row, claims: await withQuantities(db, claimRowsFound) };
}

export interface ArticleFilters {
  publishedAfter?: string;
  publishedBefore?: string;
  url?: string;
}

export async function listArticles(
  db: Database,
  orgId: string,
  f: ArticleFilters,
  cursor: Cursor | null,
  limit: number,
) {
  const where: (SQL | undefined)[] = [eq(articles.orgId, orgId)];
  if (f.publishedAfter) where.push(gte(articles.publishedAt, f.publishedAfter));
  if (f.publishedBefore) where.push(lte(articles.publishedAt, f.publishedBefore));
  if (f.url) where.push(eq(articles.url, f.url));
  where.push(after(articles, cursor));
  const rows = await db
    .select()
    .from(articles)
    .where(and(...where))
    .orderBy(asc(articles.createdAt), asc(articles.id))
    .limit(limit + 1);
  return rows.map(publicArticle);
}

/** Deletes the article with its claims and quantities; false when the organisation has no such article. */
export async function deleteArticle(db: Database, orgId: string, id: string): Promise<boolean> {
  const [row] = await db
    .select({ id: articles.id })
    .from(articles)
    .where(and(eq(articles.id, id), eq(articles.orgId, orgId)))
    .limit(1);
  if (!row) return false;
  const claimIds = db.select({ id: claims.id }).from(claims).where(eq(claims.articleId, id));
  await db.batch([
    db.delete(sources).where(inArray(sources.claimId, claimIds)),
    db.delete(claimRelations).where(inArray(claimRelations.claimId, claimIds)),
    db.delete(claimRelations).where(inArray(claimRelations.otherId, claimIds)),
    db.delete(quantities).where(inArray(quantities.claimId, claimIds)),
    db.delete(claims).where(eq(claims.articleId, id)),
    db.delete(articles).where(eq(articles.id, id)),
  ]);
  return true;
}

/** One claim.conflict event for each new claim whose figure conflicts with stored ones. */
function conflictEvents(orgId: string, fresh: StoredClaim[], rows: RelationRow[]) {
  const byId = new Map(fresh.map((c) => [c.id, c]));
  const conflicts = new Map<string, { claimId: string; pairs: unknown }[]>();
  for (const r of rows) {
    if (r.relation !== "conflicts" || !byId.has(r.claimId)) continue;
    const list = conflicts.get(r.claimId) ?? [];
    list.push({ claimId: r.otherId, pairs: JSON.parse(r.pairs as unknown as string) });
    conflicts.set(r.claimId, list);
  }
  return [...conflicts].map(([id, conflictsWith]) =>
    outboxRow(orgId, "claim.conflict", { claim: byId.get(id), conflictsWith }),
  );
}
