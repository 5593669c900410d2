// Quantities that are not "number + unit": ranks ("No. 1", "third-largest"; their patterns in
// rank-patterns.ts), ratios ("one in five", "two-for-one", "threefold"), fractions ("two-thirds") and
// durations in words or on the clock.
import { Containers } from "../cover.js";
import {
  ORDINALS,
  parseFraction,
  parseNumberWords,
  SMALL_NUMBER as SMALL,
} from "../lexicon/numbers.js";
import { DURATION_UNITS } from "../lexicon/units.js";
import { RISE_VERBS } from "../lexicon/words.js";
import type { QuantityType } from "../types.js";
import {
  AGE_DECADE,
  BOUNDED_ONE,
  CLOCK,
  CLOCK_GAP,
  COMPOUND_TIME,
  COMPOUND_UNITS,
  FORTNIGHTS,
  HALF_A,
  ONE_AND_A_HALF,
  PART_OF_ONE,
  RACE_TIME,
} from "./duration-patterns.js";
import { type Found, found as make } from "./found.js";
import {
  COUNTED_IN_PERIOD,
  POSSESSED_ORDINAL,
  POSSESSED_WORD,
  RANK_NO,
  RANK_ORDINAL,
  RANKED,
  STANDING,
  TOP_N,
} from "./rank-patterns.js";
import { type Family, triggered } from "./special-triggers.js";

// "one in five", "3 out of 4", "a one-in-four chance": small numbers only, and never "10,000 in 3 years"
// nor "a one-in-100-year flood" or "a one-in-1,000-year event" (how often, not what share).
const RATIO_IN = new RegExp(
  `(?<![$€£¥\\d.,])\\b(${SMALL})(?:\\s+(?:in|out of)\\s+|-in-)(?:every\\s+)?(${SMALL})\\b(?![,.]\\d)(?![\\s-]*(?:%|percent|years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?)\\b)`,
  "gi",
);
// "a 1.37-to-1 ratio": the first number may have decimals, read whole.
const RATIO_FOR = new RegExp(
  `(?<![\\d.])\\b(\\d{1,3}\\.\\d+|${SMALL})-(?:for|to)-(${SMALL})\\b`,
  "gi",
);
const FOLD = new RegExp(`\\b(${SMALL}|\\d+(?:\\.\\d+)?)[-\\s]?fold\\b`, "gi");
// "three times as many", "five times the size", "three times its size", "nearly four times her target",
// "three times last year's level", "25 times earnings" (a valuation),
// "8.3 times average earnings", and after a rise: "prices rose three and a half times"
// (after a fall, or alone, "three times" counts occasions).
const TIMES_NUMBER = `twice|(?:${SMALL})(?:[-\\s]and[-\\s]a[-\\s]half)?|\\d+(?:\\.\\d+)?`;
const AFTER_RISE = `\\b(?:${RISE_VERBS.join("|")})\\s+(?:by\\s+)?(?:(?:about|around|roughly|nearly|almost|more\\s+than|over|some)\\s+)?`;
const TIMES = new RegExp(
  `(?:(?<=${AFTER_RISE})|(?=(?:${TIMES_NUMBER})\\s+times\\s+(?:as|more|higher|larger|bigger|greater|faster|the|its|their|his|her|our|that\\s+of|what|(?:last|this|next)\\s+(?:year|month|week|season)['’]s|(?:forward\\s+|annual\\s+|average\\s+|median\\s+)?(?:earnings|sales|revenue|profits?|book|EBITDA|incomes?|salary|salaries|wages?|pay))\\b))\\b(${TIMES_NUMBER})\\s+times\\b`,
  "gi",
);
// "nearly twice the 10-year average", "twice as many", "twice that of its rival": a multiple without "times"
// ("twice a year" is how often, "fined twice" how many times, "has cut rates twice this year" too; so is
// "scored twice as City beat Bournemouth", where "as" opens a clause).
const TWICE =
  /\b[Tt]wice(?=\s+(?:as\s+(?!(?:the|a|an|it|he|she|they|we|his|her|its|their)\b)[a-z]|(?:the|that|what|its|their|his|her|our|this|these|those)\b))(?!\s+this\s+(?:year|month|week|season|quarter|decade|century|summer|spring|autumn|winter|time)\b)/g;
