// Periods written as two parts: a year and its quarter or half ("the 1986 fourth quarter", "1987
// first-half", the analysts' "1Q24" and "1H 2024"), a year and the month it ends in ("the September year"),
// two months ("January and February", "March to May 1987", "April-June") and two days of a month.
import {
  daysInMonth,
  halfPeriod,
  monthNumber,
  monthPeriod,
  quarterPeriod,
  yearPeriod,
} from "./calendar.js";
import {
  explicit,
  fiscalEnding,
  MONTH,
  nearest,
  ORD,
  type Resolved,
  type Rule,
  type RuleContext,
  relative,
  shortYear,
  tenseAfter,
  toldAsDone,
  YEAR,
} from "./rule-kit.js";

export const YEAR_PART_RULES: Rule[] = [
  {
    key: "quarter",
    re: new RegExp(
      `\\b${YEAR}\\s+(first|second|third|fourth|1st|2nd|3rd|4th)[\\s-]quarter\\b`,
      "gi",
    ),
    resolve: (m) => explicit(quarterPeriod(Number(m[1]), ORD[m[2]!.toLowerCase()]!), "quarter"),
  },
  {
    key: "half",
    re: new RegExp(`\\b${YEAR}\\s+(first|second|1st|2nd)[\\s-]half\\b`, "gi"),
    resolve: (m) => explicit(halfPeriod(Number(m[1]), ORD[m[2]!.toLowerCase()]!), "half"),
  },
  {
    key: "quarter",
    re: /\b([1-4])Q\s?'?(\d{4}|\d{2})\b/g,
    resolve: (m) => explicit(quarterPeriod(shortYear(m[2]!), Number(m[1])), "quarter"),
  },
  {
    key: "half",
    re: /\b([12])H\s?'?(\d{4}|\d{2})\b/g,
    resolve: (m) => explicit(halfPeriod(shortYear(m[2]!), Number(m[1])), "half"),
  },
];

// New Zealand and Australian statistics count years by the month they end in: "the largest on record for a
// September year", "in the June 2025 year" (not "the March year-end").
export const MONTH_YEAR_RULES: Rule[] = [
  {
    key: "month",
    re: new RegExp(
      String.raw`\b(?:the|a)\s+${MONTH}\s+(?:${YEAR}\s+)?year\b(?![-\s](?:end|earlier|ago|before)\b)`,
      "g",
    ),
    resolve: (m, ctx) => {
      const month = monthNumber(m[1]!);
      if (m[2]) return explicit(fiscalEnding(month, null, Number(m[2])), "fiscal_year");
      const ending = (y: number) => fiscalEnding(month, null, y);
      const p = nearest(ctx, ending);
      return p && relative(toldAsDone(ctx, p, ending), "fiscal_year");
    },
  },
];

/** The months from `a` to `b` (into the next year when `b` comes first), ending in `year`, or else in the
 *  year `nearest` gives the end month. */
export function monthRange(
  a: number,
  b: number,
  year: string | undefined,
  ctx: RuleContext,
): Resolved | null {
  const y = year ? Number(year) : (nearest(ctx, (yy) => monthPeriod(yy, b))?.start.y ?? null);
  if (y === null) return null;
  return {
    period: { start: monthPeriod(a <= b ? y : y - 1, a).start, end: monthPeriod(y, b).end },
    granularity: "range",
    basis: year ? "explicit" : "relative",
  };
}

// Also "April-June 2024", "Jan–Mar 2025", "the July-to-September period".
export const MONTH_PAIR_RULES: Rule[] = [
  {
    // Months joined by "and" make one period only when they follow each other: "January and March" are
    // two months apart, not a quarter. Two apart, the first dates the claim, in the year written after the
    // second ("raised £11bn in June and October 2008" is of June 2008, not this June).
    key: "month",
    re: new RegExp(
      `\\b${MONTH}\\s*(?:(and)|to|through|until|[-–](?:to[-–])?)\\s*${MONTH}(?:,?\\s+${YEAR}\\b)?`,
      "g",
    ),
    resolve: (m, ctx) => {
      const [a, b] = [monthNumber(m[1]!), monthNumber(m[3]!)];
      if (m[2] && b !== (a % 12) + 1 && a < b && m[4])
        return explicit(monthPeriod(Number(m[4]), a), "month");
      if ((m[2] && b !== (a % 12) + 1) || a === b) return null;
      return monthRange(a, b, m[4], tenseAfter(m, ctx));
    },
  },
];

// "for the week from Nov 13 to 19", "between Nov 13 and 19", "13 to 19 November": the days from one to the
// other of a month (not "Nov 13 to 19 million").
const NOT_A_DAY = String.raw`(?!\s*(?:%|per\s*cent|percent|pct|million|billion|thousand|bn|mn|[.,]\d))`;
const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;
/** Days `a` to `b` of `month`, in `year` or the year `nearest` gives. */
function dayRange(a: number, b: number, month: number, year: string | undefined, ctx: RuleContext) {
  const make = (y: number) =>
    b > daysInMonth(y, month) ? null : { start: { y, m: month, d: a }, end: { y, m: month, d: b } };
  if (a < 1 || b <= a) return null;
  const p = year ? make(Number(year)) : nearest(ctx, make);
  return p && (year ? explicit(p, "range") : relative(p, "range"));
}

