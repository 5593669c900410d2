// Fiscal years and the periods measured back from a day: "the financial year ending January 2025",
// "fiscal 2024" (the US government's when the sentence names it), "the quarter ended June 28", "the week
// ended August 16", and years split across two ("1987/88", "the 2023-24 school year", "the 2022-23 season").
// Read before single days, which would take "June 30" alone.

import { UNITS } from "../lexicon/numbers.js";
import type { Granularity } from "../types.js";
import {
  addDays,
  addMonths,
  compare,
  type Day,
  daysInMonth,
  monthNumber,
  monthPeriod,
  type Period,
  yearPeriod,
} from "./calendar.js";
import {
  explicit,
  fiscalEnding,
  fiscalYearAt,
  MONTH,
  namedMonth,
  namedYear,
  nearest,
  type Resolved,
  type Rule,
  type RuleContext,
  relative,
  shortYear,
  toldAsDone,
  yearShift,
} from "./rule-kit.js";
import { usFederal } from "./story-year.js";

/** "the first seven months of the fiscal year (that began on April 1)": counted from the start of the
 *  financial year under way at publication, the month it began told or the story's year end. */
function fiscalMonths(
  m: RegExpExecArray,
  ctx: RuleContext,
  first: boolean,
  count: string | undefined,
): Resolved | null {
  const began = m.groups!.began;
  // A year that began in April ends in March.
  const fiscalEnd = began ? ((monthNumber(began) + 10) % 12) + 1 : ctx.fiscalEnd;
  if (!ctx.ref || !fiscalEnd || !count || !first) return null;
  // "the first nine months of fiscal 2026": of the year the story's company names so.
  const fy = m.groups!.fy;
  const { start } = fy
    ? fiscalEnding(fiscalEnd, null, shortYear(fy))
    : fiscalYearAt(ctx.ref, fiscalEnd, 0);
  const end = addDays(addMonths(start, spanMonths(`${count} months`)), -1);
  return relative({ start, end }, "range");
}

// "had forecast pre-tax profit of A$1.2 billion for the six months to December", "forecast revenue of $2
// billion for the year to February": a forecast, however told, is for a period not yet over when it was made.
const FORECAST_FOR =
  /\b(?:forecasts?|forecasting|predicted|projected|guided|guidance|outlook|expected|expects?)\b(?:[^.;]|\.\d){0,80}?\bfor\s+(?:(?:the|its)\s+)?$/i;

// The spans a period can be measured back from its end.
const SPAN =
  "half[-\\s]year|year|quarter|half|week|(?:two|three|four|five|six|eight|twelve|thirteen|\\d{1,2})\\s+weeks|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|\\d{1,2})\\s+months";
/** The `months` months that end on `end`: whole calendar months when it is a month's last day. */
function monthsEnding(end: Day, months: number): Period {
  if (end.d === daysInMonth(end.y, end.m))
    return { start: addMonths({ y: end.y, m: end.m, d: 1 }, 1 - months), end };
  return { start: addDays(addMonths(end, -months), 1), end };
}

const granularityOf = (months: number): Granularity =>
  months === 12 ? "fiscal_year" : months === 6 ? "half" : months === 3 ? "quarter" : "range";

function spanMonths(span: string): number {
  const w = span.toLowerCase();
  if (w === "quarter") return 3;
  if (w.startsWith("half")) return 6;
  if (w === "year") return 12;
  const n = w.split(/\s+/)[0]!;
  return UNITS[n] ?? Number(n);
}

/** "the week ended August 16", "the four weeks ended March 20": the `weeks` weeks to that day. */
function weekEnding(
  month: number,
  day: number | null,
  year: string | undefined,
  ctx: RuleContext,
  weeks: number,
): Resolved | null {
  if (!day) return null;
  const on = (y: number): Period => ({
    start: { y, m: month, d: day },
    end: { y, m: month, d: day },
  });
  const p = year ? on(Number(year)) : nearest(ctx, on);
  return (
    p && {
      period: { start: addDays(p.end, 1 - 7 * weeks), end: p.end },
      granularity: weeks === 1 ? "week" : "range",
      basis: year ? "explicit" : "relative",
    }
  );
}

