// Time expressions chrono-node does not know: fiscal years, quarters, halves, bare years, decades,
// year ranges, targets ("by 2030"), spans ("the past five years") and months without a year.
import { parseNumberWords } from "../numbers.js";
import type { Granularity } from "../types.js";
import {
  addDays, addMonths, compare, type Day, daysInMonth, halfPeriod, monthNumber, monthPeriod, type Period,
  quarterPeriod, weekPeriod, yearPeriod,
} from "./calendar.js";

export interface RuleContext {
  ref: Day | null;
  future: boolean;
}

export interface Resolved {
  period: Period;
  granularity: Granularity;
  basis: "explicit" | "relative";
}

/** Which cheap trigger must fire in a sentence before a rule is worth running. */
export type RuleKey = "fiscal" | "splitYear" | "quarter" | "half" | "between" | "yearRange" | "decade" | "month" | "year" | "relative" | "ago";

export interface Rule {
  key: RuleKey;
  re: RegExp;
  /** Read before chrono-node, whose day-level reading would split the expression ("… ended June 30, 2024"). */
  first?: boolean;
  resolve: (m: RegExpExecArray, ctx: RuleContext) => Resolved | null;
}

const MONTH =
  "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
const YEAR = "((?:19|20)\\d{2})";
const ORD: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4 };
const NUM = "(\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty)";

const explicit = (period: Period, granularity: Granularity): Resolved => ({ period, granularity, basis: "explicit" });
const relative = (period: Period, granularity: Granularity): Resolved => ({ period, granularity, basis: "relative" });
const count = (w: string) => (/^\d+$/.test(w) ? Number(w) : /^an?$/i.test(w) ? 1 : (parseNumberWords(w) ?? 1));
const shortYear = (y: string) => (y.length === 2 ? 2000 + Number(y) : Number(y));

/** The latest (or, for future tense, the next) occurrence of a period picked by year. */
function nearest(ctx: RuleContext, make: (y: number) => Period): Period | null {
  if (!ctx.ref) return null;
  const here = make(ctx.ref.y);
  if (ctx.future) return compare(here.end, ctx.ref) >= 0 ? here : make(ctx.ref.y + 1);
  return compare(here.start, ctx.ref) <= 0 ? here : make(ctx.ref.y - 1);
}

function fiscalEnding(month: number, day: number | null, year: number): Period {
  const end = { y: year, m: month, d: day ?? daysInMonth(year, month) };
  return { start: addDays(addMonths(end, -12), 1), end };
}

function unitPeriod(ref: Day, unit: string, n: number): Day {
  if (/^day/.test(unit)) return addDays(ref, n);
  if (/^week/.test(unit)) return addDays(ref, 7 * n);
  if (/^month/.test(unit)) return addMonths(ref, n);
  if (/^decade/.test(unit)) return addMonths(ref, 120 * n);
  return addMonths(ref, 12 * n);
}

// One pass over a sentence names the rules that can match; most sentences need only one or two.
const TRIGGER = new RegExp(
  [
    "(\\b(?:[Ff]iscal|[Ff]inancial|FY))",
    "(\\d{4}[/-]\\d{2}\\b)",
    "(\\bQ[1-4]|[Qq]uarter)",
    "(\\bH[12]\\b|\\b[Hh]alf\\b)",
    "(\\b(?:[Bb]etween|[Ff]rom)\\s)",
    "(\\d{4}\\s?[-–]\\s?\\d{4})",
    "(\\d0s\\b)",
    "(\\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))",
    "(\\b(?:1[89]|20)\\d{2}\\b)",
    "(\\b(?:[Ll]ast|[Tt]his|[Nn]ext|[Pp]ast|[Pp]revious|[Cc]oming|[Cc]urrent)\\s)",
    "(\\bago\\b)",
  ].join("|"),
  // Case-sensitive on purpose: it lets the engine reject most positions on their first character.
  "g",
);

/** Rule keys in the order of TRIGGER's capture groups. */
const KEYS: RuleKey[] = ["fiscal", "splitYear", "quarter", "half", "between", "yearRange", "decade", "month", "year", "relative", "ago"];

export function triggeredRules(s: string): Set<RuleKey> {
  const keys = new Set<RuleKey>();
  TRIGGER.lastIndex = 0;
  for (let m = TRIGGER.exec(s); m; m = TRIGGER.exec(s)) {
    for (let g = 1; g <= KEYS.length; g++) if (m[g] !== undefined) keys.add(KEYS[g - 1]!);
  }
  return keys;
}