// One part of a whole, after "a" or "one": "a third of", "an eighth of voters", "fell by a seventh".
const ONE_PART = "third|quarter|fifth|sixth|seventh|eighth|ninth|tenth";
// Not a rugby position: "first five-eighth Beauden Barrett".
const FRACTION = new RegExp(
  String.raw`\b(?:(?<!\b(?:first|second)\s)(?:one|two|three|four|five|seven|nine)-(?:thirds?|quarters?|fifths?|sixths?|eighths?|tenths?)(?!\s+of\s+an?\s+(?:million|billion|trillion)\b)|(?:two|three|four|five|seven|nine)\s(?:thirds|fifths|sixths|eighths|tenths)(?!\s+of\s+an?\s+(?:million|billion|trillion)\b)|(?<!\b(?:past|last|previous|next|coming|first|final|recent|latest|following|preceding|consecutive|successive|for|in|over|during|across|within|after)\s)(?:two|three)\squarters(?!\s+(?:in\s+a\s+row|running|ago|later|earlier|before)\b|\s+of\s+(?:an?\s+(?:million|billion|trillion)|(?:the\s+)?(?:(?:fiscal|financial)\s+)?(?:year\b|(?:19|20)\d{2}\b)))|(?:an?|one)\s+(?:${ONE_PART})\s+of(?!\s+an?\s+(?:million|billion|trillion)\b)|(?:an?|one)\s+(?:${ONE_PART})(?=\s+(?:below|above|higher|lower|more|less|fewer|smaller|larger|bigger|cheaper|dearer|were|are|have|had|said|say)\b)|(?:an?\s+|one\s+)?(?:quarter|half)[-\s](?:percentage[-\s])?point\b|half(?=\s+an?\s+(?:percentage[-\s]points?|points?|percent|per\s?cent)\b)|half\s+of|(?<!\b(?:first|second|last|final|other|one|and)[-\s])half(?=\s+(?:its|their|his|her|our|the|all|these|those)\s)|(?<!\band[-\s])a\s+half(?!-|\s+(?:million|billion|trillion)\b)|(?<=\b(?:by|up|down)\s+(?:(?:about|around|roughly|nearly|almost|some|over|under|more\s+than|less\s+than)\s+)?)(?:an?\s+)?(?:half|${ONE_PART})(?!\s+(?:of\s+)?an?\s+(?:million|billion|trillion)\b))\b`,
  "gi",
);

// Multiples as verbs: "more than doubled", "nearly tripled", "halved".
const MULTIPLE: Record<string, number> = { doubl: 2, tripl: 3, trebl: 3, quadrupl: 4, halv: 0.5 };
// "the doubles final", "mixed doubles" are tennis.
// "aims to double sales", "will triple": the plain verb after "to" or a modal.
const MULTIPLIED =
  /(?<!\b(?:the|mixed|in)\s)\b(doubl|tripl|trebl|quadrupl|halv)(?:ed|es|ing|e(?<=\b(?:to|will|would|could|may|might|should)\s+\w+))\b/gi;
// "nearly double the November average", "triple that of its rival", "double last year's total": a multiple
// of a level, as "twice the" is (not the verb: "plans to double the size").
const MULTIPLE_OF =
  /(?<!\b(?:to|will|would|could|may|might|should|must)\s+|['’](?:d|ll)\s+)\b(doubl|tripl|trebl|quadrupl)e(?=\s+(?:the|that|its|their|his|her|what|(?:last|this|next)\s+(?:year|month|week|season)['’]s)\b)/gi;
