// What every time rule shares: its shape, the context it resolves in, and the calendar helpers.
import { parseNumberWords } from "../lexicon/numbers.js";
import { MONTH_ABBREVIATIONS, MONTH_SPELLINGS, YEAR_DIGITS } from "../lexicon/words.js";
import type { Granularity } from "../types.js";
import {
  addDays,
  addMonths,
  compare,
  type Day,
  daysInMonth,
  distance,
  type Period,
} from "./calendar.js";

/** What the verbs say about when: it decides which "July" or "Tuesday" a sentence means. */
export type Tense = "past" | "future" | "unknown";

export interface RuleContext {
  ref: Day | null;
  tense: Tense;
  /** The month the company's financial year ends in, once the story has said so. */
  fiscalEnd?: number;
  /** Whether the story reports a match (read over the story once, when a sentence first asks). */
  inMatch?: () => boolean;
}

export interface Resolved {
  period: Period;
  granularity: Granularity;
  basis: "explicit" | "relative";
}

/** Which cheap trigger must fire in a sentence before a rule is worth running. */
export type RuleKey =
  | "fiscal"
  | "splitYear"
  | "quarter"
  | "quarters"
  | "half"
  | "between"
  | "yearRange"
  | "decade"
  | "era"
  | "month"
  | "year"
  | "relative"
  | "over"
  | "ago"
  | "yearSpan"
  | "yearBefore"
  | "weekday"
  | "holiday"
  | "season";

export interface Rule {
  key: RuleKey;
  re: RegExp;
  /** Read before chrono-node, whose day-level reading would split the expression ("… ended June 30, 2024"). */
  first?: boolean;
  resolve: (m: RegExpExecArray, ctx: RuleContext) => Resolved | null;
}

// The dot belongs to an abbreviation ("Sept."), never to a full name ending a sentence ("through June.").
export const MONTH = `(${MONTH_SPELLINGS})(?:(?<=\\b(?:${MONTH_ABBREVIATIONS}))\\.)?`;
export const YEAR = `(${YEAR_DIGITS})`;
/** MONTH and YEAR as named groups, for rules that read their groups by name. */
export const namedMonth = (name: string) =>
  `(?<${name}>${MONTH_SPELLINGS})(?:(?<=\\b(?:${MONTH_ABBREVIATIONS}))\\.)?`;
export const namedYear = (name: string) => `(?<${name}>${YEAR_DIGITS})`;
export const ORD: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  "1st": 1,
  "2nd": 2,
  "3rd": 3,
  "4th": 4,
};
export const NUM =
  "(\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty)";

export const explicit = (period: Period, granularity: Granularity): Resolved => ({
  period,
  granularity,
  basis: "explicit",
});
export const relative = (period: Period, granularity: Granularity): Resolved => ({
  period,
  granularity,
  basis: "relative",
});
export const count = (w: string) =>
  /^\d+$/.test(w) ? Number(w) : /^an?$/i.test(w) ? 1 : (parseNumberWords(w) ?? 1);
/** A year written in two digits is this century's, or the last's from '50 on ("1Q87", "FY99"). */
export const shortYear = (y: string) =>
  y.length === 2 ? (Number(y) >= 50 ? 1900 : 2000) + Number(y) : Number(y);
/** "next" year is one on, "last" one back; "this" or "the" year is the one under way. */
export const yearShift = (which: string): number =>
  /^next$/i.test(which) ? 1 : /^last$/i.test(which) ? -1 : 0;

/** A span told as done ("rose in the first three quarters", "in the June quarter") has been reported:
 *  last year's while this year's still runs. `make` builds the span that ends in a given year. */
export function toldAsDone(ctx: RuleContext, span: Period, make: (y: number) => Period): Period {
  return ctx.tense === "past" && ctx.ref && compare(span.end, ctx.ref) > 0
    ? make(span.end.y - 1)
    : span;
}

/** "since May", "since 2019": from the period's start to publication, once it has begun; else null. */
export function runToPublication(p: Period, ref: Day | null): Period | null {
  return ref && compare(p.start, ref) <= 0 ? { start: p.start, end: ref } : null;
}

