// Named spans news writes without a number: a quarter by its months ("the April-June quarter"), a
// season ("this summer", "winter 2024"), the year so far ("since the start of the year") and what is
// left of it ("by the end of the year").
import {
  addDays,
  compare,
  type Day,
  daysInMonth,
  monthNumber,
  monthPeriod,
  type Period,
  weekPeriod,
} from "./calendar.js";
import {
  explicit,
  fiscalYearAt,
  MONTH,
  nearest,
  type Rule,
  relative,
  type Tense,
  YEAR,
  yearShift,
} from "./rule-kit.js";

const SEASON_START: Record<string, number> = {
  spring: 3,
  summer: 6,
  autumn: 9,
  fall: 9,
  winter: 12,
};

const monthBefore = ({ y, m }: Day): Day =>
  m === 1 ? { y: y - 1, m: 12, d: 1 } : { y, m: m - 1, d: 1 };

/** Meteorological seasons of the northern hemisphere, where most English-language news is written. */
function season(name: string, y: number): Period {
  const m = SEASON_START[name.toLowerCase()]!;
  const endMonth = m === 12 ? 2 : m + 2;
  const endYear = m === 12 ? y + 1 : y;
  return {
    start: { y, m, d: 1 },
    end: { y: endYear, m: endMonth, d: daysInMonth(endYear, endMonth) },
  };
}

/**
 * "this summer" is the one under way or this year's (in the past tense, one already begun); "last" the
 * latest already over; "next" the first not yet begun. A season is under way from the month before it
 * starts: in November, "support offered this winter" is for the winter coming, not the one gone.
 */
function seasonFrom(ref: Day, which: string, name: string, tense: Tense): Period {
  const years = [ref.y - 2, ref.y - 1, ref.y, ref.y + 1];
  if (which === "this") {
    const current = years
      .map((y) => season(name, y))
      .find((p) => compare(monthBefore(p.start), ref) <= 0 && compare(p.end, ref) >= 0);
    const thisYear = season(name, ref.y);
    if (current) return current;
    return tense === "past" && compare(thisYear.start, ref) > 0
      ? season(name, ref.y - 1)
      : thisYear;
  }
  if (which === "last" || which === "past")
    return years
      .map((y) => season(name, y))
      .filter((p) => compare(p.end, ref) < 0)
      .at(-1)!;
  return years.map((y) => season(name, y)).find((p) => compare(p.start, ref) > 0)!;
}

/** The last quarter or half to have ended before publication. */
function latestEnded(ref: Day, months: 3 | 6): Period {
  const start = { y: ref.y, m: Math.floor((ref.m - 1) / months) * months + 1, d: 1 };
  const end = addDays(start, -1);
  return { start: { y: end.y, m: end.m - months + 1, d: 1 }, end };
}

// "was cautious about the outlook for the rest of the year": told in the past, but of what is ahead.
const OUTLOOK_BEFORE = /\b(?:outlook|forecasts?|guidance|expectations?)\s+(?:for\s+)?$/i;