export const RULES: Rule[] = [
  {
    first: true,
    key: "fiscal",
    re: new RegExp(`\\b(?:the\\s+)?(?:financial|fiscal)\\s+year\\s+(?:ending|ended|ends|to|through)\\s+(?:on\\s+|in\\s+)?(?:(\\d{1,2})\\s+)?${MONTH}\\s*(\\d{1,2})?,?\\s+${YEAR}`, "gi"),
    resolve: (m) => explicit(fiscalEnding(monthNumber(m[2]!), m[1] || m[3] ? Number(m[1] ?? m[3]) : null, Number(m[4])), "fiscal_year"),
  },
  {
    key: "fiscal",
    re: /\b(?:(?:fiscal|financial)\s+(?:year\s+)?|FY\s?'?)(\d{4}|\d{2})\b/gi,
    resolve: (m) => explicit(yearPeriod(shortYear(m[1]!)), "fiscal_year"),
  },
  {
    key: "splitYear",
    re: /\b((?:19|20)\d{2})[/-](\d{2})\b(?![-/]\d)/g,
    resolve: (m) => {
      const y = Number(m[1]);
      if ((y + 1) % 100 !== Number(m[2])) return null;
      return explicit({ start: { y, m: 4, d: 1 }, end: { y: y + 1, m: 3, d: 31 } }, "fiscal_year");
    },
  },
  {
    key: "quarter",
    re: new RegExp(`\\b(?:Q([1-4])(?![\\d])|(first|second|third|fourth|1st|2nd|3rd|4th)[\\s-]quarter)(?:\\s+(?:of\\s+)?(?:fiscal\\s+)?(?:${YEAR}|'(\\d{2}))|\\s?(\\d{2})\\b)?`, "gi"),
    resolve: (m, ctx) => {
      const q = m[1] ? Number(m[1]) : ORD[m[2]!.toLowerCase()]!;
      const y = m[3] ? Number(m[3]) : m[4] ? 2000 + Number(m[4]) : m[5] ? 2000 + Number(m[5]) : null;
      if (y !== null) return explicit(quarterPeriod(y, q), "quarter");
      const p = nearest(ctx, (yy) => quarterPeriod(yy, q));
      return p && relative(p, "quarter");
    },
  },
  {
    key: "half",
    re: new RegExp(`\\b(?:H([12])\\b|(first|second)\\s+half)(?:\\s+(?:of\\s+)?${YEAR})?`, "gi"),
    resolve: (m, ctx) => {
      const h = m[1] ? Number(m[1]) : m[2]!.toLowerCase() === "first" ? 1 : 2;
      if (m[3]) return explicit(halfPeriod(Number(m[3]), h), "half");
      const p = nearest(ctx, (y) => halfPeriod(y, h));
      return p && relative(p, "half");
    },
  },
  {
    key: "between",
    re: new RegExp(`\\b(?:between|from)\\s+(?:${MONTH}\\s+)?${YEAR}\\s+(?:and|to|until|through)\\s+(?:${MONTH}\\s+)?${YEAR}\\b`, "gi"),
    resolve: (m) => {
      const start = m[1] ? monthPeriod(Number(m[2]), monthNumber(m[1])).start : yearPeriod(Number(m[2])).start;
      const end = m[3] ? monthPeriod(Number(m[4]), monthNumber(m[3])).end : yearPeriod(Number(m[4])).end;
      return compare(start, end) <= 0 ? explicit({ start, end }, "range") : null;
    },
  },
  {
    key: "yearRange",
    re: /\b((?:19|20)\d{2})\s?[-–]\s?((?:19|20)\d{2})\b/g,
    resolve: (m) => (Number(m[1]) < Number(m[2]) ? explicit({ start: yearPeriod(Number(m[1])).start, end: yearPeriod(Number(m[2])).end }, "range") : null),
  },
  {
    key: "decade",
    re: /\b(?:the\s+)?((?:1[89]|20)\d0)s\b/g,
    resolve: (m) => explicit({ start: yearPeriod(Number(m[1])).start, end: yearPeriod(Number(m[1]) + 9).end }, "decade"),
  },
  {
    key: "between",
    re: new RegExp(`\\b(?:from|between)\\s+${MONTH}\\s+(?:to|until|through|and)\\s+${MONTH}(?:,?\\s+${YEAR})?`, "gi"),
    resolve: (m, ctx) => {
      const [a, b] = [monthNumber(m[1]!), monthNumber(m[2]!)];
      const y = m[3] ? Number(m[3]) : (nearest(ctx, (yy) => monthPeriod(yy, b))?.start.y ?? null);
      if (y === null) return null;
      const start = monthPeriod(a <= b ? y : y - 1, a).start;
      return { period: { start, end: monthPeriod(y, b).end }, granularity: "range", basis: m[3] ? "explicit" : "relative" };
    },
  },
  {
    key: "month",
    re: new RegExp(`\\b${MONTH},?\\s+${YEAR}\\b`, "g"),
    resolve: (m) => explicit(monthPeriod(Number(m[2]), monthNumber(m[1]!)), "month"),
  },
  {
    key: "year",
    re: new RegExp(`\\b(by|until|through|since)\\s+(?:the\\s+end\\s+of\\s+)?${YEAR}\\b`, "gi"),
    resolve: (m, ctx) => {
      const y = Number(m[2]);
      const word = m[1]!.toLowerCase();
      if (word === "since") {
        const end = ctx.ref ?? yearPeriod(y).end;
        return explicit({ start: yearPeriod(y).start, end: compare(end, yearPeriod(y).start) >= 0 ? end : yearPeriod(y).end }, "range");
      }
      const start = ctx.ref && compare(ctx.ref, yearPeriod(y).end) <= 0 ? ctx.ref : yearPeriod(y).start;
      return explicit({ start, end: yearPeriod(y).end }, "year");
    },
  },
  {
    key: "year",
    re: new RegExp(`(?<![$€£¥\\d.,])\\b${YEAR}\\b(?!\\s*(?:%|percent|per cent|million|billion|[-/]\\d))`, "g"),
    resolve: (m) => explicit(yearPeriod(Number(m[1])), "year"),
  },
  {
    key: "relative",
    re: /\b(last|this|next|past|previous|coming|current)\s+(year|month|week|quarter)\b/gi,
    resolve: (m, ctx) => {
      if (!ctx.ref) return null;
      const [which, unit] = [m[1]!.toLowerCase(), m[2]!.toLowerCase()];
      const shift = which === "last" || which === "past" || which === "previous" ? -1 : which === "next" || which === "coming" ? 1 : 0;
      if (unit === "year") return relative(yearPeriod(ctx.ref.y + shift), "year");
      if (unit === "month") {
        const x = addMonths(ctx.ref, shift);
        return relative(monthPeriod(x.y, x.m), "month");
      }
      if (unit === "quarter") {
        const x = addMonths(ctx.ref, 3 * shift);
        return relative(quarterPeriod(x.y, Math.ceil(x.m / 3)), "quarter");
      }
      return relative(weekPeriod(addDays(ctx.ref, 7 * shift)), "week");
    },
  },
  {
    key: "relative",
    re: /\bearlier\s+this\s+(year|month)\b/gi,
    resolve: (m, ctx) => {
      if (!ctx.ref) return null;
      const start = m[1]!.toLowerCase() === "year" ? { y: ctx.ref.y, m: 1, d: 1 } : { ...ctx.ref, d: 1 };
      return relative({ start, end: ctx.ref }, "range");
    },
  },
  {
    key: "relative",
    re: new RegExp(`\\b(?:the\\s+)?(?:past|last|previous)\\s+${NUM}\\s+(days|weeks|months|years|decades)\\b`, "gi"),
    resolve: (m, ctx) => (ctx.ref ? relative({ start: unitPeriod(ctx.ref, m[2]!.toLowerCase(), -count(m[1]!)), end: ctx.ref }, "range") : null),
  },
  {
    key: "ago",
    re: new RegExp(`\\b${NUM}\\s+(days?|weeks?|months?|years?)\\s+ago\\b`, "gi"),
    resolve: (m, ctx) => {
      if (!ctx.ref) return null;
      const unit = m[2]!.toLowerCase();
      const at = unitPeriod(ctx.ref, unit, -count(m[1]!));
      if (unit.startsWith("year")) return relative(yearPeriod(at.y), "year");
      if (unit.startsWith("month")) return relative(monthPeriod(at.y, at.m), "month");
      if (unit.startsWith("week")) return relative(weekPeriod(at), "week");
      return relative({ start: at, end: at }, "day");
    },
  },
  {
    key: "month",
    re: new RegExp(`\\b(?:in|during|since|until|by|last|this|next|early|late|mid-?|from|of|through|before|after)\\s+${MONTH}(?!\\s*\\d)`, "gi"),
    resolve: (m, ctx) => {
      if (!/^[A-Z]/.test(m[1]!)) return null;
      const p = nearest(ctx, (y) => monthPeriod(y, monthNumber(m[1]!)));
      return p && relative(p, "month");
    },
  },
  {
    key: "month",
    re: new RegExp(`^${MONTH}(?=,?\\s)(?!\\s*\\d)`, "g"),
    resolve: (m, ctx) => {
      const p = nearest(ctx, (y) => monthPeriod(y, monthNumber(m[1]!)));
      return p && relative(p, "month");
    },
  },
];
