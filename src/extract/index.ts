// The public surface of extraction: everything outside src/extract (the API, the CLI, verification,
// scripts, benches) imports from here and nowhere deeper. The stages behind it are pure: no I/O and
// nothing beyond the language, Intl and chrono-node, so they run alike in Node, Workers and a browser.

// For training the check-worthiness model (scripts/train-checkworthiness.ts).
export { DENSE, type Features, featurize } from "./checkworthiness/features.js";
export { scoreSentence, THRESHOLD } from "./checkworthiness/index.js";
export type { ModelFile } from "./checkworthiness/model.js";
export { sentenceSignals } from "./checkworthiness/signals.js";
// Stages a caller may run on their own.
export { findLayout, type Layout } from "./furniture.js";
export { articleFromHtml, HTML_LIMITS, type HtmlArticle, HtmlTooComplex } from "./html.js";
export { extractClaims } from "./pipeline.js";
export { type Found, findQuantities } from "./quantities/index.js";
export { splitSentences } from "./sentences.js";

// Days and periods: parsing a publication date, and the calendar arithmetic evaluation needs.
export {
  type Day,
  daysInMonth,
  iso,
  type Period,
  parseDay,
  quarterPeriod,
  weekPeriod,
} from "./time/calendar.js";
export { findTimes } from "./time/index.js";
export type { TimeMention } from "./time/types.js";
export * from "./types.js";
