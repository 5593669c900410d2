// The extractor's signals for one sentence scored on its own (the CLI, training), read by the same
// stage functions extraction uses, so a sentence scores alike alone and inside an article.
import { classify } from "../claims.js";
import { scanCues } from "../cues.js";
import { findQuantities } from "../quantities/index.js";
import { findSubject } from "../subject.js";
import { findTimes } from "../time/index.js";
import type { Signals } from "./features.js";

// Relative times ("last year") count as stated times whatever the date; any fixed day resolves them.
const ANY_DAY = { y: 2000, m: 1, d: 1 };

export function sentenceSignals(text: string): Signals {
  const cues = scanCues(text);
  const quantities = findQuantities(text);
  return {
    text,
    quantities,
    // Only whether a time is stated matters here, not which one, so tense is left unread.
    timed: findTimes(text, ANY_DAY, "unknown").length > 0,
    subject: findSubject(text),
    cues,
    kind: classify(text, quantities, cues),
  };
}
