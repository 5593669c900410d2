// Durations written without a number and a unit side by side: "a fortnight", "half a second", "a quarter of
// an hour", "a day and a half", "more than a year", "32 minutes and 44 seconds", a marathon's "2:14:05", an
// age by decade ("in their 90s"). The readers in special.ts turn matches into durations.
import { TENS, UNITS } from "../lexicon/numbers.js";
import { DURATION_UNITS } from "../lexicon/units.js";

const NUMBER_WORDS = [...Object.keys(UNITS), ...Object.keys(TENS)].join("|");

export const FORTNIGHTS = /\b(a|one|two|three|four|\d{1,2})\s+fortnights?\b/gi;
export const HALF_A = /\bhalf\s+an?\s+(second|minute|hour|day|week|month|year|decade|century)\b/gi;
// "a quarter of an hour", "three quarters of an hour", "a tenth of a second": a fraction of one unit.
export const PART_OF_ONE =
  /\b(a|one|two|three|nine)[-\s](quarters?|thirds?|tenths?|hundredths?)\s+of\s+an?\s+(second|minute|hour|day|week|month|year|decade|century)\b/gi;
// "an hour and a half", "a year and a half": one unit and half of it.
export const ONE_AND_A_HALF =
  /\b(?:an?|one)\s+(second|minute|hour|day|week|month|year|decade)\s+and\s+a\s+half\b/gi;
// "waiting more than a year", "waited longer than a year", "nearly a decade", "up to a week": one of a unit
// of time, bounded ("lasted a year", unbounded, stays no amount). Not "more than a year ago" (a time) nor
// "about a year after" (a shift), nor the first part of "over an hour and 34 minutes" (one time in two
// units) or of "more than a year-on-year gain".
export const BOUNDED_ONE = new RegExp(
  String.raw`(?<=\b(?:(?:more|less|fewer|longer|shorter)\s+than|over|under|nearly|almost|about|around|roughly|at\s+least|at\s+most|up\s+to|just\s+over|just\s+under|well\s+over)\s+)(?:an?|one)\s+(${Object.keys(DURATION_UNITS).join("|")})\b(?!-|\s+(?:ago|earlier|later|before|after|in\s+a\s+row)\b|\s+and\s+(?:a\s+half\b|half\b|\d|${NUMBER_WORDS}\b))`,
  "gi",
);
// "32 minutes and 44 seconds", "two hours and 15 minutes", "59 minutes 41 seconds", "jailed for six years
// and four months": one time told in two units, in the smaller.
// A runner's "2hr 14min" too, the units abbreviated and fused.
export const COMPOUND_TIME =
  /\b(\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten)(?:\s+(years?|hours?|minutes?)|\s*(hrs?|mins?))\s+(?:and\s+)?(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|fifteen|twenty|thirty|forty|forty-five|fifty)(?:\s+(months?|minutes?|seconds?)|\s*(mins?|secs?))\b/gi;
/** How many of the smaller unit make one of the larger, for the pairs a time is told in. */
export const COMPOUND_UNITS: Record<string, [unit: string, per: number]> = {
  "year month": ["month", 12],
  "hour minute": ["minute", 60],
  "minute second": ["second", 60],
};
// A swimmer's or miler's "4:27.71": minutes and seconds with their hundredths, which no time of day has.
export const CLOCK = /(?<![\d:])(\d{1,2}):([0-5]\d)(?::([0-5]\d)|(\.\d{1,3}))(?![\d:])/g;
// "took silver in 47.48", "was third in 47.49": a time in seconds and hundredths after a medal or a place
// (not "second in 12.50%", "third in 2.35 million").
export const RACE_TIME =
  /(?<=\b(?:gold|silver|bronze|first|second|third|fourth|fifth|sixth|seventh|eighth|won|finished)\s+in\s+)\d{1,2}\.\d{2}(?!\d|\.\d|\s*(?:%|per\b|percent|million|billion|bn\b|m\b|k\b|seconds?\b|secs?\b|s\b|minutes?\b|points?\b|pts\b))/g;
// "Jepkosgei was second, 1:28 behind": minutes and seconds told as a gap in a race (not a time of day:
// "starts at 9:30 behind closed doors").
export const CLOCK_GAP =
  /(?<![\d:.]|\b(?:at|by|until|from|before|after)\s)(\d{1,2}):([0-5]\d)(?![\d:])(?=\s+(?:behind|ahead|clear|adrift|back|slower|faster)\b)(?!\s+behind\s+closed\b)/g;
// "residents in their 90s", "a man in his early 40s": an age of at least that many years.
export const AGE_DECADE = /\b(?:his|her|their)\s+(?:early\s+|mid-|late\s+)?([1-9]0)s\b/gi;