export const SPAN_RULES: Rule[] = [
  // "the latest quarter", "the most recent half": in a results story, the one just reported.
  ...(["quarter", "half"] as const).map(
    (unit): Rule => ({
      key: unit,
      re: new RegExp(`\\bthe\\s+(?:latest|most\\s+recent|just[-\\s]ended)\\s+${unit}\\b`, "gi"),
      resolve: (_m, ctx) =>
        ctx.ref && relative(latestEnded(ctx.ref, unit === "quarter" ? 3 : 6), unit),
    }),
  ),
  {
    key: "yearSpan",
    // "by the end of the decade": a target, from now to the decade's last year.
    re: /\b(?:by|until|through)\s+the\s+end\s+of\s+the\s+decade\b/gi,
    resolve: (_m, ctx) =>
      ctx.ref &&
      relative(
        { start: ctx.ref, end: { y: ctx.ref.y - (ctx.ref.y % 10) + 9, m: 12, d: 31 } },
        "range",
      ),
  },
  {
    key: "yearSpan",
    // "expected to end the year at 4.0%", "the index ended the year at 7,733": the level on the year's last
    // day, this year's when still ahead, else the last one gone.
    re: /\b(?:end|ends|ended|ending|finish|finishes|finished|close|closes|closed)\s+the\s+year(?=\s+(?:at|on|with|up|down|in|around|near|above|below)\b)/gi,
    resolve: (_m, ctx) => {
      if (!ctx.ref) return null;
      const ahead = ctx.tense !== "past" && !(ctx.ref.m === 12 && ctx.ref.d === 31);
      const day = { y: ahead ? ctx.ref.y : ctx.ref.y - 1, m: 12, d: 31 };
      return relative({ start: day, end: day }, "day");
    },
  },
  {
    key: "yearSpan",
    // "Prices rose 2% at the turn of the year": December and January around the last new year; one still
    // ahead when the sentence looks ahead.
    re: /\b(?:at|around|over|since|by)\s+the\s+turn\s+of\s+(?:the|this)\s+year\b/gi,
    resolve: (_m, ctx) => {
      if (!ctx.ref) return null;
      const y = ctx.tense === "future" && ctx.ref.m > 1 ? ctx.ref.y + 1 : ctx.ref.y;
      return relative({ start: { y: y - 1, m: 12, d: 1 }, end: { y, m: 1, d: 31 } }, "range");
    },
  },
  {
    key: "yearSpan",
    // "the outlook for the rest of the year": from now to the year's end ("this year" alone is all of it);
    // "for the rest of the fiscal year", to the end of the company's.
    // Told in the past, the rest of a year the story named, not this one's, unless an outlook is for it.
    re: /\b(?:the\s+)?(?:rest|remainder|balance)\s+of\s+(?:the|this)\s+(?:(fiscal|financial)\s+)?year\b/gi,
    resolve: (m, ctx) =>
      ctx.ref &&
      (ctx.tense !== "past" ||
        OUTLOOK_BEFORE.test(m.input.slice(Math.max(0, m.index - 30), m.index)))
        ? relative(
            {
              start: ctx.ref,
              end: m[1]
                ? fiscalYearAt(ctx.ref, ctx.fiscalEnd, 0).end
                : { y: ctx.ref.y, m: 12, d: 31 },
            },
            "range",
          )
        : null,
  },
  {
    key: "yearSpan",
    // "by the end of the year", "by year-end", "by the end of next year": a target, from now to then.
    re: /\b(?:by|until|through)\s+(?:the\s+)?(?:end\s+of\s+(the|this|next)\s+year|year[-\s]end)\b/gi,
    resolve: (m, ctx) => {
      if (!ctx.ref) return null;
      const y = m[1]?.toLowerCase() === "next" ? ctx.ref.y + 1 : ctx.ref.y;
      return relative({ start: ctx.ref, end: { y, m: 12, d: 31 } }, "year");
    },
  },
  {
    key: "quarter",
    re: new RegExp(
      `\\b${MONTH}\\s*[-–/]\\s*${MONTH}\\s+quarter\\b(?:\\s+(?:of\\s+)?${YEAR})?`,
      "g",
    ),
    resolve: (m, ctx) => {
      const [a, b] = [monthNumber(m[1]!), monthNumber(m[2]!)];
      if ((b - a + 12) % 12 !== 2) return null;
      const make = (y: number): Period => ({
        start: { y: a > b ? y - 1 : y, m: a, d: 1 },
        end: { y, m: b, d: daysInMonth(y, b) },
      });
      if (m[3]) return explicit(make(Number(m[3])), "quarter");
      const p = nearest(ctx, make);
      return p && relative(p, "quarter");
    },
  },
  // Seasons: "Fall" alone is a verb as often as a season, so each needs "this", "last" or a year, which
  // is also what triggers the rule.
  {
    key: "relative",
    re: /\b(this|last|next|past|coming)\s+(spring|summer|autumn|fall|winter)\b/gi,
    resolve: (m, ctx) =>
      ctx.ref && relative(seasonFrom(ctx.ref, m[1]!.toLowerCase(), m[2]!, ctx.tense), "range"),
  },
  {
    key: "season",
    // "over the summer", "in the winter": this year's, or in the past tense the latest begun ("the spring of
    // 2019" is the next rule's; "the fall" is as often a drop).
    re: /\b(?:over|in|during|through|throughout)\s+the\s+(spring|summer|autumn|winter)\b(?!\s+of\b)/gi,
    resolve: (m, ctx) =>
      ctx.ref && relative(seasonFrom(ctx.ref, "this", m[1]!, ctx.tense), "range"),
  },
  {
    key: "season",
    // "restored by the summer", "until the spring": a deadline, from now to the end of the first such
    // season not yet over.
    re: /\b(?:by|until|till)\s+(?:the\s+)?(spring|summer|autumn|winter)\b(?!\s+of\b)/gi,
    resolve: (m, ctx) => {
      if (!ctx.ref) return null;
      const ref = ctx.ref;
      const ahead = [ref.y - 1, ref.y, ref.y + 1]
        .map((y) => season(m[1]!, y))
        .find((p) => compare(p.end, ref) >= 0)!;
      return relative({ start: ref, end: ahead.end }, "range");
    },
  },
  {
    key: "year",
    // "winter 2024", "the spring of 2019", "that spring morning in 2019"; never "prices fall in 2019".
    re: new RegExp(
      `\\b(?:(spring|summer|autumn|winter)(?:\\s+(?:morning|afternoon|evening|night|day))?\\s+(?:of\\s+|in\\s+)?|(fall)\\s+(?:of\\s+)?)${YEAR}\\b`,
      "gi",
    ),
    resolve: (m) => explicit(season((m[1] ?? m[2])!, Number(m[3])), "range"),
  },
  {
    key: "yearSpan",
    // "at the end of this year", "towards the end of last year": its last month. ("By the end of the year"
    // is a target, above.)
    re: /\b(?:at|in|towards?|around)\s+the\s+end\s+of\s+(the|this|next|last)\s+year\b/gi,
    resolve: (m, ctx) => {
      if (!ctx.ref) return null;
      const y = ctx.ref.y + yearShift(m[1]!);
      return relative(monthPeriod(y, 12), "month");
    },
  },
  {
    key: "year",
    // "early 2023", "mid-2023" or "the middle of 2023", "late 2023": the first half, the middle two
    // quarters, the second half.
    re: new RegExp(`\\b(?:(early|mid|late)[-\\s]|the\\s+(middle)\\s+of\\s+)${YEAR}\\b`, "gi"),
    resolve: (m) => {
      const y = Number(m[3]);
      const part = (m[1] ?? "mid").toLowerCase();
      const [from, to] = part === "early" ? [1, 6] : part === "mid" ? [4, 9] : [7, 12];
      return explicit({ start: monthPeriod(y, from).start, end: monthPeriod(y, to).end }, "range");
    },
  },
  {
    key: "relative",
    // "over the weekend", "last weekend": the Saturday and Sunday just gone; "next weekend" the coming one,
    // and so is "over the weekend" in a sentence that looks ahead ("are forecast to reach 32C over the weekend").
    re: /\b(?:(?:over|at|during|on)\s+the|(this\s+past|last|this|next))\s+weekend\b/gi,
    resolve: (m, ctx) => {
      if (!ctx.ref) return null;
      const which = m[1]?.toLowerCase();
      const ahead =
        which === "next" || ((which === "this" || which === undefined) && ctx.tense === "future");
      const week = weekPeriod(ctx.ref);
      const saturday = addDays(week.start, 5);
      const start = ahead
        ? compare(ctx.ref, saturday) < 0
          ? saturday
          : addDays(saturday, 7)
        : compare(ctx.ref, saturday) >= 0
          ? saturday
          : addDays(saturday, -7);
      return relative({ start, end: addDays(start, 1) }, "range");
    },
  },
  {
    key: "year",
    // "at the end of 1986", "reserves at end-1986": December of that year.
    re: new RegExp(`\\b(?:(?:at|in|towards?|around)\\s+the\\s+end\\s+of\\s+|end-)${YEAR}\\b`, "gi"),
    resolve: (m) => explicit(monthPeriod(Number(m[1]), 12), "month"),
  },
  {
    key: "yearSpan",
    // "since the start of the year" is the year so far; "at the start of the year" is its first month.
    // "since the start of the month" is the month so far; "at the start of the month" its first days.
    re: /\b(since\s+)?the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+(year|month)\b/gi,
    resolve: (m, ctx) => {
      if (!ctx.ref) return null;
      const month = /^month$/i.test(m[2]!);
      const start = { y: ctx.ref.y, m: month ? ctx.ref.m : 1, d: 1 };
      if (m[1]) return relative({ start, end: ctx.ref }, "range");
      if (month) return relative({ start, end: { ...start, d: 10 } }, "range");
      return relative({ start, end: { y: ctx.ref.y, m: 1, d: 31 } }, "month");
    },
  },
];
