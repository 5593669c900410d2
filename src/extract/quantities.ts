// Stage 3: quantities in one sentence, normalised (value, type, unit), with bounds and approximations.
// Ranges and changes are linked afterwards (quantity-links.ts).
import { notAnAmount, isYear, maskedSpans, modifiers } from "./quantity-context.js";
import { Cover } from "./cover.js";
import { linkQuantities } from "./quantity-links.js";
import { parseNumberWords, parseNumeral, SCALES } from "./numbers.js";
import { specialQuantities } from "./quantity-special.js";
import {
  alternation, CURRENCY_PREFIX, CURRENCY_SUFFIX, CURRENCY_WORDS, DURATION_UNITS, MEASURE_UNITS, MINOR_UNITS,
} from "./units.js";
import type { Quantity, QuantityType } from "./types.js";

/** A quantity before linking, with what linking needs to share units and scales across a range. */
export interface Found extends Quantity {
  /** The number as written, before its scale ("17.1" of "$17.1 billion"). */
  numeral: number;
  scaled: boolean;
}

const SMALL_WORD =
  "(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\\s](?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)";
const SCALE_WORD = "(?:hundred|thousand|million|billion|trillion)";
// "seven hundred and fifty", "two thousand five hundred": after a scale word, "and" and a smaller
// number carry on the same amount ("two and three" does not).
const WORD_NUMBER =
  `(?:(?!one\\b)${SMALL_WORD}|(?:a|one)(?=\\s+(?:${SCALE_WORD}|dozen)))` +
  `(?:\\s+(?:${SCALE_WORD}|dozen)|(?<=${SCALE_WORD})\\s+and\\s+${SMALL_WORD}\\b|(?<=${SCALE_WORD})\\s+${SMALL_WORD}(?=\\s+${SCALE_WORD}))*`;
// "two and a half years", "five-and-a-half months".
const AND_A_HALF = "[-\\s]and[-\\s]a[-\\s]half";
const NUMBER = new RegExp(
  `(?<![\\d.,])(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)(?![\\d])|\\b((?:${WORD_NUMBER}|one(?=${AND_A_HALF}\\b))(?:${AND_A_HALF})?|half a dozen)\\b(?![-\\s](?:thirds?|quarters?|halves|fifths?))`,
  "gi",
);
const PREFIX = new RegExp(`(?:^|[^A-Za-z$])(${alternation(Object.keys(CURRENCY_PREFIX))})\\s?$`);
// Capital K, M, B and T scale money only ("$10M", "€2.1T"); after a bare number they are names ("3M").
const SCALE = /(?:(k|mn|mln|bn|bln|tn|trn|m|b|K|M|B|T)(?![A-Za-z])|\s(mn|mln|bn|bln|tn|trn)\b|[\s-]*((?:hundred|thousand|million|billion|trillion|lakh|crore)(?:\s+(?:thousand|million|billion|crore))?)\b)/y;
// "26%", "3.2 per cent", "a 51-pct stake", "a 49-percent stake".
const PERCENT = /[\s-]?(?:%|per[\s-]?cent\b|pct\b|pc\b)/iy;
const POINTS = /\s+(?:percentage points?|percent(?:age)? pts?)\b|\s?(?:pp|ppts?)\b/iy;
const BASIS = /\s?(?:basis points?|bps)\b/iy;
// "five pounds of flour" weighs; "five pounds" pays.
// "a 12-cent dividend", "a 50-dollar bill": the hyphen binds the unit as a space would.
const CURRENCY_WORD = new RegExp(`(?:\\s*|-)(?:of\\s+)?(${alternation(Object.keys(CURRENCY_WORDS))})\\b(?<!\\bpounds?(?=\\s+of\\b))`, "iy");
const CURRENCY_AFTER = new RegExp(`\\s?(${alternation(Object.keys(CURRENCY_SUFFIX))})(?![\\w$€£¥])`, "y");
// "352p" is pence where the sentence is about prices or shares; "1080p" on a screen is not.
const PENCE = /p(?![A-Za-z0-9])/y;
const PENCE_CONTEXT = /£|\b(?:shares?|pence|prices?|costs?|dividends?|litre|liter|fares?|stamps?|pints?|duty)\b/i;
const SCREEN = /\b(?:video|resolution|screens?|display|stream(?:ing)?|HD|camera|pixels?)\b/i;
const DURATION = new RegExp(`[\\s-]+(${alternation(Object.keys(DURATION_UNITS))})\\b`, "iy");
const MEASURE = new RegExp(`(?:\\s|-)?(${alternation(Object.keys(MEASURE_UNITS))})(?![A-Za-z0-9])`, "iy");
// "ten miles", "a six-mile trip": spelled-out numbers take units written out in full, not "points" ("two
// points to make") or one- and two-letter symbols.
const WORD_MEASURE = /^(?!points?$|degrees?$|calories$)[a-z]{3,}(?:\s+[a-z]+)*$/i;
// "40C", "104F": temperatures written the British way, fused to the number.
const TEMPERATURE = /°?([CF])(?![A-Za-z\d])/y;
// Only where the sentence is about heat or cold: "the 3C report" is a name.
const WEATHER = /temperat|heat|warm|cold|hot\b|weather|climate|degree|celsius|fahrenheit|frost|freez|scorch|sizzl/i;
const METRES = /^\s*(?:tall|high|long|wide|deep|away|across|thick|above|below|underground|in (?:length|height|diameter))\b/;
const MIXED_FRACTION = /\s(\d)\/(2|3|4|8|16)(?![\d/])|([½⅓⅔¼¾⅛])/y;
const VULGAR: Record<string, number> = { "½": 0.5, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 0.25, "¾": 0.75, "⅛": 0.125 };
const VAGUE =
  /\b(tens of thousands|hundreds of thousands|tens of millions|hundreds of millions|hundreds|thousands|millions|billions|trillions|dozens)\b/gi;
