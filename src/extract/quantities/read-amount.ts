// Reading one number of a sentence as an amount: its value, the currency before it, its scale, the unit
// after it, whether it is an amount at all (not a year, a name, an ordinal), its sign and its modifiers.
// Each step reads and extends one Reading; a step that finds nothing leaves it as it was.

import {
  CURRENCY_PREFIX,
  CURRENCY_SUFFIX,
  CURRENCY_WORDS,
  MINOR_UNITS,
} from "../lexicon/currencies.js";
import { parseNumberWords, parseNumeral, SCALES } from "../lexicon/numbers.js";
import { alternation, DURATION_UNITS, MEASURE_UNITS } from "../lexicon/units.js";
import type { QuantityType } from "../types.js";
import { isYear, modifiers, notAnAmount } from "./context.js";
import { exchangeRate } from "./exchange-rate.js";
import { type Found, found } from "./found.js";

const SMALL_WORD =
  "(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\\s](?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)";
const SCALE_WORD = "(?:hundred|thousand|million|billion|trillion)";
// "seven hundred and fifty", "two thousand five hundred": after a scale word, "and" and a smaller
// number carry on the same amount ("two and three" does not).
const WORD_NUMBER =
  `(?:(?!one\\b)${SMALL_WORD}|(?:a|one)(?=\\s+(?:${SCALE_WORD}|dozen)))` +
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
export const NUMBER = new RegExp(
  `(?<![\\d.,])(?<digits>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|(?<=\\s)\\.\\d+(?=\\s?(?:%|per[\\s-]?cent\\b)))(?![\\d])|\\b(?<words>(?:${WORD_NUMBER}|one(?=${AND_A_HALF}\\b))(?:${AND_A_HALF})?|half a dozen|${PART_OF_SCALE})\\b(?![-\\s](?:thirds?|quarters?|halves|fifths?))`,
  "gi",
);
// "$-12.4bn": a minus between the currency and the number.
const PREFIX = new RegExp(
  `(?:^|[^A-Za-z$])(?<currency>${alternation(Object.keys(CURRENCY_PREFIX))})\\s?(?<minus>[-−])?$`,
);
// Capital K, M, B and T scale money only ("$10M", "€2.1T"); after a bare number they are names ("3M").
const SCALE =
  /(?:(?<letter>k|mn|mln|mil|bn|bln|tn|trn|m|b|K|M|B|T)(?![A-Za-z])|\s(?<abbrev>mn|mln|mil|bn|bln|tn|trn)\b|[\s-]*(?<word>(?:hundred|thousand|million|billion|trillion|lakh|crore)(?:\s+(?:thousand|million|billion|crore))?)\b)/y;
// "26%", "3.2 per cent", "a 51-pct stake", "a 49-percent stake".
const PERCENT = /[\s-]?(?:%|per[\s-]?cent\b|pct\b|pc\b)/iy;
const POINTS = /\s+(?:percentage points?|percent(?:age)? pts?)\b|\s?(?:pp|ppts?)\b/iy;
const BASIS = /\s?(?:basis points?|bps)\b/iy;
// "five pounds of flour" weighs; "five pounds" pays.
// "a 12-cent dividend", "a 50-dollar bill": the hyphen binds the unit as a space would.
const CURRENCY_WORD = new RegExp(
  `(?:\\s*|-)(?:of\\s+)?(?<unit>${alternation(Object.keys(CURRENCY_WORDS))})\\b(?<!\\bpounds?(?=\\s+of\\b))`,
  "iy",
);
const CURRENCY_AFTER = new RegExp(
  `\\s?(?<unit>${alternation(Object.keys(CURRENCY_SUFFIX))})(?![\\w$€£¥])`,
  "y",
);
// "352p" is pence where the sentence is about prices or shares; "1080p" on a screen is not.
const PENCE = /p(?![A-Za-z0-9])/y;
const PENCE_CONTEXT =
  /£|\b(?:shares?|pence|prices?|costs?|dividends?|litre|liter|fares?|stamps?|pints?|duty)\b/i;
const SCREEN = /\b(?:video|resolution|screens?|display|stream(?:ing)?|HD|camera|pixels?)\b/i;
const DURATION = new RegExp(`[\\s-]+(?<unit>${alternation(Object.keys(DURATION_UNITS))})\\b`, "iy");
// A unit of two words may be hyphenated before what it measures: "a 1,000-square-foot flat".
const MEASURE = new RegExp(
  `(?:\\s|-)?(?<unit>${alternation(Object.keys(MEASURE_UNITS)).replace(/ /g, "[\\s-]")})(?![A-Za-z0-9])`,
  "iy",
);
const measureUnit = (written: string) =>
  MEASURE_UNITS[written.toLowerCase().replace(/[\s-]+/g, " ")]!;
