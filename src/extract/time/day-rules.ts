// Single days: "April 7", "7 April 2025", "March 31, 2024", "on Tuesday", "last Friday", "yesterday".
// The common forms are read here because chrono-node, which reads them too, costs a hundred times more.
import { EVERY_WEEKDAY_NOUNS, WEEKDAYS } from "../lexicon/words.js";
import { addDays, type Day, daysInMonth, monthNumber } from "./calendar.js";
import { statesPast } from "./past-tense.js";
import {
  deadlineTense,
  MONTH,
  nearest,
  type Resolved,
  type Rule,
  type RuleContext,
  YEAR,
  yearShift,
} from "./rule-kit.js";

const dayIndex = (name: string) => (WEEKDAYS as readonly string[]).indexOf(name);
const EVERY_WEEKDAY = new RegExp(`^\\s+(?:${EVERY_WEEKDAY_NOUNS})\\b`);
/** Whether a weekday standing just before `after` describes every such day: "Sunday journeys". */
export const namesEveryWeekday = (after: string): boolean => EVERY_WEEKDAY.test(after);
const dayOfWeek = (x: Day) => (new Date(Date.UTC(x.y, x.m - 1, x.d)).getUTCDay() + 6) % 7;

function day(x: Day, basis: Resolved["basis"]): Resolved {
  return { period: { start: x, end: x }, granularity: "day", basis };
}

/**
 * A month and day, with or without a year. News names the year of any date outside the current one, so a
 * bare "Nov. 6" is the one nearest publication ("set to expire Nov. 6" four days ahead, though the verb is
 * past); the tense decides only beyond a month either way ("will be held on Sept. 15" two months after
 * that day is next year's).
 */
function dated(
  ctx: RuleContext,
  month: number,
  d: number,
  year: string | undefined,
): Resolved | null {
  return onDay(
    ctx,
    (y) => (month > 0 && d >= 1 && d <= daysInMonth(y, month) ? { y, m: month, d } : null),
    year,
  );
}

/** The day `make` gives for a year: that year's when the text names it, else as `dated` chooses, or by the
 *  tense alone (`byTense`: a holiday is no date a story would leave its year off across a new year). */
export function onDay(
  ctx: RuleContext,
  dayIn: (y: number) => Day | null,
  year: string | undefined,
  byTense = false,
): Resolved | null {
  const make = (y: number) => {
    const x = dayIn(y);
    return x && { start: x, end: x };
  };
  if (year) {
    const p = make(Number(year));
    return p && { period: p, granularity: "day", basis: "explicit" };
  }
  const ref = ctx.ref;
  if (!ref) return null;
  if (byTense && ctx.tense !== "unknown") {
    const p = nearest(ctx, make);
    return p && { period: p, granularity: "day", basis: "relative" };
  }
  const closest = nearest({ ...ctx, tense: "unknown" }, make);
  if (!closest) return null;
  const days = dayNumber(closest.start) - dayNumber(ref);
  const leaning = (ctx.tense === "past" && days > 30) || (ctx.tense === "future" && days < -30);
  const p = leaning ? nearest(ctx, make) : closest;
  return p && { period: p, granularity: "day", basis: "relative" };
}

const dayNumber = (x: Day) => Date.UTC(x.y, x.m - 1, x.d) / 86_400_000;

/**
 * "on Tuesday": the latest Tuesday not after publication, or the next one when the sentence looks ahead;
 * in a sentence told in no tense ("The Matildas face Chinese Taipei on Tuesday"), the nearer of the two
 * (`loose`; not "a premium over Thursday's close", a time the figure is set against).
 * "Tuesday last week" is the Tuesday of the week before publication's.
 */
function weekday(
  ctx: RuleContext,
  name: string,
  which: string | undefined,
  week: string | undefined,
  loose: boolean,
): Resolved | null {
  if (!ctx.ref) return null;
  const target = dayIndex(name);
  const today = dayOfWeek(ctx.ref);
  const back = (today - target + 7) % 7;
  const ahead = (target - today + 7) % 7;
  const w = which?.toLowerCase();
  let shift: number;
  if (week) shift = target - today + 7 * yearShift(week);
  else if (w === "last") shift = -(back || 7);
  else if (w === "next") shift = ahead || 7;
  else if (loose) shift = ahead < back ? ahead : -back;
  else shift = ctx.tense === "future" ? ahead : -back;
  return day(addDays(ctx.ref, shift), "relative");
}