const VAGUE_VALUE: Record<string, number> = {
  "tens of thousands": 1e4, "hundreds of thousands": 1e5, "tens of millions": 1e7, "hundreds of millions": 1e8,
  hundreds: 100, thousands: 1000, millions: 1e6, billions: 1e9, trillions: 1e12, dozens: 24,
};
const MONEY_CONTEXT = /^\s+(?:of\s+)?(?:dollars|euros|pounds|yuan|yen|in\s+(?:revenue|sales|profits?|losses|funding|investments?|fines?|damages|aid|subsidies|spending|debt|cash|taxes|tariffs|income|earnings))\b/i;

/** Whole-sentence tests, each run at most once a sentence however many numbers ask. */
class SentenceFacts {
  private pence?: boolean;
  private weather?: boolean;
  constructor(private readonly s: string) {}
  get pricedInPence(): boolean {
    return (this.pence ??= PENCE_CONTEXT.test(this.s) && !SCREEN.test(this.s));
  }
  get aboutWeather(): boolean {
    return (this.weather ??= WEATHER.test(this.s));
  }
}

const sticky = (re: RegExp, s: string, at: number) => {
  re.lastIndex = at;
  return re.exec(s);
};

/**
 * Quantities of one sentence; `offset` makes spans absolute. `storyNamesCurrency` says whether the
 * story around it names a currency anywhere (by default, whether the sentence does): only then can a
 * bare "6.59 mln" after "exports" be money rather than vehicles or tonnes.
 */
export function findQuantities(s: string, offset = 0, storyNamesCurrency?: boolean): Quantity[] {
  const masked = new Cover(s.length);
  for (const [a, b] of maskedSpans(s)) masked.take(a, b);
  // Ranks and ratios first: the "1" of "No. 1" and the "five" of "one in five" are not counts.
  const found: Found[] = specialQuantities(s).map((q) => (q.type === "rank" ? q : withModifiers(s, q)));
  const taken = new Cover(s.length);
  for (const f of found) taken.take(f.span.start, f.span.end);
  const add = (q: Found) => {
    found.push(q);
    taken.take(q.span.start, q.span.end);
  };
  const facts = new SentenceFacts(s);
  NUMBER.lastIndex = 0;
  for (let m = NUMBER.exec(s); m; m = NUMBER.exec(s)) {
    const q = readAmount(s, m, facts);
    if (q && !masked.overlaps(q.span.start, q.span.end) && !taken.overlaps(m.index, m.index + m[0].length)) add(q);
  }
  let currency: string | null | undefined;
  VAGUE.lastIndex = 0;
  for (let m = VAGUE.exec(s); m; m = VAGUE.exec(s)) {
    const start = m.index;
    const end = start + m[0].length;
    if (taken.overlaps(start, end)) continue;
    const money = MONEY_CONTEXT.test(s.slice(end, end + 40)) || /\$\s?$/.test(s.slice(0, start));
    const value = VAGUE_VALUE[m[0].toLowerCase()]!;
    add(make(s, start, end, money ? "money" : "count", value, money ? (currency ??= contextCurrency(s)) : null, {
      approximate: true, bound: "gte", numeral: value, scaled: true,
    }));
  }
  found.sort((a, b) => a.span.start - b.span.start);
  return linkQuantities(s, found, storyNamesCurrency).map((q) => ({
    text: q.text, span: { start: q.span.start + offset, end: q.span.end + offset }, type: q.type, value: q.value,
    unit: q.unit, approximate: q.approximate, bound: q.bound, role: q.role,
  }));
}

