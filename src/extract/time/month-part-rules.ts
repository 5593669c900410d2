// Parts of a month counted in days, weeks or halves: "the first 25 days of November", "the last two weeks of
// March 2024", "the second half of October", "the first ten days of the month", "the second week of
// November"; and its edges: "at the end of March" (a balance is the month's last day's). Read before the
// month alone, which would take "of November" whole.
import { UNITS } from "../lexicon/numbers.js";
import { addDays, addMonths, compare, monthNumber, monthPeriod, type Period } from "./calendar.js";
import {
  explicit,
  namedMonth,
  namedYear,
  nearest,
  type Rule,
  relative,
  yearShift,
} from "./rule-kit.js";

const COUNT = "\\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty";
const countOf = (n: string) => UNITS[n.toLowerCase()] ?? Number(n);

/** The part of `month` that the words name, or null past the month's length. */
function partOf(month: Period, from: string, days: number | null): Period | null {
  const length = month.end.d;
  if (days === null) {
    // A half: the 1st to the 15th, the 16th to the month's end.
    return /^first$/i.test(from)
      ? { start: month.start, end: { ...month.start, d: 15 } }
      : { start: { ...month.start, d: 16 }, end: month.end };
  }
  if (days < 1 || days > length) return null;
  return /^first$/i.test(from)
    ? { start: month.start, end: addDays(month.start, days - 1) }
    : { start: addDays(month.end, 1 - days), end: month.end };
}

const NTH_WEEK: Record<string, number> = { first: 0, second: 1, third: 2, fourth: 3 };

/** The `nth` week of `month` counted from its 1st, or its last seven days. */
function weekOf(month: Period, nth: string): Period {
  const n = NTH_WEEK[nth.toLowerCase()];
  if (n === undefined) return { start: addDays(month.end, -6), end: month.end };
  const start = addDays(month.start, 7 * n);
  return { start, end: addDays(start, 6) };
}

/** A month's first or last day: "at the start of October", "at the end of March". */
const edgeOf = (month: Period, edge: string): Period =>
  /^end$/i.test(edge)
    ? { start: month.end, end: month.end }
    : { start: month.start, end: month.start };

// "by the end of March" is a deadline and "the year to the end of June" a span, both read by other rules.
// A named month's start stays the month ("from the beginning of April", as TimeBank reads it); its end is
// its last day.
const EDGE = String.raw`(?<!\b(?:by|until|till|through|to|ending|ended|since|from)\s)\bthe\s+(?<edge>end|start|beginning)\s+of\s+`;
const END = EDGE.replace("(?<edge>end|start|beginning)", "(?<edge>end)");

// "€84.1 billion was collected to the end of October", "Sales to the end of October totalled $4 billion":
// the year so far, to the month's last day; "prices will stay frozen to the end of October": from now
// until then. Not "the year to the end of June" nor "the 12 months to the end of June", spans of their own.
const TO_THE_END = new RegExp(
  `(?<!\\b(?:year|months?|weeks?|days|quarter|half|period)\\s)\\bto\\s+the\\s+end\\s+of\\s+${namedMonth("month")}(?:,?\\s+${namedYear("year")})?\\b`,
  "g",
);

export const MONTH_PART_RULES: Rule[] = [
  {
    first: true,
    key: "month",
    re: TO_THE_END,
    resolve: (m, ctx) => {
      const g = m.groups!;
      const month = (y: number) => monthPeriod(y, monthNumber(g.month!));
      const p = g.year ? month(Number(g.year)) : nearest(ctx, month);
      if (!p) return null;
      const ahead =
        ctx.ref !== null &&
        compare(ctx.ref, p.end) <= 0 &&
        (ctx.tense === "future" || (ctx.tense !== "past" && compare(ctx.ref, p.start) >= 0));
      const span = ahead
        ? { start: ctx.ref!, end: p.end }
        : { start: { y: p.end.y, m: 1, d: 1 }, end: p.end };
      return g.year ? explicit(span, "range") : relative(span, "range");
    },
  },
  {
    first: true,
    key: "month",
    re: new RegExp(
      `(?:\\bthe\\s+(?<nth>first|second|third|fourth|last|final)\\s+week\\s+of\\s+|${END})${namedMonth("month")}(?:,?\\s+${namedYear("year")})?\\b`,
      "g",
    ),
    resolve: (m, ctx) => {
      const g = m.groups!;
      const part = (p: Period | null) => p && (g.nth ? weekOf(p, g.nth) : edgeOf(p, g.edge!));
      if (g.year) {
        const p = part(monthPeriod(Number(g.year), monthNumber(g.month!)));
        return p && explicit(p, g.nth ? "week" : "day");
      }
      const p = part(nearest(ctx, (y) => monthPeriod(y, monthNumber(g.month!))));
      return p && relative(p, g.nth ? "week" : "day");
    },
  },
  {
    first: true,
    key: "yearSpan",
    // "at the end of last month": its last day ("the start of the month" is its first days, a span rule).
    re: new RegExp(
      `${EDGE}(?<which>last|next)\\s+month\\b|${END.replace("<edge>", "<end>")}(?:the|this)\\s+month\\b`,
      "gi",
    ),
    resolve: (m, ctx) => {
      if (!ctx.ref) return null;
      const g = m.groups!;
      const shift = g.which ? yearShift(g.which) : 0;
      const first = addMonths({ y: ctx.ref.y, m: ctx.ref.m, d: 1 }, shift);
      const p = edgeOf(monthPeriod(first.y, first.m), g.edge ?? "end");
      // Told as done, a month's end still ahead is some other month's, which the words do not say.
      return ctx.tense === "past" && compare(p.start, ctx.ref) > 0 ? null : relative(p, "day");
    },
  },

  {
    first: true,
    key: "fiscal",
    re: new RegExp(
      `\\bthe\\s+(?:(?<from>first|last|final)\\s+(?:(?<days>${COUNT})\\s+days|(?<weeks>${COUNT})\\s+weeks)|(?<half>first|second)\\s+half)\\s+of\\s+(?:${namedMonth("month")}(?:,?\\s+${namedYear("year")})?|(?<current>the\\s+month)\\b)`,
      "gi",
    ),
    resolve: (m, ctx) => {
      const g = m.groups!;
      if (g.month && !/^[A-Z]/.test(g.month)) return null;
      const days = g.days ? countOf(g.days) : g.weeks ? 7 * countOf(g.weeks) : null;
      const from = g.from ?? (/^first$/i.test(g.half!) ? "first" : "last");
      const part = (p: Period | null) => (p ? partOf(p, from, days) : null);
      if (g.year) {
        const p = part(monthPeriod(Number(g.year), monthNumber(g.month!)));
        return p && explicit(p, "range");
      }
      if (!ctx.ref) return null;
      const month = g.current
        ? monthPeriod(ctx.ref.y, ctx.ref.m)
        : nearest(ctx, (y) => monthPeriod(y, monthNumber(g.month!)));
      const p = part(month);
      return p && relative(p, "range");
    },
  },
];
