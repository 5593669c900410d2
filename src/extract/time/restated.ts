// A figure a story states with no time of its own ("The waiting list has fallen for the third month in a
// row, to 7.57 million") and restates elsewhere with one ("There were 7.57 million … at the end of
// October") is of that time: one pass over the claims, whatever the story's length.
import type { Claim, ClaimTime, Quantity } from "../types.js";

const key = (q: Quantity) => `${q.type}|${q.unit ?? ""}|${q.value}`;
// Only a figure unlikely to recur by chance: stated exactly, to three significant digits or more ("7.57
// million", "659,118", "$213.2 million"; not "$500 million" or "1.5C"), and never the baseline a change runs
// from ("down from 7.61 million" is another time's figure).
const telling = (q: Quantity) =>
  q.role !== "from" &&
  !q.approximate &&
  q.bound === null &&
  q.type !== "duration" &&
  q.type !== "rank" &&
  // "the 486 chip": a small count is as often a name.
  (q.type !== "count" || Math.abs(q.value) >= 1000) &&
  significant(q.value) >= 3;
/** The significant digits of a figure as written: 7570000 → 3, 659118 → 6, 4.4 → 2. */
const significant = (v: number) =>
  String(Math.abs(v)).replace(".", "").replace(/^0+/, "").replace(/0+$/, "").length;

/** Dates each claim the story left at its publication by a figure another claim restates with a time. */
export function dateRestatedFigures(claims: readonly Claim[]): void {
  const dated = new Map<string, ClaimTime>();
  for (const c of claims) {
    if (c.time?.basis !== "explicit" && c.time?.basis !== "relative") continue;
    for (const q of c.quantities) if (telling(q) && !dated.has(key(q))) dated.set(key(q), c.time);
  }
  if (dated.size === 0) return;
  for (const c of claims) {
    if (c.time?.basis !== "publication") continue;
    const q = c.quantities.find((x) => telling(x) && dated.has(key(x)));
    if (q) c.time = { ...dated.get(key(q))!, basis: "inherited" };
  }
}
