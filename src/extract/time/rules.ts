// Periods chrono-node does not know: fiscal years, quarters, halves, bare years, decades, year ranges,
// targets ("by 2030"), spans ("the past five years") and months without a year.

import { MONTH_NAMES } from "../lexicon/words.js";
import {
  addMonths,
  compare,
  halfPeriod,
  monthNumber,
  monthPeriod,
  quarterPeriod,
  weekPeriod,
  yearPeriod,
} from "./calendar.js";
import { ERA_RULES } from "./era-rules.js";
import { FISCAL_RULES } from "./fiscal-rules.js";
import { HOLIDAY_RULES } from "./holiday-rules.js";
import { MONTH_PART_RULES } from "./month-part-rules.js";
import {
  DAY_PAIR_RULES,
  MONTH_PAIR_RULES,
  MONTH_YEAR_RULES,
  monthRange,
  YEAR_PAIR_RULES,
  YEAR_PART_RULES,
} from "./pair-rules.js";
import { RELATIVE_RULES } from "./relative-rules.js";
import {
  count,
  deadlineTense,
  explicit,
  MONTH,
  NUM,
  nearest,
  nearestReported,
  ORD,
  type Rule,
  type RuleContext,
  relative,
  runToPublication,
  shortYear,
  toldAsDone,
  unitPeriod,
  YEAR,
  yearShift,
} from "./rule-kit.js";
import { partOfFiscalYear } from "./story-year.js";

// What happened "since": "since taking office in", "since it went public in", "since prices peaked in",
// "since President Bola Tinubu took office in".
// Or what happened then, named by the time before it: "since its October 2020 low", "since the 2008 crash".
const SINCE_WHAT = String.raw`(?:(?:[\w'’.-]+\s+){1,8}?in\s+|(?:its|their|the|his|her|an?)\s+)?`;
const REPORT_OF_MONTH =
  /^\s+(?:[a-z]+\s+){0,2}?(?:report|data|figures|numbers|reading|survey|payrolls|statistics)\b/;
// "The figures for April will be published next week", in May: the figures for a month, as its report.
const FIGURES_FOR = /\b(?:report|data|figures|numbers|reading|survey|statistics)\s+for\s+$/i;
// "warned the rise in stamp duty from April could cool demand": a month inside what a modal tells of is
// ahead, however the saying is told (not "could have").
const MODAL_NEXT = /^\s+(?:could|would|will|may|might)\s+(?!have\b)/;
const DECADE_PART: Record<string, [number, number]> = { early: [0, 3], mid: [4, 6], late: [7, 9] };

const FISCAL_BEFORE = /\b(?:fiscal|financial)[\s-]$/i;
const before = (m: RegExpExecArray, n: number) => m.input.slice(Math.max(0, m.index - n), m.index);
// A half of anything but a stretch of time is no half-year: "covered the second half of the course in 59
// minutes" (not "the second half of the company's financial year").
const RACE_HALF =
  /^\s+(?:in\s+\d|of\s+(?:the|its|their|his|her)\s+(?![^.;,]{0,30}?\b(?:year|decade|century|month|period|quarter|(?:19|20)\d\d)\b)[a-z])/;
// "Erling Haaland scored twice in the first half", "were 1-0 up at the end of the first half".
const MATCH_HALF_BEFORE =
  /\b(?:scored|scores|scoring|netted|nets|goals?|trailed|trailing|penalty|header|equaliser|equalizer|opener|\d+-\d+\s+(?:up|down))\b[^.;]{0,40}?\b(?:in|of|at\s+the\s+end\s+of|before|during)\s+the\s+$/;

// "confirmed in the October Budget", "since the March election": an event named by its month is of that
// month.
const MONTH_EVENTS =
  "Budget|budget|election|elections|referendum|summit|statement|spending review|mini-budget";
