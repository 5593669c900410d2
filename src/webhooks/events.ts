// The events a webhook may subscribe to.
export const EVENT_TYPES = [
  "article.ingested",
  "claim.updated",
  "claim.resolved",
  "source.added",
] as const;
export type EventType = (typeof EVENT_TYPES)[number];
