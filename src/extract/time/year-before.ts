// "Profit fell in the third quarter from a year earlier": a year before the period the sentence names
// (the third quarter of the year before), not the previous calendar year.
import type { Granularity } from "../types.js";
import { addMonths } from "./calendar.js";
import type { TimeMention } from "./index.js";

const YEAR_BEFORE =
  /\b(?:a|one)\s+year\s+(?:ago|earlier|before)\b|\byear-(?:earlier|ago)\b|\bthe\s+(?:year-earlier|year-ago|prior-year)\s+(?:quarter|period|half|month)\b/gi;
const ANCHORS: ReadonlySet<Granularity> = new Set(["quarter", "half", "month", "week", "fiscal_year"]);

/** Re-reads (or adds) each "a year earlier" of a sentence as its named period a year back; the time
 *  trigger runs it only where such a phrase may be. */
export function yearBefore(s: string, found: TimeMention[]): void {
  YEAR_BEFORE.lastIndex = 0;
  const phrases = [...s.matchAll(YEAR_BEFORE)];
  if (!phrases.length) return;
  const inPhrase = (m: TimeMention) => phrases.some((p) => m.start < p.index + p[0].length && m.end > p.index);
  const anchor = found.find((m) => ANCHORS.has(m.granularity) && !inPhrase(m));
  if (!anchor) return;
  const period = { start: addMonths(anchor.period.start, -12), end: addMonths(anchor.period.end, -12) };
  for (const p of phrases) {
    const [start, end] = [p.index, p.index + p[0].length];
    const overlapping = found.filter((m) => m.start < end && m.end > start);
    if (overlapping.length > 1) continue;
    const mention: TimeMention = { start, end, period, granularity: anchor.granularity, basis: "relative", yearBefore: true };
    if (overlapping.length === 1) found[found.indexOf(overlapping[0]!)] = { ...mention, start: overlapping[0]!.start, end: overlapping[0]!.end };
    else found.push(mention);
  }
}