// "the last quarter of 2023", "the last half of last year": the year after "last" names it ("last quarter"
// alone is the one before now).
const YEAR_OF = String.raw`(?:(?:fiscal|financial)\s+(?:year\s+)?)?(?:(?:19|20)\d\d|(?:this|last|next)\s+year)\b`;

export const PERIOD_RULES: Rule[] = [
  ...HOLIDAY_RULES,
  ...MONTH_PART_RULES,
  ...FISCAL_RULES,
  ...YEAR_PART_RULES,
  {
    key: "quarter",
    re: new RegExp(
      `\\b(?:Q([1-4])(?![\\d])|(first|second|third|fourth|final|1st|2nd|3rd|4th|last(?=\\s+quarter\\s+of\\s+${YEAR_OF}))[\\s-]quarter(?!ly)(?!\\s+of\\s+(?:the\\s+|a\\s+)?(?:match|game|contest|tie|race|century|decade)\\b))(?:\\s+(?:of\\s+)?(?:(?:fiscal|financial)\\s+(?:year\\s+)?)?(?:${YEAR}|'(\\d{2}))|\\s?(\\d{2})\\b|\\s+(?:of\\s+)?FY\\s?'?(\\d{4}|\\d{2})\\b|\\s+of\\s+(this|next|last)\\s+year\\b|\\s+of\\s+(?:the|its)\\s+${YEAR}\\s+(?:fiscal|financial)\\s+year\\b)?`,
      "gi",
    ),
    resolve: (m, ctx) => {
      // "the final quarter" is the fourth (of a game, no time: excluded above), and so is "the last quarter
      // of 2023".
      const q = m[1] ? Number(m[1]) : (ORD[m[2]!.toLowerCase()] ?? 4);
      const short = m[4] ?? m[5] ?? m[6];
      // "the third quarter of the 2025 fiscal year" is read as "of fiscal 2025" (companyQuarter).
      const ofYear = m[3] ?? m[8];
      const y = ofYear ? Number(ofYear) : short ? shortYear(short) : null;
      // "Q3 FY25": a quarter of the financial year that ends in y, by the story's calendar when it has
      // said one; else the calendar's, unless that quarter is still ahead of a result told as done, when
      // the year most often meant is April to March ("Q3 FY25" reported in June 2025 is October–December).
      const calendar = y === null ? null : quarterPeriod(y, q);
      if (y !== null && m[6]) {
        const end =
          ctx.fiscalEnd ??
          (ctx.tense === "past" && ctx.ref && compare(calendar!.start, ctx.ref) > 0 ? 3 : 12);
        if (end !== 12) return explicit(partOfFiscalYear(q, 3, end, y), "quarter");
      }
      if (calendar) return explicit(calendar, "quarter");
      // "the first quarter of next year".
      const named = m[7] && ctx.ref ? ctx.ref.y + yearShift(m[7]) : null;
      if (named !== null) return relative(quarterPeriod(named, q), "quarter");
      // "reported revenue for its fiscal fourth quarter", its financial year unknown: not the calendar's
      // fourth quarter but the one just ended, as results come weeks after a quarter closes.
      if (ctx.ref && ctx.tense === "past" && !ctx.fiscalEnd && FISCAL_BEFORE.test(before(m, 8))) {
        const ended = addMonths({ y: ctx.ref.y, m: ctx.ref.m, d: 1 }, -3);
        return relative(quarterPeriod(ended.y, Math.ceil(ended.m / 3)), "quarter");
      }
      const p = nearestReported(ctx, (yy) => quarterPeriod(yy, q));
      return p && relative(p, "quarter");
    },
  },
  {
    // "the first three quarters of 2024" runs January to September; "the last two quarters of 2023", July
    // to December. A fiscal year's quarters are left to the fiscal rules; "the last two quarters" alone
    // are the ones just ended (a relative rule).
    key: "quarters",
    re: new RegExp(
      `\\b(first|last|final)\\s+(two|three|2|3)\\s+quarters\\b(?!\\s+of\\s+(?:the\\s+)?(?:fiscal|financial)\\b)(?:\\s+of\\s+(?:the\\s+year\\s+)?${YEAR})?`,
      "gi",
    ),
    resolve: (m, ctx) => {
      const n = count(m[2]!);
      const first = /^first$/i.test(m[1]!);
      const [from, to] = first ? [1, n] : [5 - n, 4];
      const make = (y: number) => ({
        start: quarterPeriod(y, from).start,
        end: quarterPeriod(y, to).end,
      });
      if (m[3]) return explicit(make(Number(m[3])), "range");
      const p = first ? nearestReported(ctx, make) : null;
      return p && relative(toldAsDone(ctx, p, make), "range");
    },
  },
  {
    key: "half",
    re: new RegExp(
      `\\b(?:H([12])\\b|(first|second|front|back|last(?=\\s+half\\s+of\\s+${YEAR_OF}))[\\s-]half)(?:\\s+(?:of\\s+)?(?:(?:fiscal|financial)\\s+(?:year\\s+)?)?${YEAR}|\\s+of\\s+(this|next|last)\\s+year\\b|\\s+of\\s+(?:the|its)\\s+${YEAR}\\s+(?:fiscal|financial)\\s+year\\b|\\s+(?:of\\s+)?FY\\s?'?(\\d{4}|\\d{2})\\b)?`,
      "gi",
    ),
    resolve: (m, ctx) => {
      // "the back half of the year" is its second.
      const h = m[1] ? Number(m[1]) : /^(?:first|front)$/i.test(m[2]!) ? 1 : 2;
      // "H1 FY25", "the first half of FY26": a half of the financial year ending in that year, April to
      // March unless the story has told its own.
      if (m[6]) {
        const fy = shortYear(m[6]);
        return explicit(partOfFiscalYear(h, 6, ctx.fiscalEnd ?? 3, fy), "half");
      }
      const year = m[3] ?? m[5];
      // "the first half of the 2026 financial year", of a company whose year ends in June: July to
      // December 2025.
      if (year && ctx.fiscalEnd && ctx.fiscalEnd !== 12 && /fiscal|financial/i.test(m[0]))
        return explicit(partOfFiscalYear(h, 6, ctx.fiscalEnd, Number(year)), "half");
      if (year) return explicit(halfPeriod(Number(year), h), "half");
      // "the second half of next year".
      if (m[4] && ctx.ref) return relative(halfPeriod(ctx.ref.y + yearShift(m[4]), h), "half");
      // A half of a race or a match: "ran the second half in 59 minutes", "the first half of the game".
      const end = m.index + m[0].length;
      if (
        RACE_HALF.test(m.input.slice(end, end + 30)) ||
        MATCH_HALF_BEFORE.test(m.input.slice(Math.max(0, m.index - 60), m.index)) ||
        ctx.inMatch?.()
      )
        return null;
      const p = nearestReported(ctx, (y) => halfPeriod(y, h));
      return p && relative(p, "half");
    },
  },
  {
    key: "between",
    // "between September 2024 and May this year": the second end may be told from publication; "between
    // January 2021 and his arrest in October 2023": or by what happened then.
    re: new RegExp(
      `\\b(?:between|from)\\s+(?:${MONTH}\\s+)?${YEAR}\\s+(?:and|to|until|through)\\s+(?:(?:his|her|its|their|the)\\s+[a-z]+\\s+in\\s+)?(?:(?:${MONTH}\\s+)?${YEAR}\\b|${MONTH}\\s+(this|last)\\s+year\\b)`,
      "gi",
    ),
    resolve: (m, ctx) => {
      const start = m[1]
        ? monthPeriod(Number(m[2]), monthNumber(m[1])).start
        : yearPeriod(Number(m[2])).start;
      if (m[6] && !ctx.ref) return null;
      const end = m[6]
        ? monthPeriod(ctx.ref!.y - (m[6].toLowerCase() === "last" ? 1 : 0), monthNumber(m[5]!)).end
        : m[3]
          ? monthPeriod(Number(m[4]), monthNumber(m[3])).end
          : yearPeriod(Number(m[4])).end;
      return compare(start, end) <= 0 ? explicit({ start, end }, "range") : null;
    },
  },
  {
    key: "yearRange",
    re: /\b((?:19|20)\d{2})\s?[-–]\s?((?:19|20)\d{2})\b/g,
    resolve: (m) =>
      Number(m[1]) < Number(m[2])
        ? explicit(
            { start: yearPeriod(Number(m[1])).start, end: yearPeriod(Number(m[2])).end },
            "range",
          )
        : null,
  },
  ...ERA_RULES,
  {
    key: "decade",
    // "the 1980s"; "the early 1980s" is 1980–1983, "the mid-1990s" 1994–1996, "the late 1990s" 1997–1999.
    re: /\b(?:the\s+)?(?:(early|mid|late)[-\s]?)?((?:1[89]|20)\d0)s\b/gi,
    resolve: (m) => {
      const y = Number(m[2]);
      const [from, to] = DECADE_PART[m[1]?.toLowerCase() ?? ""] ?? [0, 9];
      return explicit(
        { start: yearPeriod(y + from).start, end: yearPeriod(y + to).end },
        m[1] ? "range" : "decade",
      );
    },
  },
  {
    // "the decade to 2020" is 2011–2020; "the five years to 2023", 2019–2023.
    key: "decade",
    re: new RegExp(
      `\\bthe\\s+(?:(?:past|last|previous)\\s+)?(?:decade|${NUM}\\s+years)\\s+(?:to|through|ending(?:\\s+in)?|ended(?:\\s+in)?)\\s+${YEAR}\\b`,
      "gi",
    ),
    resolve: (m) => {
      const n = m[1] ? count(m[1]) : 10;
      const y = Number(m[2]);
      return n >= 2 && n <= 50
        ? explicit({ start: yearPeriod(y - n + 1).start, end: yearPeriod(y).end }, "range")
        : null;
    },
  },
  {
    key: "between",
    re: new RegExp(
      `\\b(?:from|between)\\s+${MONTH}\\s+(?:to|until|through|and)\\s+${MONTH}(?:,?\\s+${YEAR})?`,
      "gi",
    ),
    resolve: (m, ctx) => monthRange(monthNumber(m[1]!), monthNumber(m[2]!), m[3], ctx),
  },
  ...DAY_PAIR_RULES,
  ...MONTH_YEAR_RULES,
  ...MONTH_PAIR_RULES,
  ...YEAR_PAIR_RULES,
  {
    // "treated within 18 weeks by March 2026": a deadline, from publication to the month's end (as "by 2029"
    // runs to that year's).
    key: "month",
    // "by June 2026", "no later than April 2026": from publication to that month's end.
    re: new RegExp(
      `\\b(?:by|until|no\\s+later\\s+than)\\s+(?:the\\s+end\\s+of\\s+)?${MONTH},?\\s+${YEAR}\\b`,
      "gi",
    ),
    resolve: (m, ctx) => {
      const month = monthPeriod(Number(m[2]), monthNumber(m[1]!));
      // A month already begun is read as the month itself, by the rule below.
      if (!ctx.ref || compare(ctx.ref, month.start) >= 0) return null;
      return explicit({ start: ctx.ref, end: month.end }, "range");
    },
  },
  {
    key: "month",
    // "since November 2021", "since it went public in November 2021": from that month to publication.
    re: new RegExp(`\\b(?:(since)\\s+${SINCE_WHAT})?${MONTH},?\\s+${YEAR}\\b`, "g"),
    resolve: (m, ctx) => {
      const month = monthPeriod(Number(m[3]), monthNumber(m[2]!));
      const run = m[1] ? runToPublication(month, ctx.ref) : null;
      return run ? explicit(run, "range") : explicit(month, "month");
    },
  },
  {
    key: "month",
    // "in May last year", "by June next year": that year's month; "since … in May last year" runs from it
    // to publication.
    re: new RegExp(`\\b(?:(since)\\s+${SINCE_WHAT})?${MONTH}\\s+(last|this|next)\\s+year\\b`, "gi"),
    resolve: (m, ctx) => {
      if (!ctx.ref || !/^[A-Z]/.test(m[2]!)) return null;
      const month = monthPeriod(ctx.ref.y + yearShift(m[3]!), monthNumber(m[2]!));
      const run = m[1] ? runToPublication(month, ctx.ref) : null;
      return run ? relative(run, "range") : relative(month, "month");
    },
  },
  {
    key: "year",
    // "since 2019", "since at least 2019", "since taking office in 2021", "since prices peaked in 2022": from
    // that year to publication.
    re: new RegExp(
      `\\b(by|until|through|since(?:\\s+at\\s+least)?)\\s+(?:(?<=since\\s+)${SINCE_WHAT})?(?:the\\s+end\\s+of\\s+)?${YEAR}\\b`,
      "gi",
    ),
    resolve: (m, ctx) => {
      const y = Number(m[2]);
      const word = m[1]!.toLowerCase();
      if (word.startsWith("since"))
        return explicit(runToPublication(yearPeriod(y), ctx.ref) ?? yearPeriod(y), "range");
      const start =
        ctx.ref && compare(ctx.ref, yearPeriod(y).end) <= 0 ? ctx.ref : yearPeriod(y).start;
      return explicit({ start, end: yearPeriod(y).end }, "year");
    },
  },
  {
    key: "year",
    // "closed at 2082.1" is an index level, not a year, nor is the offer side of a quote ("4.1850/1900");
    // "the total for 2024 so far" and "so far in 2025" run to publication.
    re: new RegExp(
      `(?<![$€£¥\\d.,]|\\.\\d+/)(?<before>so\\s+far\\s+in\\s+)?\\b${YEAR}\\b(?!\\s*(?:%|percent|per cent|million|billion|[-/]\\d)|[.,]\\d)(\\s+so\\s+far\\b)?`,
      "g",
    ),
    resolve: (m, ctx) => {
      const year = yearPeriod(Number(m[2]));
      const sofar = m[3] || m.groups!.before ? runToPublication(year, ctx.ref) : null;
      return sofar ? explicit(sofar, "range") : explicit(year, "year");
    },
  },
  ...RELATIVE_RULES,
  {
    key: "ago",
    // "a decade ago", "two decades ago": the year that far back, as "ten years ago" is.
    re: new RegExp(`\\b${NUM}\\s+(days?|weeks?|months?|years?|decades?)\\s+ago\\b`, "gi"),
    resolve: (m, ctx) => {
      if (!ctx.ref) return null;
      const unit = m[2]!.toLowerCase().replace(/^decades?/, "years");
      const decades = /^decade/i.test(m[2]!);
      // "launched the revolution more than four decades ago": history told as a span, not a year.
      if (
        decades &&
        /\b(?:more\s+than|over)\s+$/i.test(m.input.slice(Math.max(0, m.index - 12), m.index))
      )
        return null;
      const n = count(m[1]!) * (decades ? 10 : 1);
      const at = unitPeriod(ctx.ref, unit, -n);
      if (unit.startsWith("year")) return relative(yearPeriod(at.y), "year");
      if (unit.startsWith("month")) return relative(monthPeriod(at.y, at.m), "month");
      if (unit.startsWith("week")) return relative(weekPeriod(at), "week");
      return relative({ start: at, end: at }, "day");
    },
  },
  {
    key: "month",
    // "by end-December", "mid-March": a month with a hyphened part of it. "a fall of 4% on September",
    // "compared with September": a month a figure is set against (the baselines tell it so).
    re: new RegExp(
      `\\b(?:(in|during|since|until|by|last|this|next|early|late|mid-?|from|of|through|before|after|on|with|versus|against|the(?=\\s+(?:${MONTH_NAMES})\\s+(?:${MONTH_EVENTS})\\b))\\s+|(?:end|mid|early|late)-)${MONTH}(?![a-z]|\\s*\\d|\\/)`,
      "gi",
    ),
    resolve: (m, ctx) => {
      if (!/^[A-Z]/.test(m[2]!)) return null;
      // "last April" is the latest April gone, "next April" the first to come, whatever the verbs say.
      const which = m[1]?.toLowerCase();
      // "since January" is a January gone, whatever the verbs say.
      const end = m.index + m[0].length;
      const tense =
        which === "last" || which === "since" || toldAsHad(m)
          ? "past"
          : which === "next" || MODAL_NEXT.test(m.input.slice(end, end + 12))
            ? "future"
            : deadlineTense(ctx, which, m.input.slice(Math.max(0, m.index - 80), m.index));
      const month = monthNumber(m[2]!);
      const p = nearest({ ...ctx, tense }, (y) => monthPeriod(y, month));
      // "hired 400 engineers since January": from the month's start to publication, as "since 2020" is.
      const run = which === "since" && p ? runToPublication(p, ctx.ref) : null;
      if (run) return relative(run, "range");
      return p && relative(p, "month");
    },
  },
  {
    // "Unadjusted May unemployment", "January's record", "February orders": a month named in full inside
    // the sentence, qualifying a noun.
    key: "month",
    re: new RegExp(
      String.raw`(?<=\S\s+)(?<month>${MONTH_NAMES})(?='s\b|\s+(?!(?:one|two|three|four|five|six|seven|eight|nine|ten|first|second|third|[a-z]+th)\b)[a-z])`,
      "g",
    ),
    resolve: (m, ctx) => {
      const month = (y: number) => monthPeriod(y, monthNumber(m.groups!.month!));
      // "The October jobs report will not be released", in November: a month's figures come after it, so
      // a report still to come is of the month just gone.
      const end = m.index + m[0].length;
      const p =
        REPORT_OF_MONTH.test(m.input.slice(end, end + 32)) ||
        FIGURES_FOR.test(m.input.slice(Math.max(0, m.index - 20), m.index))
          ? nearestReported(asHad(m, ctx), month)
          : nearest(asHad(m, ctx), month);
      return p && relative(p, "month");
    },
  },
  {
    // "January's record …" opening the sentence too (not "May's": a name as often as the month).
    key: "month",
    re: new RegExp(`^${MONTH}(?:(?=,?\\s)(?!\\s*\\d)|(?<!May)(?=['’]s\\b))`, "g"),
    resolve: (m, ctx) => {
      const p = nearest(asHad(m, ctx), (y) => monthPeriod(y, monthNumber(m[1]!)));
      return p && relative(p, "month");
    },
  },
];

// "the losses from January's fires", "above March's 2.1% rise": what a month's possessive names has
// happened, in a sentence looking ahead too; not a date still to come ("ahead of January's deadline").
const TOLD_OF_MONTH =
  /^['’]s\b(?!\s+(?:[\w-]+\s+)?(?:deadline|meeting|summit|vote|election|talks|conference|hearing|auction|launch|review|budget|decision|opening|ballot|referendum|trial|visit)s?\b)/;
function toldAsHad(m: RegExpExecArray): boolean {
  const end = m.index + m[0].length;
  return TOLD_OF_MONTH.test(m.input.slice(end, end + 40));
}
// "demand remained robust heading into the December holidays", "ahead of the January sales": a month
// named as what comes next is the next one, whatever the verbs say.
const HEADED_FOR =
  /\b(?:heading|going|head|go|headed)\s+into\s+(?:the\s+)?$|\bahead\s+of\s+(?:the\s+)?$/;
const asHad = (m: RegExpExecArray, ctx: RuleContext): RuleContext =>
  toldAsHad(m)
    ? { ...ctx, tense: "past" }
    : HEADED_FOR.test(m.input.slice(Math.max(0, m.index - 24), m.index))
      ? { ...ctx, tense: "future" }
      : ctx;