// "said full-year growth would be around 5%", "the quota for February to April would be announced": what
// comes after a time told as reported future ("would", "was more likely") looks ahead, however the saying
// is told.
const AHEAD_AFTER =
  /^[^.;]{0,60}?\b(?:would|will|could|(?:is|was|are|were)\s+(?:more\s+|less\s+)?(?:likely|expected|forecast|projected|seen|due))\b/i;
/** The context with its tense looking ahead when the words after the match `m` do. */
export const tenseAfter = (m: RegExpExecArray, ctx: RuleContext): RuleContext =>
  ctx.tense !== "future" &&
  AHEAD_AFTER.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 70))
    ? { ...ctx, tense: "future" }
    : ctx;

/** Which year's "July" a sentence means: the latest not after publication in the past tense, the next
 *  in the future tense, and otherwise the one nearest to publication. */
export function nearest(ctx: RuleContext, make: (y: number) => Period | null): Period | null {
  const ref = ctx.ref;
  if (!ref) return null;
  const here = make(ref.y);
  const [prev, next] = [make(ref.y - 1), make(ref.y + 1)];
  if (ctx.tense === "future") return here && compare(here.end, ref) >= 0 ? here : next;
  if (ctx.tense === "past") return here && compare(here.start, ref) <= 0 ? here : prev;
  const options = [here, prev, next].filter((p): p is Period => p !== null);
  return options.sort((a, b) => distance(a, ref) - distance(b, ref))[0] ?? null;
}

/**
 * Which year's quarter or half: as `nearest`, except that results are reported weeks after a period
 * closes, so "expects to report a third-quarter loss" in early November means the quarter just ended.
 */
export function nearestReported(ctx: RuleContext, make: (y: number) => Period): Period | null {
  const ref = ctx.ref;
  if (ref && ctx.tense === "future") {
    const here = make(ref.y);
    if (compare(here.end, ref) < 0 && compare(addDays(here.end, 60), ref) >= 0) return here;
  }
  return nearest(ctx, make);
}

export function fiscalEnding(month: number, day: number | null, year: number): Period {
  const end = { y: year, m: month, d: day ?? daysInMonth(year, month) };
  // A year ending on a month's last day starts on the 1st of the next month ("to Feb 28" from 1 March).
  if (end.d === daysInMonth(year, month))
    return { start: addMonths({ y: year - 1, m: month, d: 1 }, 1), end };
  return { start: addDays(addMonths(end, -12), 1), end };
}

/** The financial year `shift` years from the one under way at publication: the company's when the story
 *  has said which month it ends in, else the calendar year. */
export function fiscalYearAt(ref: Day, fiscalEnd: number | undefined, shift: number): Period {
  const end = fiscalEnd ?? 12;
  const endYear = (ref.m <= end ? ref.y : ref.y + 1) + shift;
  return fiscalEnding(end, null, endYear);
}

const DEADLINE = /^(?:by|until|till|through)$/i;

/** The tense a time after `word` is read in: "by December", "through Wednesday" is a deadline ahead,
 *  unless the sentence tells of the past. */
// "Engineers expected to reconnect most customers by Sunday night": a deadline for what was meant to happen
// is still ahead, though told in the past (not "had expected to finish by Friday").
const MEANT_TO =
  /(?<!\bhad\s+)\b(?:expected|hoped|planned|aimed|promised|pledged|vowed|intended)\s+to\b[^.;]*$/;
export const deadlineTense = (ctx: RuleContext, word: string | undefined, before = ""): Tense =>
  word !== undefined && DEADLINE.test(word) && (ctx.tense !== "past" || MEANT_TO.test(before))
    ? "future"
    : ctx.tense;

export function unitPeriod(ref: Day, unit: string, n: number): Day {
  if (/^day/.test(unit)) return addDays(ref, n);
  if (/^week/.test(unit)) return addDays(ref, 7 * n);
  if (/^month/.test(unit)) return addMonths(ref, n);
  if (/^decade/.test(unit)) return addMonths(ref, 120 * n);
  return addMonths(ref, 12 * n);
}
