// Reading one number of a sentence as an amount: its value, the currency before it, its scale, the unit
// after it (read-unit.ts), what the words around it make of it (read-around.ts), whether it is an amount
// at all (not a year, a name, an ordinal), and its modifiers. Each step reads and extends one Reading; a
// step that finds nothing leaves it as it was.

import { CURRENCY_PREFIX, CURRENCY_WORDS } from "../lexicon/currencies.js";
import { parseNumberWords, parseNumeral, SCALES } from "../lexicon/numbers.js";
import { alternation, MEASURE_UNITS } from "../lexicon/units.js";
import { MONTH_NAMES, WEEKDAY_NAMES } from "../lexicon/words.js";
import { isYear, modifiers, notAnAmount } from "./context.js";
import { type Found, found } from "./found.js";
import { overAcross, readAge, readExchangeRate, readSign } from "./read-around.js";
import { readLetterCurrency, readMagnitude, readRate, readUnit } from "./read-unit.js";
import { type Reading, type SentenceFacts, sticky } from "./reading.js";

const SMALL_WORD =
  "(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\\s](?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)";
const SCALE_WORD = "(?:hundred|thousand|million|billion|trillion)";
// "seven hundred and fifty", "two thousand five hundred": after a scale word, "and" and a smaller
// number carry on the same amount ("two and three" does not).
// "one" is an amount only before a scale or a percentage ("a flat one pct surtax", "one per cent"), or a
// point moved ("rose one point to 37 per cent"): else it is "one of them", "no one", "at one point".
const WORD_NUMBER =
  `(?:(?!one\\b)${SMALL_WORD}|(?:a|one)(?=\\s+(?:${SCALE_WORD}|dozen))|one(?=\\s+(?:per[\\s-]?cent|percent|pct|percentage\\s+points?)\\b)|(?<=\\b(?:rose|fell|up|down|by|gained|lost|dropped|slipped|climbed|jumped|added|shed)\\s)one(?=\\s+point\\b))` +
  `(?:\\s+(?:${SCALE_WORD}|dozen)|(?<=${SCALE_WORD})\\s+and\\s+${SMALL_WORD}\\b|(?<=${SCALE_WORD})\\s+${SMALL_WORD}(?=\\s+${SCALE_WORD}))*`;
// "half a billion", "a half million", "a quarter of a million", "three quarters of a billion".
const PART_OF_SCALE =
  "(?:a\\s+)?(?:half|quarter|third|three[-\\s]quarters|two[-\\s]thirds)\\s+(?:of\\s+)?(?:an?\\s+)?(?:million|billion|trillion)";
// Keyed by the part's first word: "three quarters", "two thirds".
const PART: Record<string, number> = {
  half: 0.5,
  quarter: 0.25,
  three: 0.75,
  third: 1 / 3,
  two: 2 / 3,
};
const WHOLE_PART_OF_SCALE = new RegExp(`^${PART_OF_SCALE}$`, "i");
// "two and a half years", "five-and-a-half months".
const AND_A_HALF = "[-\\s]and[-\\s]a[-\\s]half";
/** Every number a sentence writes: in digits (`digits`; ".05 per cent" too) or in words (`words`). */
// The lookahead first: a lookbehind opening the pattern would be tried at every position of the sentence.
export const NUMBER = new RegExp(
  `(?=[\\d.])(?<![\\d,]|(?<!\\bRs)\\.)(?<digits>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|(?<=\\s)\\.\\d+(?=\\s?(?:%|per[\\s-]?cent\\b)))(?![\\d])|\\b(?<words>(?:${WORD_NUMBER}|one(?=${AND_A_HALF}\\b))(?:${AND_A_HALF})?|half a dozen|${PART_OF_SCALE})\\b(?![-\\s](?:thirds?|quarters?|halves|fifths?))`,
  "gi",
);
// "$-12.4bn": a minus between the currency and the number.
const PREFIX = new RegExp(
  `(?:^|[^A-Za-z$])(?<currency>${alternation(Object.keys(CURRENCY_PREFIX))})\\s?(?<minus>[-−])?$`,
);
// Capital K, M, B and T scale money only ("$10M", "€2.1T"), as does finance's "MM" ("$5MM"); after a bare
// number they are names ("3M").
const SCALE =
  /(?:(?<letter>k|mn|mln|mil|bn|bln|bil|tn|trn|tril|m|b|K|MM|M|B|T)(?![A-Za-z])|\s(?<abbrev>mn|mln|mil|bn|bln|bil|tn|trn|tril)\b|[\s-]*(?<word>(?:hundred|thousand|million|billion|trillion|lakh|crore)(?:\s+(?:thousand|million|billion|crore))?)\b)/y;
// After the m: a measure ("828m tall", "a 10m-high wall") or a race ("the 400m hurdles", "the 100m final").
const METRES =
  /^(?:\s*|-)(?:tall|high|long|wide|deep|away|across|thick|above|below|underground|in (?:length|height|diameter)|hurdles|freestyle|butterfly|backstroke|breaststroke|(?:individual\s+)?medley|relay|sprint|dash|steeplechase|final|heats?|world record)\b/;
