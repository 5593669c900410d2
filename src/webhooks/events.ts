// The events a webhook may subscribe to.
export const EVENT_TYPES = [
  "article.ingested",
  "claim.updated",
  "claim.resolved",
  "source.added",
  // A new claim whose figure conflicts with a stored one: a CMS can warn before publishing.
  "claim.conflict",
] as const;
export type EventType = (typeof EVENT_TYPES)[number];
