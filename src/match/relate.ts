// How two claims relate: the same figure stated twice (repeats), two figures for one measure that cannot
// both be right (conflicts), or merely alike (related). Pure: no I/O.
// Repeats and conflicts need the same subject, an overlapping stated period and the same measure — the
// words the claims use for what is counted, beyond their subject, time and scale, overlap — so Nvidia's
// revenue from China never conflicts with its total revenue, or with Tencent's spending.
import type { ClaimTime, Quantity } from "../extract/index.js";
import type { Relation } from "../store/constants.js";
import { agrees, sameKind } from "../verify/figure-check.js";

export type { Relation } from "../store/constants.js";

export interface Comparable {
  text: string;
  /** Where the claim's text starts in its article: quantity spans are offsets into the article. */
  span: { start: number; end: number };
  subject: string | null;
  quantities: Quantity[];
  time: ClaimTime | null;
}

export interface Related {
  relation: Relation;
  /** 0..1: how much of the measure's words the claims share. */
  score: number;
  pairs: { a: string; b: string; agree: boolean }[];
}

// Words that say when or how much, or glue a sentence: not what is being counted.
const NOT_MEASURE = new Set(
  (
    "a an and are as at be by for from in into is it its of on or that the their this to was were with " +
    "year years fiscal financial quarter half month months week ending ended ends end through since " +
    "january february march april may june july august september october november december " +
    "billion million thousand trillion bn mn mln per cent percent pct record total peak " +
    "said says according company report reports shows show figures filings annual"
  ).split(" "),
);

/** The clause that states the claim's first figure: trailing asides ("…, the annual report shows, even as
 *  …") say nothing of what is counted. */
function figureClause(c: Comparable): string {
  const q = c.quantities[0];
  if (!q) return c.text;
  const at = q.span.start - c.span.start;
  // ", " and "; " end clauses; the comma of "17,100" does not.
  const before = Math.max(c.text.lastIndexOf(", ", at), c.text.lastIndexOf("; ", at));
  const ends = [c.text.indexOf(", ", at), c.text.indexOf("; ", at)].filter((i) => i >= 0);
  return c.text.slice(before < 0 ? 0 : before + 2, ends.length ? Math.min(...ends) : c.text.length);
}

/** The words a claim uses for what it counts: computed once per claim when many pairs are compared. */
export function measureWords(c: Comparable): Set<string> {
  const subject = new Set((c.subject ?? "").toLowerCase().split(/\s+/));
  const words =
    figureClause(c)
      .toLowerCase()
      .replace(/['’]s\b/g, "")
      .match(/\p{L}+/gu) ?? [];
  return new Set(words.filter((w) => w.length > 2 && !NOT_MEASURE.has(w) && !subject.has(w)));
}

const stated = (t: ClaimTime | null) => t !== null && t.basis !== "publication";
const overlap = (a: ClaimTime, b: ClaimTime) => a.start <= b.end && b.start <= a.end;

/** The share of the smaller claim's measure words the other uses too. */
function measureOverlap(x: Set<string>, y: Set<string>): number {
  if (x.size === 0 || y.size === 0) return 0;
  let shared = 0;
  for (const w of x) if (y.has(w)) shared++;
  return shared / Math.min(x.size, y.size);
}

/** A measure is the same when at least this share of its words recur. */
export const SAME_MEASURE = 0.3;

export function relate(
  a: Comparable,
  b: Comparable,
  words: [Set<string>, Set<string>] = [measureWords(a), measureWords(b)],
): Related | null {
  if (!a.subject || a.subject !== b.subject) return null;
  const score = measureOverlap(words[0], words[1]);
  const pairs = a.quantities.flatMap((qa) =>
    b.quantities
      .filter((qb) => sameKind(qa, qb))
      .map((qb) => ({ a: qa.text, b: qb.text, agree: agrees(qa, qb) || agrees(qb, qa) })),
  );
  const comparable =
    pairs.length > 0 &&
    stated(a.time) &&
    stated(b.time) &&
    overlap(a.time!, b.time!) &&
    score >= SAME_MEASURE;
  if (!comparable) return score > 0 ? { relation: "related", score, pairs } : null;
  return { relation: pairs.some((p) => p.agree) ? "repeats" : "conflicts", score, pairs };
}
