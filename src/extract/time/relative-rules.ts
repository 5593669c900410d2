// Times relative to publication: "so far this year", "late last year", "this fiscal year", "the past five
// years", "full-year".

import {
  addDays,
  addMonths,
  compare,
  monthNumber,
  monthPeriod,
  type Period,
  quarterPeriod,
  weekPeriod,
  yearPeriod,
} from "./calendar.js";
import {
  count,
  explicit,
  fiscalYearAt,
  NUM,
  namedMonth,
  namedYear,
  nearest,
  type Resolved,
  type Rule,
  type RuleContext,
  relative,
  tenseAfter,
  unitPeriod,
  yearShift,
} from "./rule-kit.js";

// A school year runs September to August; a sports season July to June (as "the 2022-23 season" is read).
const ACADEMIC_YEAR_END = 8;
const SEASON_END = 6;
// "kept its full-year growth forecast", "raised full-year guidance": a forecast's year is the one under way,
// however the sentence is told.
const FORECAST_AFTER =
  /^[-\s]+(?:[a-z]+\s+){0,2}?(?:forecasts?|guidance|outlook|targets?|projections?)\b/i;
// "said it still expected full-year costs to rise by about 4%": so is one the forecast's object.
const FORECAST_BEFORE =
  /\b(?:expects?|expected|forecasts?|predicts?|predicted|sees|targets?|targeted)\s+(?:(?:its|their|the)\s+)?$/i;

