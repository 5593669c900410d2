// Parts of a month counted in days, weeks or halves: "the first 25 days of November", "the last two weeks of
// March 2024", "the second half of October", "the first ten days of the month". Read before the month alone,
// which would take "of November" whole.
import { UNITS } from "../lexicon/numbers.js";
import { addDays, monthNumber, monthPeriod, type Period } from "./calendar.js";
import { explicit, namedMonth, namedYear, nearest, type Rule, relative } from "./rule-kit.js";

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

export const MONTH_PART_RULES: Rule[] = [
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