// "ten miles", "a six-mile trip": spelled-out numbers take units written out in full, not "points" ("two
// points to make") or one- and two-letter symbols.
const WORD_MEASURE = /^(?!points?$|degrees?$|calories$)[a-z]{3,}(?:\s+[a-z]+)*$/i;
const AND_INCHES = /\s?(?<inches>\d{1,2}(?:\.\d+)?)\s?(?:in\b|inch(?:es)?\b|″|")/y;
const FUSED_INCHES = /in(?![A-Za-z\d])/y;
// "40C", "104F": temperatures written the British way, fused to the number.
const TEMPERATURE = /°?(?<scale>[CF])(?![A-Za-z\d])/y;
// Only where the sentence is about heat or cold: "the 3C report" is a name.
const WEATHER =
  /temperat|heat|warm|cold|hot\b|weather|climate|degree|celsius|fahrenheit|frost|freez|scorch|sizzl/i;
const METRES =
  /^\s*(?:tall|high|long|wide|deep|away|across|thick|above|below|underground|in (?:length|height|diameter))\b/;
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
/** Whole-sentence tests, each run at most once a sentence however many numbers ask. */
export class SentenceFacts {
  private pence?: boolean;
  private weather?: boolean;
  constructor(private readonly s: string) {}
  get pricedInPence(): boolean {
    return (this.pence ??= PENCE_CONTEXT.test(this.s) && !SCREEN.test(this.s));
  }
  get aboutWeather(): boolean {
    return (this.weather ??= WEATHER.test(this.s));
  }
  private rand?: boolean;
  get inSouthAfrica(): boolean {
    return (this.rand ??= SOUTH_AFRICA.test(this.s));
  }
}

// "R45" is rand only where the sentence is about South Africa: elsewhere R-numbers are roads and ratings.
const SOUTH_AFRICA =
  /\b(?:rand|South Africa(?:n|ns)?|Johannesburg|Cape Town|Durban|Pretoria|Soweto|Eskom|JSE)\b/;
const RAND_BEFORE = /(?:^|[^A-Za-z\d&])R$/;

/** "R45" in a sentence about South Africa. */
function readRand(r: Reading, facts: SentenceFacts): void {
  if (r.unitFound || !r.digits || !RAND_BEFORE.test(r.s.slice(Math.max(0, r.start - 2), r.start)))
    return;
  if (!facts.inSouthAfrica) return;
  r.type = "money";
  r.unit = "ZAR";
  r.start -= 1;
  r.prefixed = true;
  r.unitFound = true;
}

const sticky = (re: RegExp, s: string, at: number) => {
  re.lastIndex = at;
  return re.exec(s);
};

/** A number being read: where it stands, what it is worth so far, and what was found around it. */
interface Reading {
  s: string;
  /** Written in digits (else in words). */
  digits: boolean;
  /** The number as matched: [numStart, numEnd). */
  numStart: number;
  numEnd: number;
  raw: string;
  value: number;
  numeral: number;
  start: number;
  end: number;
  type: QuantityType;
  unit: string | null;
  prefixed: boolean;
  scaled: boolean;
  /** "828m tall": the m of the scale is metres. */
  metres: boolean;
  unitFound: boolean;
  /** "£100,000+ a year": a plus read inside the amount's span, a lower bound. */
  plus?: boolean;
}

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
  if (word === "m" && r.type !== "money" && METRES.test(r.s.slice(r.end + 1, r.end + 30))) {
    r.metres = true;
    return;
  }
  if (single && (/[A-Z]/.test(word) || word.toLowerCase() === "b") && r.type !== "money") return;
  r.value *= word
    .toLowerCase()
    .split(/\s+/)
    .reduce((f, w) => f * (SCALES[w] ?? 1), 1);
  r.end += scale[0].length;
  r.scaled = true;
}

const setUnit = (r: Reading, type: QuantityType, unit: string, length: number) => {
  r.type = type;
  r.unit = unit;
  r.end += length;
  r.unitFound = true;
  return true;
};