// "waves up to 30ft (9m) high", "the 300m (984ft) tower": beside a length in feet, inches, yards or miles,
// the other of the pair is metres.
const IMPERIAL_LENGTH = alternation(
  Object.keys(MEASURE_UNITS).filter((w) =>
    ["ft", "inch", "yard", "mile"].includes(MEASURE_UNITS[w]!),
  ),
);
const PAIRED_AFTER = new RegExp(
  `^\\s*\\(\\s*(?:about\\s+|around\\s+|some\\s+)?[\\d.,]+\\s*(?:${IMPERIAL_LENGTH})\\b`,
  "i",
);
const PAIRED_BEFORE = new RegExp(
  `\\d\\s*(?:${IMPERIAL_LENGTH})\\s*\\(\\s*(?:about\\s+|around\\s+|some\\s+)?$`,
  "i",
);
// "came third in the 100m.": a track distance ending its clause is the race, not millions…
const RACE =
  /(?<=\b(?:in|won|wins|ran|runs|men['’]s|women['’]s)\s+(?:the\s+)?)(?:60|100|110|200|400|800|1,?500|3,?000|5,?000|10,?000)$/;
// … or before how it was won: "won the 100m by half a second", "ran the 200m in 19.8 seconds".
const RACE_AFTER = /^(?:[.,;:)]|$|\s+(?:by\s|in\s+\d|at\s+the\b|title\b|race\b|gold\b|crown\b))/;
const MIXED_FRACTION = /\s(?<top>\d)\/(?<bottom>2|3|4|8|16)(?![\d/])|(?<vulgar>[½⅓⅔¼¾⅛])/y;
// "a 1/4 mile oval", "cut by 1/2 pct": a fraction on its own, before the words it measures (a bare "1/4"
// may be a date).
const LONE_FRACTION =
  /\/(?<bottom>2|3|4|8|16)(?![\d/])(?=\s?(?!(?:and|or|the|to|in|at|on|for|with)\b)[A-Za-z])/y;
const DATE_BEFORE = /\b(?:on|since|until|from|dated)\s$/i;
const VULGAR: Record<string, number> = {
  "½": 0.5,
  "⅓": 1 / 3,
  "⅔": 2 / 3,
  "¼": 0.25,
  "¾": 0.75,
  "⅛": 0.125,
};

const ENDS_AND_A_HALF = new RegExp(`${AND_A_HALF}$`, "i");

function wordsValue(raw: string): number | null {
  if (/^half a dozen$/i.test(raw)) return 6;
  if (WHOLE_PART_OF_SCALE.test(raw)) {
    const words = raw
      .toLowerCase()
      .replace(/^a\s+/, "")
      .split(/[-\s]+/);
    return PART[words[0]!]! * SCALES[words.at(-1)!]!;
  }
  const whole = parseNumberWords(raw.replace(ENDS_AND_A_HALF, ""));
  return whole !== null && ENDS_AND_A_HALF.test(raw) ? whole + 0.5 : whole;
}

/** The number's value; "2 1/2 years", "10 1/2 miles", "2½ years": a whole number and a fraction of one. */
function readNumber(s: string, m: RegExpExecArray): Reading | null {
  const { digits } = m.groups!;
  const raw = m[0];
  const value = digits !== undefined ? parseNumeral(digits) : wordsValue(raw);
  if (value === null || !Number.isFinite(value)) return null;
  const end = m.index + raw.length;
  const r: Reading = {
    s,
    digits: digits !== undefined,
    numStart: m.index,
    numEnd: end,
    raw,
    value,
    numeral: value,
    start: m.index,
    end,
    type: "count",
    unit: null,
    prefixed: false,
    scaled: false,
    metres: false,
    unitFound: false,
  };
  const mixed = r.digits && /^\d+$/.test(raw) ? sticky(MIXED_FRACTION, s, end) : null;
  const f = mixed?.groups;
  if (f && (f.vulgar || Number(f.top) < Number(f.bottom))) {
    r.value += f.vulgar ? VULGAR[f.vulgar]! : Number(f.top) / Number(f.bottom);
    r.numeral = r.value;
    r.end += mixed![0].length;
  } else if (
    r.digits &&
    /^\d{1,2}$/.test(raw) &&
    s[m.index - 1] !== "/" &&
    !DATE_BEFORE.test(s.slice(Math.max(0, m.index - 7), m.index))
  ) {
    const lone = sticky(LONE_FRACTION, s, end);
    const bottom = Number(lone?.groups?.bottom);
    if (lone && r.value < bottom) {
      r.value /= bottom;
      r.numeral = r.value;
      r.end += lone[0].length;
      r.numEnd = r.end;
    }
  }
  return r;
}

/** "$", "US$", "€" right before the number. */
function readCurrencyBefore(r: Reading): void {
  const windowStart = Math.max(0, r.start - 8);
  const prefix = PREFIX.exec(r.s.slice(windowStart, r.start));
  if (!prefix) return;
  const currency = prefix.groups!.currency!;
  r.type = "money";
  r.unit = CURRENCY_PREFIX[currency]!;
  r.start = windowStart + prefix.index + prefix[0].lastIndexOf(currency);
  r.prefixed = true;
  r.unitFound = true;
  if (prefix.groups!.minus) r.value = -r.value;
}

