// The database schema: the single source of truth. Migrations in db/migrations are generated from it by
// drizzle-kit (`npm run db:generate`) and never edited by hand.
import { sql } from "drizzle-orm";
import {
  index,
  integer,
  primaryKey,
  real,
  sqliteTable,
  text,
  uniqueIndex,
} from "drizzle-orm/sqlite-core";
import {
  DELIVERY_STATUSES,
  IDEMPOTENCY_STATES,
  KEY_ROLES,
  RELATIONS,
} from "../src/store/constants.js";
import { STANCES } from "../src/verify/stances.js";
import { STATUSES } from "../src/verify/status.js";

/** When a row last changed; its writers set it. */
const updatedAt = () =>
  text("updated_at").notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`);
export interface PreviouslyChecked {
  factcheckId: string;
  rating: { label: string | null; value: number | null };
  url: string;
  score: number;
}

const createdAt = () =>
  text("created_at").notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`);

export const organizations = sqliteTable("organizations", {
  id: text("id").primaryKey(),
  name: text("name").notNull(),
  createdAt: createdAt(),
});

export const apiKeys = sqliteTable(
  "api_keys",
  {
    id: text("id").primaryKey(),
    /** Null for the operator key, which belongs to no organisation. */
    orgId: text("org_id").references(() => organizations.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    role: text("role", { enum: KEY_ROLES }).notNull(),
    /** SHA-256 of the key, hex. The key itself is shown once and never stored. */
    hash: text("hash").notNull(),
    createdAt: createdAt(),
    revokedAt: text("revoked_at"),
  },
  (t) => [
    uniqueIndex("api_keys_hash").on(t.hash),
    index("api_keys_org").on(t.orgId, t.createdAt, t.id),
  ],
);

export const articles = sqliteTable(
  "articles",
  {
    id: text("id").primaryKey(),
    orgId: text("org_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    text: text("text").notNull(),
    url: text("url"),
    title: text("title"),
    outlet: text("outlet"),
    author: text("author"),
    publishedAt: text("published_at").notNull(),
    contentHash: text("content_hash").notNull(),
    externalId: text("external_id"),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("articles_external").on(t.orgId, t.externalId),
    index("articles_org_created").on(t.orgId, t.createdAt, t.id),
    index("articles_org_published").on(t.orgId, t.publishedAt),
  ],
);

export const claims = sqliteTable(
  "claims",
  {
    id: text("id").primaryKey(),
    orgId: text("org_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    articleId: text("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    text: text("text").notNull(),
    spanStart: integer("span_start").notNull(),
    spanEnd: integer("span_end").notNull(),
    sentenceStart: integer("sentence_start").notNull(),
    sentenceEnd: integer("sentence_end").notNull(),
    kind: text("kind").notNull(),
    checkworthiness: real("checkworthiness").notNull(),
    subject: text("subject"),
    timeText: text("time_text"),
    timeSpanStart: integer("time_span_start"),
    timeSpanEnd: integer("time_span_end"),
    timeStart: text("time_start"),
    timeEnd: text("time_end"),
    timeGranularity: text("time_granularity"),
    timeBasis: text("time_basis"),
    status: text("status", { enum: STATUSES }).notNull().default("new"),
    verdict: text("verdict"),
    assignee: text("assignee"),
    note: text("note"),
    reviewUrl: text("review_url"),
    resolvedAt: text("resolved_at"),
    /** What gets published as ClaimReview: the short claim (null: the claim's text), who made it, why the verdict. */
    summary: text("summary"),
    claimant: text("claimant"),
    explanation: text("explanation"),
    /** A fact-check of this figure already published: the own fact-check of a claim it repeats. */
    previouslyChecked: text("previously_checked", { mode: "json" }).$type<PreviouslyChecked>(),
    version: integer("version").notNull().default(1),
    createdAt: createdAt(),
    // Nullable because SQLite cannot add a column with a computed default; every writer sets it, and rows
    // from before it were backfilled from created_at.
    updatedAt: text("updated_at"),
  },
  (t) => [
    index("claims_org_created").on(t.orgId, t.createdAt, t.id),
    index("claims_article").on(t.articleId, t.position),
    index("claims_org_status").on(t.orgId, t.status),
    index("claims_org_assignee").on(t.orgId, t.assignee),
    // A checker's queue: most check-worthy first.
    index("claims_org_checkworthiness").on(t.orgId, t.checkworthiness, t.id),
    // Claims about a subject: those a new fact-check may be of.
    index("claims_org_subject").on(t.orgId, t.subject),
    // The latest claims about a subject with a stated period: those a new claim may repeat or conflict
    // with. Partial, so finding them never walks past claims dated only by their article.
    index("claims_org_subject_stated")
      .on(t.orgId, t.subject, t.createdAt)
      .where(sql`${t.timeBasis} IN ('explicit', 'relative', 'inherited')`),
    // Claims marked with a fact-check, found when it changes or goes (src/store/checked-before.ts).
    index("claims_checked_with").on(t.orgId, sql`${t.previouslyChecked} ->> '$.factcheckId'`),
  ],
);

export const quantities = sqliteTable(
  "quantities",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    claimId: text("claim_id")
      .notNull()
      .references(() => claims.id, { onDelete: "cascade" }),
    orgId: text("org_id").notNull(),
    position: integer("position").notNull(),
    text: text("text").notNull(),
    spanStart: integer("span_start").notNull(),
    spanEnd: integer("span_end").notNull(),
    type: text("type").notNull(),
    value: real("value").notNull(),
    unit: text("unit"),
    approximate: integer("approximate", { mode: "boolean" }).notNull(),
    bound: text("bound"),
    role: text("role"),
  },
  // Figures are found through their claim (EXISTS … claim_id); an index by type would only slow ingest.
  (t) => [index("quantities_claim").on(t.claimId, t.position)],
);

/** Evidence a checker attaches to a claim, with the automatic figure check of its excerpt. */
export const sources = sqliteTable(
  "sources",
  {
    id: text("id").primaryKey(),
    orgId: text("org_id").notNull(),
    claimId: text("claim_id")
      .notNull()
      .references(() => claims.id, { onDelete: "cascade" }),
    url: text("url").notNull(),
    title: text("title"),
    publisher: text("publisher"),
    publishedAt: text("published_at"),
    excerpt: text("excerpt"),
    stance: text("stance", { enum: STANCES }).notNull(),
    quantityCheck: text("quantity_check", { mode: "json" }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("sources_claim").on(t.claimId, t.id)],
);

/** Append-only history of a claim. No foreign key: events outlive the claim and its article. */
export const claimEvents = sqliteTable(
  "claim_events",
  {
    id: text("id").primaryKey(),
    orgId: text("org_id").notNull(),
    claimId: text("claim_id").notNull(),
    type: text("type").notNull(),
    actorKeyId: text("actor_key_id"),
    actorName: text("actor_name"),
    changes: text("changes", { mode: "json" }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("claim_events_claim").on(t.claimId, t.id)],
);

/** Endpoints a CMS registers to hear of changes. The secret signs deliveries, so it is kept. */
export const webhooks = sqliteTable(
  "webhooks",
  {
    id: text("id").primaryKey(),
    orgId: text("org_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    url: text("url").notNull(),
    events: text("events", { mode: "json" }).$type<string[]>().notNull(),
    description: text("description"),
    secret: text("secret").notNull(),
    enabled: integer("enabled", { mode: "boolean" }).notNull().default(true),
    failureStreak: integer("failure_streak").notNull().default(0),
    /** When the endpoint began failing without a success since; it is disabled after a span of that. */
    failingSince: text("failing_since"),
    disabledReason: text("disabled_reason"),
    createdAt: createdAt(),
  },
  (t) => [index("webhooks_org").on(t.orgId, t.createdAt, t.id)],
);

/** Events written in the same batch as the change they report; the dispatcher fans them out. */
export const outbox = sqliteTable(
  "outbox",
  {
    id: text("id").primaryKey(),
    orgId: text("org_id").notNull(),
    type: text("type").notNull(),
    payload: text("payload").notNull(),
    fannedOut: integer("fanned_out", { mode: "boolean" }).notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [index("outbox_pending").on(t.fannedOut, t.id), index("outbox_created").on(t.createdAt)],
);

export const deliveries = sqliteTable(
  "deliveries",
  {
    id: text("id").primaryKey(),
    orgId: text("org_id").notNull(),
    webhookId: text("webhook_id").notNull(),
    /** The Standard Webhooks message id: the same on every attempt. */
    messageId: text("message_id").notNull(),
    type: text("type").notNull(),
    payload: text("payload").notNull(),
    status: text("status", { enum: DELIVERY_STATUSES }).notNull().default("pending"),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: text("next_attempt_at").notNull(),
    /** Until when a dispatcher holds the delivery for an attempt; null when none does. */
    leasedUntil: text("leased_until"),
    createdAt: createdAt(),
  },
  (t) => [
    index("deliveries_due").on(t.status, t.nextAttemptAt),
    index("deliveries_webhook").on(t.webhookId, t.id),
    // One delivery per endpoint and event, however many dispatchers fan the event out at once.
    uniqueIndex("deliveries_message").on(t.webhookId, t.messageId),
    index("deliveries_created").on(t.createdAt),
  ],
);

export const deliveryAttempts = sqliteTable(
  "delivery_attempts",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    deliveryId: text("delivery_id").notNull(),
    at: text("at").notNull(),
    responseStatus: integer("response_status"),
    durationMs: integer("duration_ms").notNull(),
    error: text("error"),
  },
  (t) => [index("delivery_attempts_delivery").on(t.deliveryId, t.id)],
);

/** The first response to a POST with an Idempotency-Key, replayed for 24 hours to the same caller key
 *  only, with any secret in it redacted. */
export const idempotencyKeys = sqliteTable(
  "idempotency_keys",
  {
    orgId: text("org_id").notNull(),
    /** The API key that sent the request: a replay never reaches another key (or role). */
    keyId: text("key_id").notNull(),
    key: text("key").notNull(),
    requestHash: text("request_hash").notNull(),
    state: text("state", { enum: IDEMPOTENCY_STATES }).notNull(),
    status: integer("status"),
    body: text("body"),
    contentType: text("content_type"),
    createdAt: text("created_at").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.keyId, t.key] }),
    index("idempotency_keys_created").on(t.createdAt),
  ],
);

/** Published verdicts: imported ClaimReview (a fact-checker's corpus) or the organisation's own, published
 *  when a claim is resolved (`claimId`). One per organisation and URL. */
export const factchecks = sqliteTable(
  "factchecks",
  {
    id: text("id").primaryKey(),
    orgId: text("org_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    url: text("url").notNull(),
    claimReviewed: text("claim_reviewed").notNull(),
    title: text("title"),
    publisher: text("publisher"),
    datePublished: text("date_published"),
    ratingLabel: text("rating_label"),
    ratingValue: real("rating_value"),
    bestRating: real("best_rating"),
    worstRating: real("worst_rating"),
    claimant: text("claimant"),
    claimDate: text("claim_date"),
    appearances: text("appearances", { mode: "json" }).$type<string[]>().notNull(),
    /** The organisation's own claim this fact-check publishes; null for imported ones. */
    claimId: text("claim_id"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("factchecks_url").on(t.orgId, t.url),
    index("factchecks_org_created").on(t.orgId, t.createdAt, t.id),
    index("factchecks_claim").on(t.claimId),
  ],
);

/** How a claim relates to another of the organisation's, computed when the later one arrives; one row
 *  each way. */
export const claimRelations = sqliteTable(
  "claim_relations",
  {
    orgId: text("org_id").notNull(),
    claimId: text("claim_id")
      .notNull()
      .references(() => claims.id, { onDelete: "cascade" }),
    otherId: text("other_id")
      .notNull()
      .references(() => claims.id, { onDelete: "cascade" }),
    relation: text("relation", { enum: RELATIONS }).notNull(),
    score: real("score").notNull(),
    pairs: text("pairs", { mode: "json" })
      .$type<{ a: string; b: string; agree: boolean }[]>()
      .notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.claimId, t.otherId] }),
    index("claim_relations_org").on(t.orgId, t.relation, t.claimId),
  ],
);

/** The desk's signed-in sessions: the cookie carries a random token (signed), the row only its SHA-256.
 *  Signing out deletes the row, so an old cookie opens nothing; revoking the key ends its sessions. */
export const deskSessions = sqliteTable(
  "desk_sessions",
  {
    id: text("id").primaryKey(),
    keyId: text("key_id")
      .notNull()
      .references(() => apiKeys.id, { onDelete: "cascade" }),
    /** Every form of the session carries it; a POST without it is refused. */
    csrf: text("csrf").notNull(),
    createdAt: createdAt(),
    expiresAt: text("expires_at").notNull(),
  },
  (t) => [index("desk_sessions_expires").on(t.expiresAt)],
);

/** Secrets the service makes for itself on first use and keeps across restarts and isolates (the desk's
 *  cookie-signing key), unless the environment sets them. */
export const serviceSecrets = sqliteTable("service_secrets", {
  name: text("name").primaryKey(),
  value: text("value").notNull(),
  createdAt: createdAt(),
});
