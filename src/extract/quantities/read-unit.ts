// The unit written with a number: percent, points, a currency word or code, pence, a duration, a measure,
// a temperature; rand before it; and the period after money or a measure ("$300 a month").
import { CURRENCY_SUFFIX, CURRENCY_WORDS, MINOR_UNITS } from "../lexicon/currencies.js";
import { alternation, DURATION_UNITS, MEASURE_UNITS } from "../lexicon/units.js";
import type { QuantityType } from "../types.js";
import { type Reading, type SentenceFacts, sticky } from "./reading.js";

// "26%", "3.2 per cent", "a 51-pct stake", "a 49-percent stake".
const PERCENT = /[\s-]?(?:%|per[\s-]?cent\b|pct\b|pc\b)/iy;
// "0.3 of a percentage point": a fraction of one point, in points. "a 3-percentage-point cut", "a
// 25-basis-point rise", "50bp": hyphened before what they measure, or fused.
const POINTS =
  /(?:\s+|-)(?:of\s+a\s+)?(?:percentage[\s-]points?|percent(?:age)?[\s-]pts?)\b|\s?(?:pp|ppts?)\b/iy;
const BASIS = /(?:\s?|-)(?:[Bb]asis[\s-]points?|bps|bp)\b/y;
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
// "352p": pence, where the sentence is about prices (SentenceFacts).
const PENCE = /p(?![A-Za-z0-9])/y;
// "live 9.7 fewer years", "two more days": a comparative may stand between the number and its unit; so
// may a run's word ("300 consecutive days", "five straight months"). Sports copy fuses the short forms to
// the number ("took 0.40sec off", "a 5min penalty").
const DURATION = new RegExp(
  `(?:(?:\\s+(?:more|fewer|extra|additional|further|consecutive|straight|successive))?[\\s-]+|(?=(?:secs?|mins?|hrs?)\\b))(?<unit>${alternation(Object.keys(DURATION_UNITS))})\\b(?:-olds?\\b)?`,
  "iy",
);
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
// Points in words are a score or a lead where a figure or a time follows: "narrowed to five points.",
// "down three points from December", "rose two points to 21%", "up three points in a month" (not "two
// points to make").
const POINTS_MOVED =
  /^(?:\s*[.,;)]|\s*$|\s+(?:from|behind|ahead|clear|lead|in|over|since|on|this|last)\b|\s+to\s+[\d$£€])/;
// "a nine-point lead", "a 12-point swing": a single point before a lead or a move measures it (not "a
// 10-point plan", a count of proposals).
const POINT_LEAD =
  /^\s+(?:lead|margin|gap|swing|advantage|deficit|drop|fall|rise|jump|increase|decline|gain|slide|cushion)\b/i;