/** "nearly half", "more than a third", "roughly one in five": the words around a figure that bound it. */
function withModifiers(s: string, q: Found): Found {
  const mod = modifiers(s, q.span.start, q.span.end);
  if (!mod.bound && !mod.approximate) return q;
  const span = { start: q.span.start - mod.before, end: q.span.end + mod.after };
  return { ...q, span, text: s.slice(span.start, span.end), bound: mod.bound, approximate: mod.approximate };
}

function make(
  s: string, start: number, end: number, type: QuantityType, value: number, unit: string | null,
  extra: Partial<Found> = {},
): Found {
  return {
    text: s.slice(start, end), span: { start, end }, type, value, unit, approximate: false, bound: null,
    role: null, numeral: value, scaled: false, ...extra,
  };
}

/** A money amount without a currency of its own takes the sentence's currency, else none. */
function contextCurrency(s: string): string | null {
  const m = PREFIX_ANY.exec(s);
  return m ? CURRENCY_PREFIX[m[1]!]! : null;
}
const PREFIX_ANY = new RegExp(`(${alternation(Object.keys(CURRENCY_PREFIX).filter((k) => /\W/.test(k)))})\\s?\\d`);

const ENDS_AND_A_HALF = new RegExp(`${AND_A_HALF}$`, "i");

function wordsValue(raw: string): number | null {
  if (/^half a dozen$/i.test(raw)) return 6;
  const whole = parseNumberWords(raw.replace(ENDS_AND_A_HALF, ""));
  return whole !== null && ENDS_AND_A_HALF.test(raw) ? whole + 0.5 : whole;
}