/** From day `a` of `am` to day `b` of `bm`, ending in `year` or the year `nearest` gives the end; a span
 *  whose first month comes after its last began the year before ("from 15 December to 10 January"). */
function crossMonthRange(
  [a, am]: [number, number],
  [b, bm]: [number, number],
  year: string | undefined,
  ctx: RuleContext,
): Resolved | null {
  if (am === bm || a > 31 || b > 31) return null;
  const make = (y: number) => {
    const y0 = am < bm ? y : y - 1;
    if (a > daysInMonth(y0, am) || b > daysInMonth(y, bm)) return null;
    return { start: { y: y0, m: am, d: a }, end: { y, m: bm, d: b } };
  };
  const p = year ? make(Number(year)) : nearest(ctx, make);
  return p && (year ? explicit(p, "range") : relative(p, "range"));
}

// "from 7am on June 27 to 7am on July 2": the hour of each end tells no more than its day.
const AT_HOUR = String.raw`(?:\d{1,2}(?:[:.]\d{2})?\s?(?:am|pm|a\.m\.|p\.m\.)\s+on\s+)?`;

// Read before single days, which would take "Nov 13" alone.
export const DAY_PAIR_RULES: Rule[] = [
  {
    // "from 16 August to 15 November", "between Nov. 13 and Dec. 5, 2024", "from 7am on June 27 to 7am on
    // July 2": days of two months, one span ("and" only after "between": "on 3 March and 5 April" are two
    // days). "from" is read with it: a span from one day to another is no baseline ("rose 4% over the
    // period from 16 August to 15 November").
    first: true,
    key: "month",
    re: new RegExp(
      String.raw`\b(?:(between)\s+|from\s+)?${AT_HOUR}(?:${DAY}\s+(?:of\s+)?${MONTH}|${MONTH}\s+${DAY}\b)\s*(?:(and)|to|until|through|[-–])\s*${AT_HOUR}(?:${DAY}\s+(?:of\s+)?${MONTH}|${MONTH}\s+${DAY}\b)${NOT_A_DAY}(?:,?\s+${YEAR}\b)?`,
      "g",
    ),
    resolve: (m, ctx) => {
      if (m[6] && !m[1]) return null;
      const first: [number, number] = m[2]
        ? [Number(m[2]), monthNumber(m[3]!)]
        : [Number(m[5]), monthNumber(m[4]!)];
      const last: [number, number] = m[7]
        ? [Number(m[7]), monthNumber(m[8]!)]
        : [Number(m[10]), monthNumber(m[9]!)];
      return crossMonthRange(first, last, m[11], tenseAfter(m, ctx));
    },
  },
  {
    first: true,
    key: "month",
    re: new RegExp(
      String.raw`\b(?:(between)\s+)?${MONTH}\s+${DAY}\s*(?:(and)|to|until|through|[-–])\s*${DAY}\b${NOT_A_DAY}(?:,?\s+${YEAR}\b)?`,
      "g",
    ),
    resolve: (m, ctx) =>
      m[4] && !m[1]
        ? null
        : dayRange(Number(m[3]), Number(m[5]), monthNumber(m[2]!), m[6], tenseAfter(m, ctx)),
  },
  {
    first: true,
    key: "month",
    re: new RegExp(
      String.raw`\b${DAY}\s*(?:to|until|through|[-–])\s*${DAY}\s+(?:of\s+)?${MONTH}(?:,?\s+${YEAR}\b)?`,
      "g",
    ),
    resolve: (m, ctx) =>
      dayRange(Number(m[1]), Number(m[2]), monthNumber(m[3]!), m[4], tenseAfter(m, ctx)),
  },
];

export const YEAR_PAIR_RULES: Rule[] = [
  {
    // "shed 27,000 jobs across 2022 and 2023", "laid off 21,000 people in 2022 and 2023": two years that
    // follow each other are one span, of both ("in 2019 and 2023" are two years apart, and the first dates
    // the claim; "9% in both 1990 and 1991" names each year, as TimeBank reads it).
    key: "year",
    re: new RegExp(
      `\\b(?:[Aa]cross|[Dd]uring|[Oo]ver|[Tt]hroughout|[Ii]n|[Ff]or)\\s+${YEAR}\\s+and\\s+${YEAR}\\b(?!\\s*(?:%|percent|per cent|million|billion))`,
      "g",
    ),
    resolve: (m) => {
      const [a, b] = [Number(m[1]), Number(m[2])];
      if (b !== a + 1) return null;
      return explicit({ start: yearPeriod(a).start, end: yearPeriod(b).end }, "range");
    },
  },
];
