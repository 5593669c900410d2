// "Profit fell in the third quarter from a year earlier": a year before the period the sentence names
// (the third quarter of the year before), not the previous calendar year.

import { Cover } from "../cover.js";
import type { Granularity } from "../types.js";
import { addMonths } from "./calendar.js";
import type { TimeMention } from "./types.js";

const YEAR_BEFORE =
  /\b(?:a|one)\s+year\s+(?:ago|earlier|before)\b|\byear-(?:earlier|ago)\b|\bthe\s+(?:year-earlier|year-ago|prior-year)\s+(?:quarter|period|half|month)\b/gi;
const ANCHORS: ReadonlySet<Granularity> = new Set([
  "quarter",
  "half",
  "month",
  "week",
  "fiscal_year",
]);

/** Re-reads (or adds) each "a year earlier" of a sentence as its named period a year back; the time
 *  trigger runs it only where such a phrase may be. `found` is in order and never overlaps. */
export function yearBefore(s: string, found: TimeMention[]): void {
  YEAR_BEFORE.lastIndex = 0;
  const phrases = [...s.matchAll(YEAR_BEFORE)];
  if (!phrases.length) return;
  const inPhrases = new Cover(s.length);
  for (const p of phrases) inPhrases.take(p.index, p.index + p[0].length);
  const anchor = found.find(
    (m) => ANCHORS.has(m.granularity) && !inPhrases.overlaps(m.start, m.end),
  );
  if (!anchor) return;
  const period = {
    start: addMonths(anchor.period.start, -12),
    end: addMonths(anchor.period.end, -12),
  };
  const added: TimeMention[] = [];
  // Phrases and mentions both run left to right: one sweep pairs each phrase with the mentions it meets.
  let i = 0;
  for (const p of phrases) {
    const [start, end] = [p.index, p.index + p[0].length];
    while (i < found.length && found[i]!.end <= start) i++;
    let j = i;
    while (j < found.length && found[j]!.start < end) j++;
    if (j - i > 1) continue;
    const mention: TimeMention = {
      start,
      end,
      period,
      granularity: anchor.granularity,
      basis: "relative",
      yearBefore: true,
    };
    if (j - i === 1) found[i] = { ...mention, start: found[i]!.start, end: found[i]!.end };
    else added.push(mention);
  }
  found.push(...added);
}