function readAmount(s: string, m: RegExpExecArray, facts: SentenceFacts): Found | null {
  const numStart = m.index;
  const raw = m[0];
  let value = m[1] !== undefined ? parseNumeral(m[1]) : wordsValue(raw);
  if (value === null || !Number.isFinite(value)) return null;
  let numeral = value;
  let start = numStart;
  let end = numStart + raw.length;
  // "2 1/2 years", "10 1/2 miles", "2½ years": a whole number and a fraction of one.
  const mixed = m[1] !== undefined && /^\d+$/.test(raw) ? sticky(MIXED_FRACTION, s, end) : null;
  if (mixed && (mixed[3] || Number(mixed[1]) < Number(mixed[2]))) {
    value += mixed[3] ? VULGAR[mixed[3]]! : Number(mixed[1]) / Number(mixed[2]);
    numeral = value;
    end += mixed[0].length;
  }
  let type: QuantityType = "count";
  let unit: string | null = null;

  const windowStart = Math.max(0, start - 8);
  const prefix = PREFIX.exec(s.slice(windowStart, start));
  if (prefix) {
    type = "money";
    unit = CURRENCY_PREFIX[prefix[1]!]!;
    start = windowStart + prefix.index + prefix[0].lastIndexOf(prefix[1]!);
  }

  let scaled = false;
  let metres = false;
  const scale = m[1] !== undefined ? sticky(SCALE, s, end) : null;
  if (scale) {
    const word = (scale[1] ?? scale[2] ?? scale[3])!;
    const single = scale[1] !== undefined && word.length === 1;
    // "828m tall" is in metres; "3m residents" and "£3m" are millions.
    if (word === "m" && type !== "money" && METRES.test(s.slice(end + 1, end + 30))) metres = true;
    // "3M" and "5B" are names (3M, a B-series) unless money: "$3M".
    else if (!(single && /[A-Z]/.test(word) && type !== "money") && !(single && word.toLowerCase() === "b" && type !== "money")) {
      value *= word.toLowerCase().split(/\s+/).reduce((f, w) => f * (SCALES[w] ?? 1), 1);
      end += scale[0].length;
      scaled = true;
    }
  }

  let unitFound = type === "money";
  let r: RegExpExecArray | null;
  if (metres) {
    [type, unit, end, unitFound] = ["measure", "m", end + 1, true];
  } else if (!unitFound && (r = sticky(PERCENT, s, end))) {
    [type, unit, end, unitFound] = ["percent", "%", end + r[0].length, true];
    if ((r = sticky(POINTS, s, numStart + raw.length))) [type, unit, end] = ["percentage_points", "pp", numStart + raw.length + r[0].length];
  } else if (!unitFound && (r = sticky(POINTS, s, end))) {
    [type, unit, end, unitFound] = ["percentage_points", "pp", end + r[0].length, true];
  } else if (!unitFound && (r = sticky(BASIS, s, end))) {
    [type, unit, end, unitFound, value] = ["percentage_points", "pp", end + r[0].length, true, value / 100];
  } else if (!unitFound && (r = sticky(CURRENCY_WORD, s, end))) {
    [type, unit, end, unitFound] = ["money", CURRENCY_WORDS[r[1]!.toLowerCase()]!, end + r[0].length, true];
    if (MINOR_UNITS.has(r[1]!.toLowerCase())) value /= 100;
  } else if (!unitFound && (r = sticky(CURRENCY_AFTER, s, end))) {
    [type, unit, end, unitFound] = ["money", CURRENCY_SUFFIX[r[1]!]!, end + r[0].length, true];
  } else if (!unitFound && !scaled && s.charCodeAt(end) === 112 && m[1] !== undefined && sticky(PENCE, s, end) && facts.pricedInPence) {
    [type, unit, end, unitFound, value] = ["money", "GBP", end + 1, true, value / 100];
  } else if (!unitFound && (r = sticky(DURATION, s, end))) {
    [type, unit, end, unitFound] = ["duration", DURATION_UNITS[r[1]!.toLowerCase()]!, end + r[0].length, true];
  } else if (!unitFound && (r = sticky(MEASURE, s, end)) && (m[1] !== undefined || WORD_MEASURE.test(r[1]!))) {
    [type, unit, end, unitFound] = ["measure", MEASURE_UNITS[r[1]!.toLowerCase()]!, end + r[0].length, true];
  } else if (!unitFound && m[1] !== undefined && (r = sticky(TEMPERATURE, s, end)) && facts.aboutWeather) {
    [type, unit, end, unitFound] = ["measure", `°${r[1]}`, end + r[0].length, true];
  }

  // A currency code fused to the number ("USD115") is a prefix, not a name.
  const why = notAnAmount(s, prefix ? start : numStart, numStart + raw.length, unitFound || scaled);
  if (why) return null;
  if (!unitFound && !scaled && m[1] !== undefined && isYear(value, m[1])) return null;
  if (!unitFound && /^(st|nd|rd|th|s|'s)\b/i.test(s.slice(end, end + 3))) return null;
  // A letter fused to the number makes a name: "1080p", "5G", "3D".
  if (!unitFound && !scaled && m[1] !== undefined && /[A-Za-z]/.test(s[end] ?? "")) return null;
  if (m[1] === undefined && !unitFound && !scaled && !/^\s+[a-z]/.test(s.slice(end, end + 3))) return null;

  // A minus sign written before the amount: "-0.3%", "−2 degrees", "minus 5".
  const sign = /(?:^|[\s(])(-|−|minus\s)$/.exec(s.slice(Math.max(0, start - 7), start));
  if (sign) {
    value = -value;
    start -= sign[1]!.length;
  }
  const mod = modifiers(s, start, end);
  return make(s, start - mod.before, end + mod.after, type, round(value), unit, {
    approximate: mod.approximate, bound: mod.bound, numeral, scaled,
  });
}

/** Float noise from scaling ("17.1 * 1e9") would defeat equality on stored figures. */
const round = (v: number) => (Number.isInteger(v) ? v : Number(v.toPrecision(12)));