// "42 per 100,000 residents", "12 homicides per 100,000 people": a rate over a round population, both
// numbers in its span. What is counted may stand between them, unless it is a unit ("5 cents per 100g").
const PER_POPULATION =
  /(?<![$€£¥\d.,])\b(\d+(?:\.\d+)?)(?:\s+(?!(?:cents|pence|points|percent|miles|metres|meters|kilometres|kilometers|hours|minutes|seconds|pounds|dollars|euros|grams|litres|liters|tons|tonnes)\b)[a-z]{3,}s)?\s+(?:per|for every|in every|out of every)\s+(1,000,000|100,000|10,000|1,000|100|a thousand|a million|one million|1 million)(?:\s+(?:people|residents|inhabitants|population|live births|births|deaths|patients|pupils|students|children|women|men|adults|workers))?\b/gi;
const POPULATION: Record<string, number> = {
  "a thousand": 1e3,
  "a million": 1e6,
  "one million": 1e6,
  "1 million": 1e6,
};
// "a quarter of a percent": the fraction is of a percent.
// "a quarter of a percentage point", "half a percentage point": a fraction of a point is a change in points.
const OF_A_PERCENT =
  /^\s+(?:of\s+)?(?:a|one)\s+(?:(?<percent>percent|per\s?cent)|(?<points>percentage[-\s]points?)|(?<point>point))\b/i;
// "cut rates by half a point", "three-quarters of a point": a point, where the sentence is about rates, is a
// percentage point (a chess player's half a point is no rate).
const RATE_TALK = /%|\b(?:per\s?cent|rates?|yields?|inflation|unemployment|interest)\b/i;
// "cut rates by a full percentage point": one point (a fraction of one is read as a fraction).
const ONE_POINT = /(?<!\b(?:of|half)\s)\b(?:a|one)\s+(?:full\s+)?percentage[-\s]point\b(?!s)/gi;
// The Fed's "a quarter-point cut", "a half-point rise", "one quarter-percentage-point reduction": points of a
// percentage.
const FRACTION_POINT = /^(?:an?\s+|one\s+)?(quarter|half)[-\s](?:percentage[-\s])?point$/i;

const num = (raw: string): number | null => {
  const half = /[-\s]and[-\s]a[-\s]half$/i.exec(raw);
  if (half) {
    const whole = num(raw.slice(0, half.index));
    return whole === null ? null : whole + 0.5;
  }
  const w = raw.toLowerCase();
  if (/^\d/.test(w)) return parseFloat(w);
  if (w === "twice") return 2;
  if (w in ORDINALS) return ORDINALS[w]!;
  return parseNumberWords(w);
};

/** Ranks, ratios and fractions are unitless; their value is rounded as read amounts are. */
const found = (s: string, start: number, end: number, type: QuantityType, value: number): Found =>
  make(s, start, end, type, Number(value.toPrecision(12)), null, { numeral: value });

function each(
  re: RegExp,
  s: string,
  f: (m: RegExpExecArray) => Found | null,
  out: Found[],
  held: Containers,
): void {
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    const q = f(m);
    // The longer reading wins: "ranked No. 1" over "No. 1".
    if (q && !held.holds(q.span.start, q.span.end)) {
      out.push(q);
      held.add(q.span.start, q.span.end);
    }
  }
}

type Reader = (m: RegExpExecArray, s: string) => Found | null;

/** A place in a table or a race. "Safety came first" ranks nothing; "came first in the 100m" does. */
function standing(m: RegExpExecArray, s: string): Found | null {
  const start = m.index + m[0].length - m[1]!.length;
  if (/^com|^cam/i.test(m[0]) && /^first$/i.test(m[1]!) && !/^\s+in\s/.test(s.slice(start + 5)))
    return null;
  return found(s, start, start + m[1]!.length, "rank", ordinal(m[1]!)!);
}

/** The whole match as a quantity of `type`, when its value could be read. */
function at(s: string, m: RegExpExecArray, type: QuantityType, value: number | null): Found | null {
  return value === null || !Number.isFinite(value)
    ? null
    : found(s, m.index, m.index + m[0].length, type, value);
}