/** The units that may follow a number, tried in this order; the first that reads one wins. */
const UNIT_READERS: ((r: Reading, facts: SentenceFacts) => boolean)[] = [
  function percent(r) {
    const m = sticky(PERCENT, r.s, r.end);
    if (!m) return false;
    setUnit(r, "percent", "%", m[0].length);
    // "5 percentage points" after a "percent" that began it.
    const points = sticky(POINTS, r.s, r.numEnd);
    if (points) [r.type, r.unit, r.end] = ["percentage_points", "pp", r.numEnd + points[0].length];
    return true;
  },
  function points(r) {
    const m = sticky(POINTS, r.s, r.end);
    return !!m && setUnit(r, "percentage_points", "pp", m[0].length);
  },
  function basisPoints(r) {
    const m = sticky(BASIS, r.s, r.end);
    if (!m) return false;
    r.value /= 100;
    return setUnit(r, "percentage_points", "pp", m[0].length);
  },
  function currencyWord(r) {
    const m = sticky(CURRENCY_WORD, r.s, r.end);
    if (!m) return false;
    const word = m.groups!.unit!.toLowerCase();
    if (MINOR_UNITS.has(word)) r.value /= 100;
    return setUnit(r, "money", CURRENCY_WORDS[word]!, m[0].length);
  },
  function currencyAfter(r) {
    const m = sticky(CURRENCY_AFTER, r.s, r.end);
    return !!m && setUnit(r, "money", CURRENCY_SUFFIX[m.groups!.unit!]!, m[0].length);
  },
  function pence(r, facts) {
    if (
      r.scaled ||
      r.s.charCodeAt(r.end) !== 112 ||
      !r.digits ||
      !sticky(PENCE, r.s, r.end) ||
      !facts.pricedInPence
    )
      return false;
    r.value /= 100;
    return setUnit(r, "money", "GBP", 1);
  },
  function duration(r) {
    const m = sticky(DURATION, r.s, r.end);
    return (
      !!m && setUnit(r, "duration", DURATION_UNITS[m.groups!.unit!.toLowerCase()]!, m[0].length)
    );
  },
  function measure(r) {
    const m = sticky(MEASURE, r.s, r.end);
    if (!m || !(r.digits || WORD_MEASURE.test(m.groups!.unit!))) return false;
    setUnit(r, "measure", measureUnit(m.groups!.unit!), m[0].length);
    // "6ft 2in", "5 feet 10 inches": one height in feet.
    const inches = r.unit === "ft" ? sticky(AND_INCHES, r.s, r.end) : null;
    if (inches) {
      r.value += Number(inches.groups!.inches) / 12;
      r.end += inches[0].length;
    }
    return true;
  },
  // "12in" fused to its number is inches; "12 in" is a number and a preposition.
  function fusedInches(r) {
    return r.digits && !!sticky(FUSED_INCHES, r.s, r.end) && setUnit(r, "measure", "inch", 2);
  },
  function temperature(r, facts) {
    const m = r.digits ? sticky(TEMPERATURE, r.s, r.end) : null;
    return !!m && facts.aboutWeather && setUnit(r, "measure", `°${m.groups!.scale}`, m[0].length);
  },
];

function readUnit(r: Reading, facts: SentenceFacts): void {
  if (r.metres) {
    setUnit(r, "measure", "m", 1);
    return;
  }
  if (r.unitFound) return;
  for (const read of UNIT_READERS) if (read(r, facts)) return;
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
  return !bare || digits || /^\s+[a-z]/.test(s.slice(end, end + 3)) || SCALE_WORD_LAST.test(r.raw);
}

const SCALE_WORD_LAST = /\b(?:million|billion|trillion)$/i;

// "$300 a month", "£40,000 a year", "$15 per hour", "4.7mm a year": money or a measure by the period keeps
// the period in its unit.
// "$5 million a year ago" is a time, not a rate. A price by the unit ("40 cents a share", "400 dlrs an
// ounce") keeps the currency alone, as Recognizers-Text and our stored figures read it.
const RATE =
  /(?:\s+|-)(?:a|an|per|each)(?:\s+|-)(?<period>hour|day|week|month|year|annum)\b(?!\s+(?:ago|earlier|later|before|after|from now|on)\b)/y;

function readRate(r: Reading): void {
  if (r.type !== "money" && r.type !== "measure") return;
  const plus = r.s[r.end] === "+" ? 1 : 0;
  const m = sticky(RATE, r.s, r.end + plus);
  if (!m) return;
  const period = m.groups!.period!;
  // A speed is written as the unit lexicon writes it ("km/h", "mph"); "4.7mm a year" and "$300 a month"
  // keep their period by name.
  r.unit =
    r.type === "measure" && period === "hour"
      ? r.unit === "mile"
        ? "mph"
        : `${r.unit}/h`
      : `${r.unit}/${period === "annum" ? "year" : period}`;
  r.end += plus + m[0].length;
  r.plus = plus === 1;
}

