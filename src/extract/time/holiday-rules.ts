// Holidays news dates by name: "on Christmas Day", "over Easter", "on Black Friday", "over Thanksgiving".
// Each is one day (a holiday told as a weekend or a season holds that day), in the year a tense or a
// named year chooses.
import { addDays, type Day } from "./calendar.js";
import { onDay } from "./day-rules.js";
import { type Rule, YEAR } from "./rule-kit.js";

/** Easter Sunday of a Gregorian year (the anonymous computus, as Meeus gives it). */
function easter(y: number): Day {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  return { y, m: month, d: ((h + l - 7 * m + 114) % 31) + 1 };
}

/** The fourth Thursday of November: Thanksgiving in the United States. */
function thanksgiving(y: number): Day {
  const weekday = new Date(Date.UTC(y, 10, 1)).getUTCDay();
  return { y, m: 11, d: 1 + ((4 - weekday + 7) % 7) + 21 };
}

const on = (m: number, d: number) => (y: number) => ({ y, m, d });
/** Each holiday's day in a year, keyed by its name in lower case with one space between words. */
const HOLIDAYS: Record<string, (y: number) => Day> = {
  "christmas eve": on(12, 24),
  "christmas day": on(12, 25),
  christmas: on(12, 25),
  "boxing day": on(12, 26),
  "new year's eve": on(12, 31),
  "new year's day": on(1, 1),
  easter,
  "easter sunday": easter,
  "easter weekend": easter,
  "easter monday": (y) => addDays(easter(y), 1),
  "good friday": (y) => addDays(easter(y), -2),
  thanksgiving,
  "black friday": (y) => addDays(thanksgiving(y), 1),
  "cyber monday": (y) => addDays(thanksgiving(y), 4),
};

// A feast named alone dates a claim only after a word of time ("over Christmas", "since Easter", "last
// Thanksgiving"), not as a modifier ("Christmas Island", "Christmas trees").
const BARE = /^(?:christmas|easter|thanksgiving)$/;
const TIME_BEFORE =
  /\b(?:over|at|on|before|after|until|by|during|since|around|through|this|last|next|from)\s+(?:the\s+)?$/i;
// "two weeks before Christmas", "three months after Easter": the holiday anchors another day, unread.
const OFFSET_BEFORE = /\b(?:days?|weeks?|months?)\s+(?:before|after|ahead\s+of)\s+$/i;

export const HOLIDAY_RULES: Rule[] = [
  {
    key: "holiday",
    first: true,
    re: new RegExp(
      `\\b(?:((?:the\\s+)?(?:run|lead|build)[-\\s]up\\s+to|the\\s+(?:weeks|days)\\s+(?:before|leading\\s+up\\s+to))\\s+)?(Christmas\\s+(?:Eve|Day)|Christmas|Boxing\\s+Day|New\\s+Year['’]s\\s+(?:Eve|Day)|Easter(?:\\s+(?:Sunday|Monday|weekend))?|Good\\s+Friday|Thanksgiving|Black\\s+Friday|Cyber\\s+Monday)(?:\\s+(?:of\\s+)?${YEAR})?\\b`,
      "g",
    ),
    resolve: (m, ctx) => {
      const [runUp, named, year] = [m[1], m[2]!, m[3]];
      const name = named.toLowerCase().replace(/\s+/g, " ").replace("’", "'");
      const before = m.input.slice(Math.max(0, m.index - 20), m.index);
      if (!runUp && OFFSET_BEFORE.test(before)) return null;
      if (BARE.test(name) && !year && !runUp && !TIME_BEFORE.test(before)) return null;
      const which = /\b(last|next)\s+$/i.exec(before)?.[1]?.toLowerCase();
      const tense = which === "last" ? "past" : which === "next" ? "future" : ctx.tense;
      const day = onDay({ ...ctx, tense }, HOLIDAYS[name]!, year, true);
      if (!day || !runUp) return day;
      // "in the run-up to Christmas", "the weeks before Easter": the four weeks before the day; "the days
      // before", one.
      const back = /\bdays\b/i.test(runUp) ? 7 : 28;
      const end = addDays(day.period.start, -1);
      return { ...day, period: { start: addDays(end, 1 - back), end }, granularity: "range" };
    },
  },
];