const pair = (m: RegExpExecArray, s: string) => {
  const [a, b] = [num(m[1]!), num(m[2]!)];
  return a !== null && b ? at(s, m, "ratio", a / b) : null;
};
const ordinal = (w: string) => num(w.replace(/(?<=\d)(st|nd|rd|th)$/i, ""));
// A reader runs when any of its families' triggers is found: "fifth in the table" is found by the ordinal
// trigger, which shares its opening, "finished fifth" by the standing one.
const READERS: [family: Family | readonly Family[], re: RegExp, read: Reader][] = [
  ["ranked", RANKED, (m, s) => at(s, m, "rank", ordinal(m[1]!))],
  [
    "top",
    TOP_N,
    (m, s) => {
      const n = num(m[1]!);
      if (n === null) return null;
      return { ...found(s, m.index, m.index + m[1]!.length, "rank", n), bound: "lte" };
    },
  ],
  ["ordinal", RANK_ORDINAL, (m, s) => at(s, m, "rank", ordinal(m[1]!))],
  ["no", RANK_NO, (m, s) => at(s, m, "rank", num(m[1]!))],
  [
    "possessed",
    POSSESSED_ORDINAL,
    (m, s) => {
      const start = m.index + m[0].length - m[1]!.length;
      return found(s, start, start + m[1]!.length, "rank", ordinal(m[1]!)!);
    },
  ],
  [
    "wordOrdinal",
    POSSESSED_WORD,
    (m, s) => {
      const start = m.index + m[0].indexOf(m[1]!, m[0].indexOf(" "));
      return found(s, start, start + m[1]!.length, "rank", ORDINALS[m[1]!.toLowerCase()]!);
    },
  ],
  [["standing", "ordinal"], STANDING, standing],
  [
    "wordOrdinal",
    COUNTED_IN_PERIOD,
    (m, s) => {
      const start = m.index + m[0].indexOf(m[1]!, 3);
      return found(s, start, start + m[1]!.length, "rank", ORDINALS[m[1]!.toLowerCase()]!);
    },
  ],
  [
    "perPopulation",
    PER_POPULATION,
    (m, s) => {
      const per = POPULATION[m[2]!.toLowerCase()] ?? Number(m[2]!.replace(/,/g, ""));
      return at(s, m, "ratio", Number(m[1]) / per);
    },
  ],
  ["ratioIn", RATIO_IN, pair],
  ["ratioFor", RATIO_FOR, pair],
  ["fold", FOLD, (m, s) => at(s, m, "ratio", num(m[1]!))],
  ["times", TIMES, (m, s) => at(s, m, "ratio", num(m[1]!))],
  ["times", TWICE, (m, s) => at(s, m, "ratio", 2)],
  ["multiplied", MULTIPLIED, (m, s) => at(s, m, "ratio", MULTIPLE[m[1]!.toLowerCase()]!)],
  ["multiplied", MULTIPLE_OF, (m, s) => at(s, m, "ratio", MULTIPLE[m[1]!.toLowerCase()]!)],
  [
    "fortnight",
    FORTNIGHTS,
    (m, s) => {
      const n = /^an?$/i.test(m[1]!) ? 1 : num(m[1]!);
      return n === null ? null : { ...at(s, m, "duration", 2 * n)!, unit: "week" };
    },
  ],
  [
    "halfA",
    HALF_A,
    (m, s) => ({ ...at(s, m, "duration", 0.5)!, unit: DURATION_UNITS[m[1]!.toLowerCase()]! }),
  ],
  [
    "partOfOne",
    PART_OF_ONE,
    (m, s) => {
      const part = parseFraction(`${m[1]} ${m[2]}`);
      return part === null
        ? null
        : { ...at(s, m, "duration", part)!, unit: DURATION_UNITS[m[3]!.toLowerCase()]! };
    },
  ],
  [
    "partOfOne",
    ONE_AND_A_HALF,
    (m, s) => ({ ...at(s, m, "duration", 1.5)!, unit: DURATION_UNITS[m[1]!.toLowerCase()]! }),
  ],
  [
    "boundedOne",
    BOUNDED_ONE,
    (m, s) => ({ ...at(s, m, "duration", 1)!, unit: DURATION_UNITS[m[1]!.toLowerCase()]! }),
  ],
  [
    "compoundTime",
    COMPOUND_TIME,
    (m, s) => {
      // "an hour and 34 minutes": one of the larger unit.
      const [a, b] = [/^an?$/i.test(m[1]!) ? 1 : num(m[1]!), num(m[4]!)];
      const [big, small] = [(m[2] ?? m[3])!, (m[5] ?? m[6])!].map(
        (u) => DURATION_UNITS[u.toLowerCase()]!,
      );
      // Only a larger unit before the next smaller: "hours and minutes", "years and months".
      const pair = COMPOUND_UNITS[`${big} ${small}`];
      if (a === null || b === null || !pair) return null;
      const [unit, per] = pair;
      return { ...at(s, m, "duration", a * per + b)!, unit };
    },
  ],
  [
    "clock",
    CLOCK,
    (m, s) => {
      const [a, b] = [Number(m[1]), Number(m[2])];
      // Hours, minutes and seconds; or minutes, seconds and a fraction of one.
      const seconds = m[3] ? a * 3600 + b * 60 + Number(m[3]) : a * 60 + Number(`${b}${m[4]}`);
      return { ...at(s, m, "duration", seconds)!, unit: "second" };
    },
  ],
  ["raceTime", RACE_TIME, (m, s) => ({ ...at(s, m, "duration", Number(m[0]))!, unit: "second" })],
  [
    "clockGap",
    CLOCK_GAP,
    (m, s) => {
      const [min, sec] = [m[1], m[2]].map(Number) as [number, number];
      return { ...at(s, m, "duration", min * 60 + sec)!, unit: "second" };
    },
  ],
  [
    "fraction",
    FRACTION,
    (m, s) => {
      const written = m[0].replace(/\s+of$/i, "");
      const point = FRACTION_POINT.exec(written);
      if (point) {
        const value = point[1]!.toLowerCase() === "half" ? 0.5 : 0.25;
        return {
          ...found(s, m.index, m.index + written.length, "percentage_points", value),
          unit: "pp",
        };
      }
      const value = parseFraction(written.replace(/^half$/i, "a half"));
      if (value === null) return null;
      const end = m.index + written.length;
      const read = OF_A_PERCENT.exec(s.slice(end));
      const percent = read?.groups?.point && !RATE_TALK.test(s) ? null : read;
      // "half a point ahead" in a game: no amount to check.
      if (read?.groups?.point && !percent && /^half$/i.test(written)) return null;
      if (percent?.groups?.points || percent?.groups?.point)
        return {
          ...found(s, m.index, end + percent[0].length, "percentage_points", value),
          unit: "pp",
        };
      if (percent)
        return { ...found(s, m.index, end + percent[0].length, "percent", value), unit: "%" };
      // "a third of voters", "fell by a quarter": a share of a whole, as "one in five" is.
      return found(s, m.index, end, "ratio", value);
    },
  ],
  ["onePoint", ONE_POINT, (m, s) => ({ ...at(s, m, "percentage_points", 1)!, unit: "pp" })],
  [
    "ageDecade",
    AGE_DECADE,
    (m, s) => ({ ...at(s, m, "duration", Number(m[1]))!, unit: "year", bound: "gte" }),
  ],
];

export function specialQuantities(s: string): Found[] {
  const out: Found[] = [];
  const families = triggered(s);
  if (families.size === 0) return out;
  const held = new Containers(s.length);
  for (const [family, re, read] of READERS) {
    const found =
      typeof family === "string" ? families.has(family) : family.some((f) => families.has(f));
    if (found) each(re, s, (m) => read(m, s), out, held);
  }
  return out;
}