// "died aged 77", "at age 52", "at the age of 91", "turned 80", and a person's age set off by commas:
// "Maria Lopez, 52, said", "a boy, 14, and a girl, 12,".
// "aged 77", "people under 25", "children under five", "those over 65": someone's age.
const AGED =
  /\b(?:age[ds]?(?:\s+(?:between|from|of))?|turn(?:ed|s|ing)|(?:people|those|children|adults|men|women|voters|workers|pensioners|anyone|persons|patients|drivers|girls|boys|teenagers)\s+(?:aged\s+)?(?:under|over|below|above|older\s+than|younger\s+than))\s+$/i;
// The second age of "aged 50-64", "aged 18 to 24".
const AGED_RANGE = /\bage[ds]?\s+(?:between\s+|from\s+)?\d{1,3}\s*(?:-|–|to|and)\s*$/i;
const NAME_BEFORE =
  /(?:\p{Lu}[\p{L}'’.-]*|\b(?:man|woman|boy|girl|teenager|pensioner|mother|father|son|daughter|student|driver|child|grandmother|grandfather)),\s$/u;
// "At 72, he is the oldest candidate": an age opening the sentence, before whom it is.
const AT_AGE_BEFORE = /^\s*At\s$/;
const PERSON_AFTER = /^,\s+(?:he|she)\b/;
const CLAUSE_AFTER = /^,\s+\p{Ll}/u;

/** "the rupee fell to 83.5 per dollar": a bare number quoting one currency in another is a price. */
function readExchangeRate(r: Reading): void {
  if (r.unitFound || r.scaled || !r.digits) return;
  const rate = exchangeRate(r.s, r.start, r.end);
  if (!rate) return;
  r.type = "money";
  r.unit = rate.unit;
  r.unitFound = true;
  r.end = rate.end;
}

/** A bare whole number that gives someone's age is a duration in years, not a count. */
function readAge(r: Reading): void {
  if (r.unitFound || r.scaled || !Number.isInteger(r.value)) return;
  if (r.value < 1 || r.value > 120) return;
  const before = r.s.slice(Math.max(0, r.start - 40), r.start);
  // "Maria Lopez, 52, said": only digits give an age in apposition.
  const apposition =
    r.digits && NAME_BEFORE.test(before) && CLAUSE_AFTER.test(r.s.slice(r.end, r.end + 4));
  const opening = AT_AGE_BEFORE.test(before) && PERSON_AFTER.test(r.s.slice(r.end, r.end + 6));
  if (!AGED.test(before) && !AGED_RANGE.test(before) && !apposition && !opening) return;
  r.type = "duration";
  r.unit = "year";
  r.unitFound = true;
}

/** A minus sign written before the amount: "-0.3%", "−2 degrees", "minus 5" ("plus or minus 3 points" is a
 *  margin either way, not below zero). */
function readSign(r: Reading): void {
  const before = r.s.slice(Math.max(0, r.start - 15), r.start);
  const sign = /(?:^|[\s(])(?<sign>-|−|minus\s)$/.exec(before);
  if (!sign || /\bplus or minus\s$/i.test(before)) return;
  r.value = -r.value;
  r.start -= sign.groups!.sign!.length;
}

/** Float noise from scaling ("17.1 * 1e9") would defeat equality on stored figures. */
const round = (v: number) => (Number.isInteger(v) ? v : Number(v.toPrecision(12)));

export function readAmount(s: string, m: RegExpExecArray, facts: SentenceFacts): Found | null {
  const r = readNumber(s, m);
  if (!r) return null;
  readCurrencyBefore(r);
  readRand(r, facts);
  readScale(r);
  readUnit(r, facts);
  readExchangeRate(r);
  readRate(r);
  readAge(r);
  if (!isAmount(r)) return null;
  readSign(r);
  const mod = modifiers(s, r.start, r.end);
  return found(s, r.start - mod.before, r.end + mod.after, r.type, round(r.value), r.unit, {
    approximate: mod.approximate,
    bound: mod.bound ?? (r.plus ? "gte" : null),
    numeral: r.numeral,
    scaled: r.scaled,
  });
}
