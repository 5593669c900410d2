// The store's own enums, each written once: the drizzle columns, the zod contracts and the TS types derive
// from these (the domain's live beside their rules: src/verify, src/extract/types.ts, src/webhooks/events.ts).
export const KEY_ROLES = ["operator", "admin", "editor", "viewer"] as const;
export type Role = (typeof KEY_ROLES)[number];
/** The roles an organisation's keys may have (the operator's belongs to none). */
export const ORG_ROLES = ["admin", "editor", "viewer"] as const satisfies readonly Role[];
/** The roles that change what the desk works on: articles, claims, sources, fact-checks. */
export const WRITER_ROLES = ["admin", "editor"] as const satisfies readonly Role[];

export const DELIVERY_STATUSES = ["pending", "delivered", "failed"] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

export const IDEMPOTENCY_STATES = ["running", "done"] as const;

/** How one claim relates to another (src/match/relate.ts decides). */
export const RELATIONS = ["repeats", "conflicts", "related"] as const;
export type Relation = (typeof RELATIONS)[number];