// A date's year, written ("March 14, 2024") or told from publication ("on March 14th last year").
const WHICH_YEAR = `(?:,?\\s+${YEAR}\\b|\\s+(last|this|next)\\s+year\\b)?`;
function datedIn(ctx: RuleContext, month: number, d: number, m: RegExpExecArray, at: number) {
  const [written, which] = [m[at], m[at + 1]];
  if (!which) return dated(ctx, month, d, written);
  const told = ctx.ref && dated(ctx, month, d, String(ctx.ref.y + yearShift(which)));
  return told && { ...told, basis: "relative" as const };
}

const POSSESSIVE = /^['’]s\b/;

const RELATIVE_DAYS: Record<string, number> = { yesterday: -1, today: 0, tonight: 0, tomorrow: 1 };

export const DAY_RULES: Rule[] = [
  {
    key: "month",
    first: true,
    re: new RegExp(
      `\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?!\\s*(?:%|,\\d|\\.\\d|-))${WHICH_YEAR}`,
      "g",
    ),
    resolve: (m, ctx) => datedIn(ctx, monthNumber(m[1]!), Number(m[2]), m, 3),
  },
  {
    key: "month",
    first: true,
    re: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}${WHICH_YEAR}`, "g"),
    resolve: (m, ctx) => datedIn(ctx, monthNumber(m[2]!), Number(m[1]), m, 3),
  },
  {
    key: "weekday",
    first: true,
    // "154.6mm of rain on Saturday and Sunday", "talks on Monday and Tuesday": two days in a row are one
    // span (not "Monday and Thursday", two days apart, each its own).
    re: new RegExp(
      `\\b(?:on\\s+|over\\s+)?(${WEEKDAYS.join("|")})\\s+and\\s+(${WEEKDAYS.join("|")})\\b`,
      "g",
    ),
    resolve: (m, ctx) => {
      const [a, b] = [dayIndex(m[1]!), dayIndex(m[2]!)];
      if ((a + 1) % 7 !== b) return null;
      const first = weekday(ctx, m[1]!, undefined, undefined, ctx.tense === "unknown");
      return (
        first && {
          ...first,
          period: { start: first.period.start, end: addDays(first.period.start, 1) },
          granularity: "range",
        }
      );
    },
  },
  {
    key: "weekday",
    first: true,
    // "Exports slumped 11% in the week to Sunday": the seven days that end on that day.
    re: new RegExp(
      `\\bthe\\s+(?:week|seven\\s+days)\\s+(?:to|ending|ended|through)\\s+(?:last\\s+)?(${WEEKDAYS.join("|")})\\b`,
      "g",
    ),
    resolve: (m, ctx) => {
      const day = weekday({ ...ctx, tense: "past" }, m[1]!, undefined, undefined, false);
      return (
        day && {
          ...day,
          period: { start: addDays(day.period.end, -6), end: day.period.end },
          granularity: "week",
        }
      );
    },
  },
  {
    key: "weekday",
    first: true,
    // "by Friday", "through Wednesday": a deadline (see deadlineTense).
    re: new RegExp(
      `\\b(?:(on|by|until|till|through)\\s+)?(?:(last|next|this)\\s+)?(${WEEKDAYS.join("|")})\\b(?:\\s+(last|next|this)\\s+week\\b)?`,
      "g",
    ),
    resolve: (m, ctx) =>
      // "one in six Sunday journeys": every Sunday, not one (a day told "on" or "by" is one).
      !m[1] && !m[2] && namesEveryWeekday(m.input.slice(m.index + m[0].length))
        ? null
        : weekday(
            {
              ...ctx,
              tense: deadlineTense(ctx, m[1], m.input.slice(Math.max(0, m.index - 80), m.index)),
            },
            m[3]!,
            m[2],
            m[4],
            ctx.tense === "unknown" &&
              !POSSESSIVE.test(m.input.slice(m.index + m[0].length)) &&
              !statesPast(m.input),
          ),
  },
  {
    key: "weekday",
    first: true,
    re: /\b(yesterday|today|tonight|tomorrow)\b/gi,
    resolve: (m, ctx) =>
      ctx.ref ? day(addDays(ctx.ref, RELATIVE_DAYS[m[1]!.toLowerCase()]!), "relative") : null,
  },
];
