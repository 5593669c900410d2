// The words around a number that decide whether it is an amount at all (names, dates, times, phone
// numbers, addresses, scores are not), and how exact it is (bounds and approximations).
import { FUNCTION_WORDS, MONTH_SPELLINGS, MOTION_VERBS } from "../lexicon/words.js";
import type { Bound } from "../types.js";

const MONTH = `(?:${MONTH_SPELLINGS})`;
// "7 April", and the first day of a run of days: "between 8 and 10 January", "8-10 January".
const MONTH_AFTER = new RegExp(
  `^(?:st|nd|rd|th)?(?:\\s*(?:-|–|and|to)\\s*\\d{1,2}(?:st|nd|rd|th)?)?\\s+(?:of\\s+)?${MONTH}\\b`,
);
const TIME_AFTER =
  /^\s?(?:a\.m\.|p\.m\.|am\b|pm\b|o'clock|GMT|UTC|BST|EST|EDT|CET|ET\b|PT\b|local time)/i;
// "1500 hrs" is a clock time; "3 hrs" a duration.
const MILITARY_TIME = /^\d{4}$/;
const HRS_AFTER = /^\s?hrs\b/i;
const CLOCK = /^:\d{2}(?!\d)/;
const ADDRESS_AFTER =
  /^\s+(?:[A-Z][a-z]+\s+){1,3}(?:Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|Boulevard|Blvd\.?|Lane|Drive|Way|Place|Square|Court|Plaza|Terrace)\b/;
// "won 3-1": a score, unless a unit follows it ("43-50GW", "10-14 km" are ranges); "3-8pm" stays out (hours).
const SCORE =
  /^\d{1,2}[-–]\d{1,2}(?![\d%]|[.,]\d|(?![ap]\.?m\b)[A-Za-z])(?!\s*(?:%|percent|per cent|million|billion|bn|m\b|years?|months?|weeks?|days?|hours?|minutes?|miles?|km|kg|metres?|meters?|feet|inches|degrees|points|tonnes?|litres?|GW|MW|mph)\b)/;
// The second number of a score: "won 3-1", "a 24–17 loss" (never "10,000-12,000", a range).
const SCORE_END = /(?:^|[^\d,.])\d{1,2}[-–]\d{1,2}$/;
const PHONE = /(?:\+\d{1,3}[\s.-]?)?\(?\d{2,4}\)?[\s.-]\d{3,4}[\s.-]\d{3,5}\b/g;
const URLISH = /\b(?:https?:\/\/|www\.)\S+|\S+@\S+\.\w+|[@#][A-Za-z_]\w*/g;

const POSSESSIVE = /^(?!(?:It|That|There|Here|What|Who|He|She)['’]s$)[A-Z][\w.-]*['’]s$/;
const GROUPED = /^\d{1,3}(?:,\d{3})+/;
// Capitalised words that often stand right before an amount without making it part of a name.
const NOT_NAME: ReadonlySet<string> = new Set([
  ...FUNCTION_WORDS,
  "Another",
  "Or",
  "Approximately",
  "Than",
  "Exactly",
  "Fewer",
  "Least",
  "Beyond",
  "Per",
  "Plus",
  "Minus",
  "Excluding",
  "Ranked",
  "Mr",
  "Ms",
  "Dr",
  "Total",
  "Estimated",
  "Additional",
]);

// Acronyms before a bare number are usually not names ("NATO's 32 members" reads the number); these are:
// stock indices and a few numbered series ("FTSE 100", "CAC 40", "COP 28", "ISO 9001").
const CAPS_NAMES = new Set([
  "FTSE",
  "DAX",
  "CAC",
  "ASX",
  "KOSPI",
  "TOPIX",
  "STOXX",
  "MSCI",
  "SENSEX",
  "NIFTY",
  "IBEX",
  "AEX",
  "OMX",
  "TSX",
  "COP",
  "ISO",
]);

/** Spans of the sentence that hold no amounts: URLs, e-mail addresses, handles, phone numbers. */
export function maskedSpans(s: string): [number, number][] {
  const spans: [number, number][] = [];
  // The URL pattern backtracks over every word, so it only runs where a URL or handle can be.
  const patterns = /[@#]|https?:|www\./.test(s) ? [URLISH, PHONE] : [PHONE];
  for (const re of patterns) {
    re.lastIndex = 0;
    for (let m = re.exec(s); m; m = re.exec(s)) spans.push([m.index, m.index + m[0].length]);
  }
  return spans;
}

const isLetter = (c: string | undefined) => !!c && /[A-Za-z]/.test(c);
const isDigit = (c: string | undefined) => !!c && c >= "0" && c <= "9";

/** The word right before `at`, across one run of spaces: cheaper than an end-anchored regex, which
 *  scans its whole window; a number is judged by its neighbours dozens of times per article. */
export function wordBefore(s: string, at: number): string {
  let end = at;
  while (end > 0 && (s[end - 1] === " " || s[end - 1] === "\u00a0")) end--;
  if (end === at) return "";
  let start = end;
  while (start > 0 && /[\w&'’.,-]/.test(s[start - 1]!)) start--;
  return s.slice(start, end);
}

// "Boeing Co <BA.N> 747", "Boeing Co (BA.N) 747": a stock ticker between a company and its model number.
const TICKER_BEFORE = /(?:<[A-Z0-9.]+>|\((?:[A-Z]+:\s?)?[A-Z0-9]+\.[A-Z]{1,2}\))\s*$/;

function wordBeforeTicker(s: string, at: number): string {
  const from = Math.max(0, at - 24);
  const ticker = TICKER_BEFORE.exec(s.slice(from, at));
  return ticker ? wordBefore(s, from + ticker.index) : "";
}

const MONTH_WORD = new RegExp(`^${MONTH}\\.?$`);
const DAY_WORD = /^\d{1,2}(?:st|nd|rd|th)?,?$/;

const MATURITY =
  /^[-\s](?:year|yr|month)\s+(?:yields?|bonds?|notes?|gilts?|treasur(?:y|ies)|bunds?|JGBs?|bills?|swaps?|breakevens?|paper)\b/i;

/** Why the numeral at [start, end) is not an amount, or null when it may be one. */
const WEB_NAME = /^[\w-]*\.(?:com|co|net|org|io|ai|sg|uk|in|my)\b(?!\.\d)/i;

export function notAnAmount(
  s: string,
  start: number,
  end: number,
  hasUnit: boolean,
): string | null {
  const prev = s[start - 1];
  // H20, A800, iPhone15, COVID-19, F-16: digits fused to a name.
  if (isLetter(prev)) return "name";
  if (prev === "-" && /[A-Z][\w]*-$/.test(s.slice(Math.max(0, start - 12), start))) return "name";
  // "the England under-21 international", "the over-50s": an age group names a team or a people.
  if (
    prev === "-" &&
    !hasUnit &&
    /\b(?:[Uu]nder|[Oo]ver)-$/.test(s.slice(Math.max(0, start - 7), start))
  )
    return "name";
  const after = s.slice(end, end + 40);
  // 7-Eleven, 12-Man Squad, 3M, 5G: digits fused to a capitalised word.
  if (/^-?[A-Z]/.test(after) && !hasUnit) return "name";
  // "the 10-year yield", "30-year bonds": a maturity names the instrument, it measures nothing.
  if (MATURITY.test(after)) return "name";
  // "99.co", "1800flowers.com": a web address names a business.
  if (WEB_NAME.test(after)) return "name";
  // 2.1.3, 1/4: a version or a fraction, not the amount its digits would say.
  if (/^\.\d/.test(after) || /^(?:\/\d)/.test(after) || (prev === "/" && isDigit(s[start - 2])))
    return "version_or_fraction";
  const word = wordBefore(s, start);
  // "April 7", "7 April", "April 7, 2025".
  if (MONTH_WORD.test(word) || MONTH_AFTER.test(after)) return "date";
  if (DAY_WORD.test(word) && MONTH_WORD.test(wordBefore(s, start - word.length - 1))) return "date";
  if (TIME_AFTER.test(after) || CLOCK.test(after) || (prev === ":" && isDigit(s[start - 2])))
    return "time";
  if (HRS_AFTER.test(after) && MILITARY_TIME.test(s.slice(start, end))) return "time";
  if (ADDRESS_AFTER.test(after)) return "address";
  // "3-1", "24–17"; and a word fused to a number by a dash is a name ("7-Eleven").
  const afterDigitDash = (prev === "-" || prev === "–") && isDigit(s[start - 2]);
  // "1995-01": a year and its month.
  if (
    afterDigitDash &&
    /(?:^|\D)(?:1[89]|20)\d{2}[-–]$/.test(s.slice(Math.max(0, start - 6), start))
  )
    return "date";
  // A number between two dashes is part of a code or phone number ("+1-222-2222").
  const chained = afterDigitDash && /^[-–]\d/.test(after);
  const score =
    SCORE.test(s.slice(start, start + 12)) || SCORE_END.test(s.slice(Math.max(0, start - 4), end));
  if (score || (afterDigitDash && (!isDigit(s[start]) || chained))) return hasUnit ? null : "score";
  if (hasUnit) return null;
  // "the 737 MAX", "the 787 Dreamliner", "a Galaxy S24 Ultra": a model's word after its number names it.
  // "the 737 MAX, 767 and 777 jets": the numbers listed after one are models too.
  if (
    MODEL_AFTER.test(after) ||
    (prev === " " && LISTED_AFTER_MODEL.test(s.slice(Math.max(0, start - 48), start)))
  )
    return "name";
  // CloudMatrix 384, Qihoo 360, Boeing 737, Formula 1, Windows 11, the Big Four: a name word right before
  // the number (not a number word in lower case: "stabbed Kai eight times", "visited China three times";
  // nor thousands written with a comma, which no name has: "Walking 7,000 steps daily"; nor a count of
  // times: "won the race in Berlin 11 times", nor a tally: "ahead of the Coalition 52 to 48"; nor a possessive's figure closing a clause: "three more
  // than Sergio Aguero's 184, the previous record"; "Intel's 80486 chip" is a name).
  const before = word || wordBeforeTicker(s, start);
  // "type 2 diabetes", "stage 4 cancer", "phase 3 trials", "tier 3 restrictions": a class named by its number.
  if (CLASS_WORD.test(before) && end - start <= 2) return "name";
  const name = before.replace(/[,.]+$/, "");
  const c = s.charCodeAt(start);
  if (
    !(c >= 97 && c <= 122) &&
    !GROUPED.test(s.slice(start, end)) &&
    name === before &&
    /^[A-Za-z]/.test(name) &&
    !(POSSESSIVE.test(name) && /^(?:[,;)]|\.(?!\d)|$)/.test(after)) &&
    /[A-Z]/.test(name) &&
    !NOT_NAME.has(name) &&
    (!/^[A-Z]{2,}s?$/.test(name) || CAPS_NAMES.has(name)) &&
    !TIMES_AFTER.test(after)
  ) {
    return "name";
  }
  // "the Group of Seven", "the Gang of Four": a capitalised number word closing a name with "of".
  if (c >= 65 && c <= 90 && NAME_OF.test(s.slice(Math.max(0, start - 24), start))) return "name";
  return null;
}
const NAME_OF = /\b[A-Z][a-z]+\s+of\s+$/;
const CLASS_WORD =
  /^(?:type|stage|phase|grade|tier|level|category|class|division|chapter|article|section|clause)$/;
const MODEL_WORDS = "MAX|Max|Pro|Plus|Ultra|XL|GTI|Dreamliner";
const MODEL_AFTER = new RegExp(String.raw`^\s(?:${MODEL_WORDS})\b(?!-)`);
const LISTED_AFTER_MODEL = new RegExp(
  String.raw`\d{3}\s(?:${MODEL_WORDS})(?:,\s+\d{3})*(?:,\s+|\s+and\s+)$`,
);
// "ahead of the Coalition 52 to 48": a tally, not a name's number.
const TIMES_AFTER = /^\s+(?:times\b|to\s+\d{1,3}\b(?![,.]?\d))/;

/** A four-digit number read as a year rather than a count ("in 2022", "2024 results"). */
export function isYear(value: number, raw: string): boolean {
  return /^\d{4}$/.test(raw) && value >= 1800 && value <= 2100;
}

// A cap first: "no more than £105m" ends in "more than", which is no floor.
const BOUNDS: [RegExp, Bound, boolean][] = [
  // Not "ticked up to 4.2%": after a verb of motion "up to" is where a figure went, not a cap.
  [
    new RegExp(
      String.raw`\b(?:(?<!\b(?:${MOTION_VERBS})\s)up to|at most|no more than|no longer than|not longer than|a maximum of|as many as|as much as|as high as|not more than)\s+$`,
      "i",
    ),
    "lte",
    false,
  ],
  [
    /\b(?:more than|well over|just over|over|above|in excess of|exceeding|upwards of|greater than|higher than|longer than|beyond)\s+$/i,
    "gt",
    false,
  ],
  [
    /\b(?:at least|no less than|no fewer than|a minimum of|not less than|as low as|as little as|as few as)\s+$/i,
    "gte",
    false,
  ],
  [/\b(?:nearly|almost|just under|just shy of|close to|shy of)\s+$/i, "lt", true],
  [/\b(?:less than|fewer than|under|below|lower than|smaller than|shorter than)\s+$/i, "lt", false],
];
const APPROX =
  /(?:\b(?:about|around|roughly|approximately|some|an estimated|estimated|circa|an approximate|more or less)\s+|~\s*)$/i;
// Not "up to 82mph and more than a month's rain": "more than" opens an amount of its own. Nor "an
// initial £100m plus £16m in add-ons" or "£180,000 a year plus bonuses": "plus" before anything adds it.
const AFTER_GTE =
  /^(?:\+|-plus\b|\s+(?:or more|and more|and above|or higher|plus(?=\s*(?:[,.;:)!?]|$))|and over|or over|and older|or older)\b(?!\s+than\s+[\w$£€]))/i;
const AFTER_LTE = /^\s+(?:or less|or fewer|and below|or lower)\b/i;
const AFTER_APPROX = /^\s+(?:or so|odd)\b/i;

export interface Modifiers {
  bound: Bound | null;
  approximate: boolean;
  /** How far the modifier words reach before and after the amount. */
  before: number;
  after: number;
}

// The last word of every bound or approximation phrase above: no other word before a number needs a look.
const MODIFIER_ENDS = new Set([
  "than",
  "over",
  "above",
  "of",
  "exceeding",
  "beyond",
  "least",
  "under",
  "below",
  "nearly",
  "almost",
  "to",
  "most",
  "about",
  "around",
  "roughly",
  "approximately",
  "some",
  "estimated",
  "circa",
  "less",
  "as",
]);

export function modifiers(s: string, start: number, end: number): Modifiers {
  const out: Modifiers = { bound: null, approximate: false, before: 0, after: 0 };
  const lead = wordBefore(s, start).toLowerCase();
  const next = s[end];
  if (
    !MODIFIER_ENDS.has(lead) &&
    !/~\s*$/.test(s.slice(Math.max(0, start - 2), start)) &&
    next !== "+" &&
    next !== "-" &&
    next !== " "
  )
    return out;
  const before =
    MODIFIER_ENDS.has(lead) || s[start - 1] === "~" || s[start - 2] === "~"
      ? s.slice(Math.max(0, start - 30), start)
      : "";
  const after = s.slice(end, end + 20);
  for (const [re, bound, approx] of BOUNDS) {
    const m = re.exec(before);
    if (m) {
      Object.assign(out, { bound, approximate: approx, before: m[0].length });
      break;
    }
  }
  const approx = APPROX.exec(before);
  if (!out.bound && approx) Object.assign(out, { approximate: true, before: approx[0].length });
  const gte = AFTER_GTE.exec(after);
  const lte = AFTER_LTE.exec(after);
  const roughly = AFTER_APPROX.exec(after);
  if (gte) Object.assign(out, { bound: out.bound ?? "gte", after: gte[0].length });
  else if (lte) Object.assign(out, { bound: out.bound ?? "lte", after: lte[0].length });
  else if (roughly) Object.assign(out, { approximate: true, after: roughly[0].length });
  return out;
}