// "the 2023-24 school year" runs September to August; "the 2022-23 season" July to June (a sports season,
// and the financial year of most football clubs, which ends in May or June).
const SPLIT_YEARS: [RegExp, number][] = [
  [/^\s+(?:school|academic)\s+year\b/i, 9],
  [/^\s+(?:season|campaign)\b/i, 7],
];

export const FISCAL_RULES: Rule[] = [
  {
    // "the year ended February 28", "the quarter ended June 28", "the 12 months to July", "the half-year to
    // March 31", "its 2023 fiscal year, which ended on Sept. 30": the span of that length which ends there.
    first: true,
    key: "fiscal",
    re: new RegExp(
      `\\b(?:the\\s+)?(?:${namedYear("named")}\\s+)?(?:(?:financial|fiscal)\\s+)?(?<span>${SPAN})(?:,?\\s+(?:that|which)\\s+|\\s+)(?:ending|ended|ends|to|through)\\s+(?:on\\s+|in\\s+|the\\s+end\\s+of\\s+)?(?:this\\s+past\\s+|last\\s+)?(?:early\\s+|mid-?|late\\s+)?(?:(?<dayBefore>\\d{1,2})\\s+)?${namedMonth("month")}(?:\\s*(?<dayAfter>\\d{1,2})(?!\\d))?(?:,?\\s+${namedYear("year")})?`,
      "gi",
    ),
    resolve: (m, ctx) => {
      const g = m.groups!;
      // "this fiscal year, which ends in March" is this one, read below; only a year named before it
      // ("its 2023 fiscal year, which ended on Sept. 30") makes the clause its end.
      if (!g.named && /,\s+(?:that|which)\s/.test(m[0])) return null;
      const [month, day] = [
        monthNumber(g.month!),
        g.dayBefore || g.dayAfter ? Number(g.dayBefore ?? g.dayAfter) : null,
      ];
      const weeks = /^(?:(\w+)\s+)?weeks?$/i.exec(g.span!);
      if (weeks) {
        const n = weeks[1] ? (UNITS[weeks[1].toLowerCase()] ?? Number(weeks[1])) : 1;
        return weekEnding(month, day, g.year, ctx, n);
      }
      const months = spanMonths(g.span!);
      const span = (p: Period): Period => (months === 12 ? p : monthsEnding(p.end, months));
      // "In the 12 months through April, wages increased 3.9%": a trailing year counted in months is a
      // span of its own, not a company's year (nor one an earnings story goes on about).
      const granularity = /^(?:12|twelve)\s/i.test(g.span!) ? "range" : granularityOf(months);
      const year = g.year ?? g.named;
      if (year) return explicit(span(fiscalEnding(month, day, Number(year))), granularity);
      // With no year: the latest such end not after publication; "ending", a period under way at
      // publication ("expects revenue of $65 billion for the quarter ending in January", in November) is
      // that one, unless told in the past ("crime rose 4% in the year ending March"); so is one "to" a day
      // that a forecast looks to ("now expects profit of A$1.3 billion for the six months to December 31").
      if (!ctx.ref) return null;
      const ref = ctx.ref;
      const end = fiscalEnding(month, day, ref.y);
      const next = span(compare(end.end, ref) >= 0 ? end : fiscalEnding(month, day, ref.y + 1));
      const underWay =
        ctx.tense === "future" ||
        FORECAST_FOR.test(m.input.slice(Math.max(0, m.index - 100), m.index))
          ? !/\bended\s/i.test(m[0])
          : ctx.tense !== "past" && /\bending\s/i.test(m[0]);
      if (underWay && compare(next.start, ref) <= 0) return relative(next, granularity);
      const last = compare(end.end, ref) <= 0 ? end : fiscalEnding(month, day, ref.y - 1);
      return relative(span(last), granularity);
    },
  },
  {
    // "the year to mid-2023": statisticians' mid-year is 30 June.
    first: true,
    key: "fiscal",
    re: new RegExp(
      `\\b(?:the\\s+)?(?<span>${SPAN})\\s+(?:ending|ended|to|through)\\s+mid-?${namedYear("year")}\\b`,
      "gi",
    ),
    resolve: (m) => {
      const months = spanMonths(m.groups!.span!);
      const year = fiscalEnding(6, 30, Number(m.groups!.year));
      return explicit(months === 12 ? year : monthsEnding(year.end, months), granularityOf(months));
    },
  },
  {
    // "the December quarter", "the June-quarter results": the three months ending in that month, of the
    // year the sentence's tense points to.
    key: "fiscal",
    re: new RegExp(`\\bthe\\s+${namedMonth("month")}[-\\s]quarter\\b`, "gi"),
    resolve: (m, ctx) => {
      const month = monthNumber(m.groups!.month!);
      const ending = (y: number) => monthsEnding(fiscalEnding(month, null, y).end, 3);
      const p = nearest(ctx, ending);
      // Told as done, the quarter is over: "sales rose in the June quarter" in May is last year's.
      return p && relative(toldAsDone(ctx, p, ending), "quarter");
    },
  },
  {
    // "the first six months of the year", "the first seven months of 2024", "… of this year", "the first 78
    // days of the year", "In the first nine months, …"; "the final three months of 2023", "the last six
    // months of the year" count back from its end. Read before single days: "the fiscal year that began on
    // April 1" is no day.
    first: true,
    key: "fiscal",
    re: new RegExp(
      `\\bthe\\s+(?<from>first|last|final)\\s+(?:(?<months>two|three|four|five|six|seven|eight|nine|ten|eleven|[2-9]|1[01])\\s+months|(?<days>\\d{1,3})\\s+days|(?<weeks>\\d{1,2}|two|three|four|five|six|eight|ten|twelve)\\s+weeks)(?:\\s+of\\s+(?:the\\s+(?<fiscal>(?:fiscal|financial)\\s+)?year(?:\\s+(?:that|which)\\s+(?:began|started)\\s+(?:on\\s+|in\\s+)?${namedMonth("began")})?|${namedYear("year")}(?![/-]\\d)|(?<which>this|last)\\s+year\\b|fiscal\\s+(?:year\\s+)?${namedYear("fy")}\\b)|(?<alone>(?=,)))`,
      "gi",
    ),
    resolve: (m, ctx) => {
      const { from, months: count, days, weeks, year, fiscal, alone, which } = m.groups!;
      const first = /^first$/i.test(from!);
      // "In the first nine months, the economy grew 5.0%": of the year, told alone before a comma (not "the
      // last six months," which run to now, nor "the first three days," of something else).
      if (alone !== undefined && (!first || !count)) return null;
      // "the first seven months of the fiscal year that began on April 1": of the year under way, as the
      // story's company counts it.
      if (fiscal || m.groups!.fy) return fiscalMonths(m, ctx, first, count);
      const length = days
        ? Number(days)
        : weeks
          ? 7 * (UNITS[weeks.toLowerCase()] ?? Number(weeks))
          : null;
      if (length !== null && (length < 1 || length > 366)) return null;
      const months = length === null ? spanMonths(`${count} months`) : 0;
      const make = (y: number): Period => {
        if (first) {
          const start = { y, m: 1, d: 1 };
          const end =
            length !== null ? addDays(start, length - 1) : addDays({ y, m: months + 1, d: 1 }, -1);
          return { start, end };
        }
        const end = { y, m: 12, d: 31 };
        const start = length !== null ? addDays(end, 1 - length) : { y, m: 13 - months, d: 1 };
        return { start, end };
      };
      if (year) return explicit(make(Number(year)), "range");
      if (!ctx.ref) return null;
      // "the first nine months of this year", "… of last year".
      if (which) return relative(make(ctx.ref.y + yearShift(which)), "range");
      // The end of "the year" told as done is last year's while this year's still runs.
      const here = make(ctx.ref.y);
      return relative(first ? here : toldAsDone(ctx, here, make), "range");
    },
  },
  {
    key: "fiscal",
    // Not "fiscal 1987/88": that is a split year, read below.
    // Nor "fiscal 2025" in "the second quarter of fiscal 2025": the quarter rule reads that whole.
    re: /\b(?<!\b(?:quarter|half|Q[1-4]|H[12])\s+(?:of\s+)?)(?:(?:fiscal|financial)\s+(?:year\s+)?|FY\s?'?)(?<year>\d{4}|\d{2})\b(?![/-]\d)/gi,
    resolve: (m, ctx) => namedFiscalYear(m, ctx),
  },
  {
    key: "fiscal",
    // "for the 2026 fiscal year": the year before the words (not in "the first half of the 2026 financial
    // year", which the half rule reads whole).
    re: /\b(?<!\b(?:quarter|half|Q[1-4]|H[12])\s+of\s+(?:the\s+|its\s+)?)(?:the\s+)?(?<year>(?:19|20)\d{2})\s+(?:fiscal|financial)\s+year\b/gi,
    resolve: (m, ctx) => namedFiscalYear(m, ctx),
  },
  {
    // "1987/88" runs April to March unless its end is written out ("fiscal 1986/87 ending June 30", read
    // before single days, which would take "June 30" alone) or the story's year ends in another month (an
    // Australian story's "2025-26" runs July to June).
    first: true,
    key: "splitYear",
    re: new RegExp(
      `\\b((?:19|20)\\d{2})[/-](\\d{2})\\b(?![-/]\\d)(?:\\s+(?:ending|ended|ends|to)\\s+(?:on\\s+)?${MONTH}(?:\\s+(\\d{1,2})\\b)?)?`,
      "g",
    ),
    resolve: (m, ctx) => {
      const y = Number(m[1]);
      if ((y + 1) % 100 !== Number(m[2])) return null;
      if (m[3])
        return explicit(
          fiscalEnding(monthNumber(m[3]), m[4] ? Number(m[4]) : null, y + 1),
          "fiscal_year",
        );
      const after = m.input.slice(m.index + m[0].length, m.index + m[0].length + 20);
      const from = SPLIT_YEARS.find(([re]) => re.test(after))?.[1];
      if (from)
        return explicit(
          { start: monthPeriod(y, from).start, end: monthPeriod(y + 1, from - 1).end },
          "range",
        );
      return explicit(fiscalEnding(ctx.fiscalEnd ?? 3, null, y + 1), "fiscal_year");
    },
  },
];

/** A fiscal year named by its number: the US government's fiscal year 2025 ran from October 2024 to
 *  September 2025. A company's is its own: one the story says ends in April to November ("its financial
 *  year, which began on July 1") is named by the year it ends in, as Australian and American companies
 *  name theirs; a year ending in March is named by its start in Japan and by its end in India and Britain,
 *  so there the calendar year stands for it, as for a calendar not told, unless written "FY26". */
function namedFiscalYear(m: RegExpExecArray, ctx: RuleContext) {
  const fiscalEnd = ctx.fiscalEnd;
  const y = shortYear(m.groups!.year!);
  if (usFederal(m.input))
    return explicit({ start: { y: y - 1, m: 10, d: 1 }, end: { y, m: 9, d: 30 } }, "fiscal_year");
  // A year ending from April to November is named for the year it ends in (Oracle's, FedEx's and Nike's
  // fiscal 2025 ended in May 2025).
  if (fiscalEnd && fiscalEnd >= 4 && fiscalEnd <= 11)
    return explicit(fiscalEnding(fiscalEnd, null, y), "fiscal_year");
  // One ending in January or February is too (Nvidia's fiscal 2026 ran February 2025 to January 2026),
  // but many retailers name it for the year it begins in: a year looked ahead to that ended before
  // publication is the later one (U.S. Shoe "expects capital outlays in fiscal 1987", in March 1987).
  if (fiscalEnd && fiscalEnd <= 2) {
    const byEnd = fiscalEnding(fiscalEnd, null, y);
    const over = ctx.ref !== null && compare(byEnd.end, ctx.ref) < 0;
    return explicit(
      over && ctx.tense === "future" ? fiscalEnding(fiscalEnd, null, y + 1) : byEnd,
      "fiscal_year",
    );
  }
  // "FY26" of a year ending in March is the one ending in March 2026, as India and Britain write it.
  if (fiscalEnd === 3 && /^FY/i.test(m[0]))
    return explicit(fiscalEnding(fiscalEnd, null, y), "fiscal_year");
  return explicit(yearPeriod(y), "fiscal_year");
}