// The smaller unit after a larger one, and how many make the larger: "6ft 2in", "7lb 8oz".
const AND_SMALLER: Record<string, [RegExp, number]> = {
  ft: [/\s?(?<n>\d{1,2}(?:\.\d+)?)\s?(?:in\b|inch(?:es)?\b|″|")/y, 12],
  lb: [/\s?(?<n>\d{1,2}(?:\.\d+)?)\s?(?:oz\b|ounces?\b)/y, 16],
};
const FUSED_INCHES = /in(?![A-Za-z\d])/y;
// "40C", "104F": temperatures written the British way, fused to the number.
const TEMPERATURE = /°?(?<scale>[CF])(?![A-Za-z\d])/y;
// "R45", "N150 billion": an R or an N on its own right before the number (not "AR45", "R&D45", "N95").
const LETTER_BEFORE = /(?:^|[^A-Za-z\d&])([RN])$/;
// "R500,000", "R2.3m", "N1.2 billion": an amount no road, rating or mask is written as.
const LETTER_AMOUNT =
  /^\d{1,3}(?:,\d{3})+(?!\d|\.\d)|^\d+(?:\.\d+)?\s?(?:m|bn|mn|mil|million|billion|trillion|tn)\b/;

/** "R45" is rand in a sentence about South Africa, and "R2.3m" anywhere; "N150 billion" is naira in a
 *  story set in Nigeria, written as an amount. */
export function readLetterCurrency(r: Reading, facts: SentenceFacts): void {
  if (r.unitFound || !r.digits) return;
  const letter = LETTER_BEFORE.exec(r.s.slice(Math.max(0, r.start - 2), r.start))?.[1];
  if (!letter) return;
  const amount = LETTER_AMOUNT.test(r.s.slice(r.start, r.start + 20));
  if (letter === "R" ? !facts.inSouthAfrica && !amount : !(amount && facts.inNigeria)) return;
  r.type = "money";
  r.unit = letter === "R" ? "ZAR" : "NGN";
  r.start -= 1;
  r.prefixed = true;
  r.unitFound = true;
}

// "a magnitude 8.8 earthquake", "a magnitude-9.0 quake": the scale named before the number, also for the
// second of two ("two earthquakes of magnitude 7.8 and 7.5").
const MAGNITUDE_BEFORE = /\bmagnitude[\s-](?:\d\.\d\s+(?:and|or|to)\s+)?$/i;
// "a 6.1 earthquake", "a 4.9 aftershock": a reading on the scale with its name left out. A decimal only:
// "23 earthquakes" are counted.
const QUAKE_AFTER = /[\s-]+(?:earthquakes?|quakes?|tremors?|aftershocks?)\b/iy;

/** "magnitude 8.8": a measure on the earthquake scale. */
export function readMagnitude(r: Reading): void {
  if (
    r.unitFound ||
    !r.digits ||
    !(
      MAGNITUDE_BEFORE.test(r.s.slice(Math.max(0, r.start - 24), r.start)) ||
      (r.value < 10 && r.raw.includes(".") && sticky(QUAKE_AFTER, r.s, r.end))
    )
  )
    return;
  r.type = "measure";
  r.unit = "magnitude";
  r.unitFound = true;
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
    if (MINOR_UNITS.has(word.slice(word.lastIndexOf(" ") + 1))) r.value /= 100;
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
    if (!m) return false;
    const unit = m.groups!.unit!;
    const after = r.s.slice(r.end + m[0].length);
    if (
      /^point$/i.test(unit)
        ? // "rose one point to 37 per cent": a single point moved, as "two points" are.
          !(POINT_LEAD.test(after) || (r.value === 1 && POINTS_MOVED.test(after)))
        : !(
            r.digits ||
            WORD_MEASURE.test(unit) ||
            (/^points$/i.test(unit) && POINTS_MOVED.test(after))
          )
    )
      return false;
    setUnit(r, "measure", measureUnit(m.groups!.unit!), m[0].length);
    // "91.5 million metric tons …, up from 89.6 million tons": the second is the first's, shortened.
    if (r.unit === "ton" && r.s.lastIndexOf("metric ton", r.start) >= 0) r.unit = "tonne";
    // "6ft 2in", "5 feet 10 inches": one height in feet; "7lb 8oz", one weight in pounds.
    const smaller = r.unit ? AND_SMALLER[r.unit] : undefined;
    const part = smaller ? sticky(smaller[0], r.s, r.end) : null;
    if (part) {
      r.value += Number(part.groups!.n) / smaller![1];
      r.end += part[0].length;
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

export function readUnit(r: Reading, facts: SentenceFacts): void {
  if (r.metres) {
    setUnit(r, "measure", "m", 1);
    return;
  }
  if (r.unitFound) return;
  for (const read of UNIT_READERS) if (read(r, facts)) return;
}

// "$300 a month", "£40,000 a year", "$15 per hour", "£200 a night", "4.7mm a year": money or a measure by the
// period keeps the period in its unit.
// "$5 million a year ago" and "a year on, …" are times, not rates ("€15 million a year after tax" is one) ("$30 billion a year on data centres" is
// one). A price by the unit ("40 cents a share", "400 dlrs an
// ounce") keeps the currency alone, as Recognizers-Text and our stored figures read it.
// A letting agent's "per calendar month" or "pcm" is a month; "$10/hour" is "$10 an hour"; "Rs 48,000 every
// month" is a month's too.
const RATE =
  /(?:(?:(?:\s+|-)(?:a|an|per|each|every)(?:\s+|-)|\s?\/\s?)(?:calendar\s+)?(?<period>hour|day|night|week|month|year|annum)\b(?!\s+(?:ago|earlier|later|before|after(?!\s+tax)|from now)\b|\s+on(?:\s*[,.;]|\s+from\b|$))|\s?pcm\b)/y;

// "491 litres of rain per square metre", "120 grams per kilometre": a measure by a measure keeps both
// units (a price by the unit keeps its currency alone, as above). Only units written out as words: "per m"
// and "a t" say nothing; by an area after a slash too ("8.2 t/ha", "120 kg/ha").
const PER_MEASURE = new RegExp(
  `(?:\\s+of\\s+[a-z]+(?=\\s+per\\b))?\\s+(?:per|a|an|each)\\s+(?<unit>${alternation(Object.keys(MEASURE_UNITS).filter((k) => /^[a-z ]{4,}$/.test(k)))})\\b|\\/(?<area>ha|m2|km2|acre)\\b`,
  "y",
);

export function readRate(r: Reading): void {
  if (r.type !== "money" && r.type !== "measure") return;
  const plus = r.s[r.end] === "+" ? 1 : 0;
  const per = r.type === "measure" && !plus ? sticky(PER_MEASURE, r.s, r.end) : null;
  if (per) {
    r.unit = `${r.unit}/${MEASURE_UNITS[(per.groups!.unit ?? per.groups!.area)!]}`;
    r.end += per[0].length;
    return;
  }
  const m = sticky(RATE, r.s, r.end + plus);
  if (!m) return;
  const period = m.groups!.period ?? "month";
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
