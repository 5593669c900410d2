// Which of a sentence's times a claim's figures are of, when the sentence tells of more than the figures: a
// later predicate of its own, a count of times, a plan told before the figure.
import type { TimeMention } from "./types.js";

// "has scored seven goals in 31 appearances this season and made his debut in September", "had so far
// recovered £31m and would seek a confiscation order later this year": figures told of now, then a time in
// a later predicate with none of its own, which dates that predicate only.
const AND_PREDICATE =
  /\s(?:and|but)\s+(?:would|will|could|has|have|had|was|were|is|are|see|sees|expect|expects|[a-z]+ed|made|took|won|began)\b/;
const NOW_WORDS = /\b(?:so\s+far|to\s+date|thus\s+far|this\s+season|now|currently)\b/;

/** Whether `m`, after the claim's last figure (which ends at `lastFigure`), dates a later predicate only. */
export function laterPredicate(s: string, m: TimeMention, lastFigure: number): boolean {
  if (m.start < lastFigure) return false;
  const and = AND_PREDICATE.exec(s.slice(lastFigure, m.start));
  return and !== null && NOW_WORDS.test(s.slice(0, lastFigure + and.index));
}

// "cut interest rates for the third time this year on Thursday": the span a count of times is counted in.
const COUNTED_IN =
  /\bfor\s+the\s+(?:[a-z]+|\d+)(?:st|nd|rd|th)?\s+(?:straight\s+|consecutive\s+)?time\s+(?:in\s+|since\s+)?$/i;

/**
 * The time the claim's figures (the first at `firstFigure`) are of, among `candidates` (in order), when
 * `about` is not: the span a count of times is counted in gives way to another time the sentence states
 * ("for the third time this year on Thursday"); a time in an earlier predicate with no figure gives way to
 * one in the figure's ("price in a further cut in December and see the rate falling to around 2% by the
 * middle of next year").
 */
export function figuresOwnTime(
  s: string,
  candidates: readonly TimeMention[],
  about: TimeMention,
  firstFigure: number,
  dates: (m: TimeMention) => boolean,
): TimeMention {
  if (COUNTED_IN.test(s.slice(Math.max(0, about.start - 40), about.start)))
    return candidates.find((m) => m !== about && dates(m)) ?? about;
  if (about.end > firstFigure) return about;
  const and = AND_PREDICATE.exec(s.slice(about.end, firstFigure));
  if (!and) return about;
  const predicate = about.end + and.index;
  return candidates.find((m) => m.start > predicate && dates(m)) ?? about;
}