// A forecast told before "this season" (its figure's decimal point is no full stop).
const FORECAST_FOR_SEASON = /\b(?:expects?|forecasts?|predicts?|projects?)\b(?:[^.;]|\.\d)*$/i;
// "have gone up", "has doubled": a present perfect before the span.
const PERFECT =
  /\b(?:has|have|’ve|'ve)\s+(?!to\b|been\s+(?:for|in)\b)[a-z]+\b(?![^,;]*\b(?:since|ago)\b)/i;
// "the lowest in 50 years", "the first time in a decade", "a record in 20 years", "for the frist time in
// seven years".
const RECORD =
  /\b(?:[a-z]+est|most|least|first|record|worst|best|only)\b[^,;]{0,40}$|\btimes?\s+$/i;

// "the target refers to an average over 20 years": how long an average runs, not when.
const AVERAGE_OVER = /\b(?:average|mean|averaged)\s+$/i;
// The unit a later "the current one" stands for, named earlier in the sentence.
const NAMED_BEFORE =
  /\b(?:(fiscal|financial|academic|school)\s+)?(year|month|week|quarter|season)\b(?![^;]*\b(?:year|month|week|quarter|season)\b)[^;]*$/i;
const THE_BEFORE = /\bthe\s$/i;
// "to last", "will last", "could easily last": "last" as the verb.
const LAST_AS_VERB =
  /\b(?:to|will|would|could|can|may|might|should|must|did|does|do|not|['’]ll)\s+(?:\w+ly\s+)?$/;

/** The financial year a sentence tells of as a whole: the one under way when a forecast is of it or the
 *  sentence looks ahead, else the last one closed. */
function financialYearTold(m: RegExpExecArray, ctx: RuleContext): Resolved | null {
  if (!ctx.ref) return null;
  const current = fiscalYearAt(ctx.ref, ctx.fiscalEnd, 0);
  const ahead =
    FORECAST_AFTER.test(m.input.slice(m.index + m[0].length, m.index + 80)) ||
    FORECAST_BEFORE.test(m.input.slice(Math.max(0, m.index - 24), m.index));
  if (tenseAfter(m, ctx).tense !== "past" || ahead) return relative(current, "fiscal_year");
  const closed = compare(current.end, ctx.ref) <= 0 ? 0 : -1;
  return relative(fiscalYearAt(ctx.ref, ctx.fiscalEnd, closed), "fiscal_year");
}

export const RELATIVE_RULES: Rule[] = [
  {
    key: "relative",
    // "so far this year", "year-to-date": from the start of the year to publication; "the financial year to
    // date", from the start of the one under way.
    re: /\bso\s+far\s+this\s+(year|month)\b|\b(?:(financial|fiscal)\s+)?(year|month)[-\s]to[-\s]date\b/gi,
    resolve: (m, ctx) => {
      if (!ctx.ref) return null;
      const start = m[2]
        ? fiscalYearAt(ctx.ref, ctx.fiscalEnd, 0).start
        : (m[1] ?? m[3])!.toLowerCase() === "year"
          ? { y: ctx.ref.y, m: 1, d: 1 }
          : { ...ctx.ref, d: 1 };
      return relative({ start, end: ctx.ref }, "range");
    },
  },
  {
    // "earlier this year", "late last year": the first or second half of that year, "the middle of next
    // year" its middle two quarters (as "mid-2026"); "early this month", "late last month", "mid-last
    // month": the first, second or middle third of the month. Never past publication.
    key: "relative",
    re: /\b(earlier|early|later|late|mid-?|the\s+middle\s+of)\s*(this|last|next)\s+(year|month)\b/gi,
    resolve: (m, ctx) => {
      if (!ctx.ref) return null;
      const which = m[2]!.toLowerCase();
      const shift = yearShift(which);
      const part = /^earl/i.test(m[1]!) ? "first" : /mid/i.test(m[1]!) ? "middle" : "second";
      let period: Period;
      if (m[3]!.toLowerCase() === "year") {
        const y = ctx.ref.y + shift;
        const [from, to] = part === "first" ? [1, 6] : part === "middle" ? [4, 9] : [7, 12];
        period = { start: monthPeriod(y, from).start, end: monthPeriod(y, to).end };
      } else {
        const x = addMonths({ ...ctx.ref, d: 1 }, shift);
        const last = monthPeriod(x.y, x.m).end.d;
        const [from, to] = part === "first" ? [1, 15] : part === "middle" ? [11, 20] : [16, last];
        period = { start: { y: x.y, m: x.m, d: from }, end: { y: x.y, m: x.m, d: to } };
        // "earlier this month" is this month before today, however far into it.
        if (which === "this" && /^earlier$/i.test(m[1]!))
          return relative({ start: period.start, end: ctx.ref }, "range");
      }
      if (which === "this" && part === "first" && compare(ctx.ref, period.end) < 0)
        period = { start: period.start, end: ctx.ref };
      if (which === "this" && part === "second" && compare(ctx.ref, period.start) > 0)
        period = { start: ctx.ref, end: period.end };
      return relative(
        period,
        m[3]!.toLowerCase() === "year" && part !== "middle" ? "half" : "range",
      );
    },
  },
  {
    key: "relative",
    // "expects full-year profit of £2.9 billion": the financial year under way; "full-year profit rose" is
    // the last one closed. Not "full-year 2024 results", whose year the year rules read, nor "its first
    // full year" (of a business's life, not the calendar's).
    re: /(?<!\b(?:first|second|third|last|final|only)\s)\bfull[-\s](?:fiscal\s+|financial\s+)?year\b(?![-\s]+(?:19|20)\d{2}\b)/gi,
    resolve: (m, ctx) => financialYearTold(m, ctx),
  },
  {
    key: "fiscal",
    // "expects to finish the fiscal year with about 18,300 stores": the year under way, as above.
    re: /\bthe\s+(?:fiscal|financial)\s+year\b(?<=\b(?:finish|end|close|start|begin)\s+the\s+[a-z]+\s+year)(?![-\s]+(?:(?:19|20)\d{2}|to|ending|ended|that|which|through|of)\b)/gi,
    resolve: (m, ctx) => financialYearTold(m, ctx),
  },
  {
    key: "relative",
    // "this fiscal year": the company's, once the story has said when it ends; else the calendar year
    // stands for it. "the last academic year": September to August; "last season", "next season" July to
    // June ("this season" is the present: "has scored 12 goals this season").
    // "borrowed Rs 14 lakh crore in the last fiscal year and plans to raise more in the current one": the
    // period the sentence named before.
    re: /\b(last|this|next|past|previous|coming|current)\s+(?:calendar\s+|(fiscal|financial|academic|school)\s+)?(year|month|week|quarter|season|fortnight|one)\b/gi,
    resolve: (m, ctx) => {
      if (!ctx.ref) return null;
      const which = m[1]!.toLowerCase();
      let [kind, unit] = [m[2], m[3]!.toLowerCase()];
      if (unit === "one") {
        const named = NAMED_BEFORE.exec(m.input.slice(Math.max(0, m.index - 90), m.index));
        if (!named || !/^(?:current|next|coming|previous)$/.test(which)) return null;
        [kind, unit] = [named[1], named[2]!.toLowerCase()];
      }
      // "the last year of exams before Covid": a year of something named after it, not last year.
      if (
        THE_BEFORE.test(m.input.slice(Math.max(0, m.index - 4), m.index)) &&
        /^\s+of\s/.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 4))
      )
        return null;
      // Told of the past, "the next month" is the one after the story's (a shift), not after publication.
      if (
        which === "next" &&
        ctx.tense === "past" &&
        THE_BEFORE.test(m.input.slice(m.index - 4, m.index))
      )
        return null;
      // "over the past fortnight": the 14 days to now; "the next fortnight", from now.
      if (unit === "fortnight")
        return relative(
          which === "next" || which === "coming"
            ? { start: ctx.ref, end: addDays(ctx.ref, 14) }
            : { start: addDays(ctx.ref, -14), end: ctx.ref },
          "range",
        );
      if (unit === "season") {
        // "this season" is the present ("has scored 12 goals this season"), unless a forecast is for it
        // ("Deloitte expects revenue to exceed £6.5bn in the current season"): then the season under way.
        const forecast =
          (which === "this" || which === "current") &&
          FORECAST_FOR_SEASON.test(m.input.slice(Math.max(0, m.index - 90), m.index));
        if (kind || ((which === "this" || which === "current") && !forecast)) return null;
        // In the summer break (June, July) no season runs: "last season" is the one just ended and "next
        // season" the one about to begin.
        const off = ctx.ref.m === SEASON_END || ctx.ref.m === SEASON_END + 1;
        const ref = off ? { y: ctx.ref.y, m: SEASON_END + 1, d: 1 } : ctx.ref;
        const ahead = which === "next" || which === "coming";
        const shift = forecast ? 0 : ahead ? (off ? 0 : 1) : -1;
        return relative(fiscalYearAt(ref, SEASON_END, shift), "fiscal_year");
      }
      // "in the past week", "over the past year": the days up to publication, not the calendar's last one.
      if (which === "past" && !kind) {
        const start = unit === "quarter" ? addMonths(ctx.ref, -3) : unitPeriod(ctx.ref, unit, -1);
        return relative({ start, end: ctx.ref }, "range");
      }
      const shift =
        which === "last" || which === "past" || which === "previous"
          ? -1
          : which === "next" || which === "coming"
            ? 1
            : 0;
      if (unit === "year" && kind) {
        const end = /^(?:academic|school)$/i.test(kind) ? ACADEMIC_YEAR_END : ctx.fiscalEnd;
        return relative(fiscalYearAt(ctx.ref, end, shift), "fiscal_year");
      }
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
    // "over five years from July 2024", "frozen for two years from January": the span runs from that
    // month. Read first, before the month alone is; no month, no match, so the month's trigger is its own.
    key: "month",
    first: true,
    re: new RegExp(
      `\\b(?:over|within|in|for)\\s+(?:the\\s+)?(?:next\\s+)?${NUM}\\s+(years|months|decades)\\s+(?:from|starting\\s+in|beginning\\s+in)\\s+${namedMonth("month")}(?:\\s+${namedYear("year")})?\\b`,
      "gi",
    ),
    resolve: (m, ctx) => {
      const month = monthNumber(m.groups!.month!);
      const year = m.groups?.year;
      const first = year
        ? monthPeriod(Number(year), month)
        : nearest(ctx, (y) => monthPeriod(y, month));
      if (!first) return null;
      const span = {
        start: first.start,
        end: addDays(unitPeriod(first.start, m[2]!.toLowerCase(), count(m[1]!)), -1),
      };
      return year ? explicit(span, "range") : relative(span, "range");
    },
  },
  {
    // "will cost $1.2 trillion over 10 years", "aims to double sales within two years": looking ahead, a
    // span from publication ("jailed for over 10 years" is more than ten, and not a time). "Prices have
    // gone up 20% in two years": the present perfect counts back from publication, unless the years
    // measure a record ("the lowest in 50 years").
    key: "over",
    re: new RegExp(
      `\\b(over|within|in)\\s+(?:the\\s+)?(?:next\\s+)?${NUM}\\s+(years|months|decades)\\b`,
      "gi",
    ),
    resolve: (m, ctx) => {
      if (!ctx.ref) return null;
      const unit = m[3]!.toLowerCase();
      const n = count(m[2]!);
      const before = m.input.slice(Math.max(0, m.index - 80), m.index);
      if (RECORD.test(before) || AVERAGE_OVER.test(before)) return null;
      if (ctx.tense === "future")
        return relative({ start: ctx.ref, end: unitPeriod(ctx.ref, unit, n) }, "range");
      // "for over 20 years" is more than twenty, however told.
      if (/^within$/i.test(m[1]!) || /\bfor\s+$/i.test(before) || !PERFECT.test(before))
        return null;
      return relative({ start: unitPeriod(ctx.ref, unit, -n), end: ctx.ref }, "range");
    },
  },
  {
    key: "over",
    // "promised to halve knife crime within a decade", "will be repaid within a year": a deadline that
    // far ahead; told of the past ("doubled within a year of launch") it counts from something else.
    re: /\bwithin\s+a\s+(year|month|decade)\b/gi,
    resolve: (m, ctx) =>
      ctx.ref && ctx.tense === "future"
        ? relative(
            { start: ctx.ref, end: unitPeriod(ctx.ref, `${m[1]!.toLowerCase()}s`, 1) },
            "range",
          )
        : null,
  },
  {
    // "over the past decade": the ten years to publication; "the next decade", the ten after it.
    key: "decade",
    re: /\b(?:the\s+)?(past|last|previous|next|coming)\s+decade\b/gi,
    resolve: (m, ctx) => {
      if (!ctx.ref) return null;
      const ahead = /^(?:next|coming)$/i.test(m[1]!);
      const period = ahead
        ? { start: ctx.ref, end: addMonths(ctx.ref, 120) }
        : { start: addMonths(ctx.ref, -120), end: ctx.ref };
      return relative(period, "range");
    },
  },
  {
    // "the past two quarters", "the last four quarters": the quarters that ended before publication, as
    // results report them; "the next two quarters": those after the current one.
    key: "quarters",
    re: new RegExp(
      `\\b(?:the\\s+)?(past|last|previous|next|coming)\\s+${NUM}\\s+quarters\\b`,
      "gi",
    ),
    resolve: (m, ctx) => {
      if (!ctx.ref) return null;
      const n = count(m[2]!);
      const current = quarterPeriod(ctx.ref.y, Math.ceil(ctx.ref.m / 3)).start;
      const period = /^(?:next|coming)$/i.test(m[1]!)
        ? { start: addMonths(current, 3), end: addDays(addMonths(current, 3 * (n + 1)), -1) }
        : { start: addMonths(current, -3 * n), end: addDays(current, -1) };
      return relative(period, "range");
    },
  },
  {
    key: "relative",
    re: new RegExp(
      `\\b(?:the\\s+)?(past|last|previous|next|coming)\\s+${NUM}\\s+(day|week|month|year|decade|season)s?\\b`,
      "gi",
    ),
    resolve: (m, ctx) => {
      if (!ctx.ref) return null;
      // "expected to last 10 weeks", "will last three days": the verb, a duration, not a time.
      if (
        /^last$/i.test(m[1]!) &&
        LAST_AS_VERB.test(m.input.slice(Math.max(0, m.index - 30), m.index))
      )
        return null;
      const n = count(m[2]!);
      // "each of the past three seasons": a sports season is a year's. Indian English counts one too ("in
      // the last one week").
      const unit = `${m[3]!.toLowerCase().replace("season", "year")}s`;
      const ahead = /^(?:next|coming)$/i.test(m[1]!);
      const period = ahead
        ? { start: ctx.ref, end: unitPeriod(ctx.ref, unit, n) }
        : { start: unitPeriod(ctx.ref, unit, -n), end: ctx.ref };
      return relative(period, "range");
    },
  },
];