/** "billion", "bn", "m", "lakh" after digits. "828m tall" is in metres; "3m residents" and "£3m" are
 *  millions; "3M" and "5B" are names (3M, a B-series) unless money: "$3M". */
function readScale(r: Reading): void {
  const scale = r.digits ? sticky(SCALE, r.s, r.end) : null;
  if (!scale) return;
  const { letter, abbrev, word: written } = scale.groups!;
  const word = (letter ?? abbrev ?? written)!;
  const single = letter !== undefined && word.length === 1;
  if (
    word === "m" &&
    r.type !== "money" &&
    (METRES.test(r.s.slice(r.end + 1, r.end + 30)) ||
      PAIRED_AFTER.test(r.s.slice(r.end + 1, r.end + 30)) ||
      PAIRED_BEFORE.test(r.s.slice(Math.max(0, r.start - 30), r.start)) ||
      (RACE.test(r.s.slice(Math.max(0, r.start - 16), r.end)) &&
        RACE_AFTER.test(r.s.slice(r.end + 1, r.end + 12))))
  ) {
    r.metres = true;
    return;
  }
  if (single && (/[A-Z]/.test(word) || word.toLowerCase() === "b") && r.type !== "money") return;
  if (word === "MM" && r.type !== "money") return;
  r.value *= (word === "MM" ? "m" : word)
    .toLowerCase()
    .split(/\s+/)
    .reduce((f, w) => f * (SCALES[w] ?? 1), 1);
  r.end += scale[0].length;
  r.scaled = true;
}

/** Whether what was read is an amount: not a name, a date or a time, a year, an ordinal, or a number in
 *  words with nothing to count after it. */
function isAmount(r: Reading): boolean {
  const { s, end, digits, unitFound, scaled } = r;
  const bare = !unitFound && !scaled;
  // A currency code fused to the number ("USD115") is a prefix, not a name.
  if (notAnAmount(s, r.start, r.numEnd, !bare)) return false;
  if (bare && digits && isYear(r.value, r.raw)) return false;
  if (!unitFound && /^(st|nd|rd|th|s|'s)\b/i.test(s.slice(end, end + 3))) return false;
  // A letter fused to the number makes a name: "1080p", "5G", "3D".
  if (bare && digits && /[A-Za-z]/.test(s[end] ?? "")) return false;
  // "grew by half a million.", "rose by two billion": a scale word in words is an amount by itself.
  return (
    !bare ||
    digits ||
    /^\s+[a-z]/.test(s.slice(end, end + 3)) ||
    SCALE_WORD_LAST.test(r.raw) ||
    namedThings(r)
  );
}

const SCALE_WORD_LAST = /\b(?:million|billion|trillion)$/i;
// "two La Liga titles", "in three US states", "two Cuban exile leaders", "six Protestants": names describing what is counted, then
// the thing. Not "Two Sisters" (a capitalised number is part of the name), "one Tory MP" (one is seldom a
// figure), "ninety-one Charles Keating was" (a year in words), "eight Canadian cents" (money).
const MONEY_WORDS = Object.keys(CURRENCY_WORDS)
  .filter((w) => /^[a-z]+s$/.test(w))
  .join("|");
const NAMED_THINGS = new RegExp(
  String.raw`^\s+(?:(?:[A-Z][\w'’.-]*\s+){1,3}(?:[a-z]+\s+)?(?!(?:was|has|is|does|his|its|this|thus|plus|as|us|yes|across|less|${MONEY_WORDS})\b)[a-z]+s\b|(?:[A-Z][\w'’.-]*\s+){0,2}(?!(?:${MONTH_NAMES}|${WEEKDAY_NAMES})\b)[A-Z][a-z]+s\b(?![\s-]+[A-Z]))`,
);
const namedThings = (r: Reading) =>
  r.value >= 2 && r.raw.charCodeAt(0) >= 97 && NAMED_THINGS.test(r.s.slice(r.end, r.end + 60));

/** Float noise from scaling ("17.1 * 1e9") would defeat equality on stored figures. */
const round = (v: number) => (Number.isInteger(v) ? v : Number(v.toPrecision(12)));

export function readAmount(s: string, m: RegExpExecArray, facts: SentenceFacts): Found | null {
  const r = readNumber(s, m);
  if (!r) return null;
  readCurrencyBefore(r);
  readLetterCurrency(r, facts);
  readMagnitude(r);
  readScale(r);
  readUnit(r, facts);
  readExchangeRate(r);
  readRate(r);
  readAge(r, facts);
  if (!isAmount(r)) return null;
  readSign(r);
  const mod = overAcross(s, r, modifiers(s, r.start, r.end));
  return found(s, r.start - mod.before, r.end + mod.after, r.type, round(r.value), r.unit, {
    approximate: mod.approximate,
    bound: mod.bound ?? (r.plus ? "gte" : null),
    numeral: r.numeral,
    scaled: r.scaled,
  });
}
