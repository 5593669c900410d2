// The cheap scan that tells which of the special readers (special.ts) can match a sentence at all.
import { triggerScanner } from "../trigger-scan.js";
import { HYPHENED_SUPERLATIVE, PLACES, RANKS, WORD_ORDINALS } from "./rank-patterns.js";

// One pass over the sentence tells which readers can match at all: most sentences hold no rank or
// ratio, and running every reader's regex costs far more than this scan.
// Each entry is the trigger of one family of readers. A trigger may match more than its readers do (they
// decide), but none opens on a space: an alternative that does is tried at every space of every sentence.
// Most triggers open a word and are scanned behind one "\b", which spares the engine every position inside
// a word; the few that open inside one ("largest", "21st", "threefold", "2:14:05") are a second scan.
const AT_WORD_START = {
  ranked: "[Rr]ank(?:s|ed)?\\b|[Ss]eeded\\s",
  top: "worst\\b",
  no: "[Nn]o\\.|[Nn]umber\\s",
  // A word ordinal after a possessive, "the" or "a record" ("her third title", "the fourth named storm of
  // the season", "a record eighth title", "a record-extending eighth title").
  wordOrdinal: `(?:her|his|its|their|our|the|record(?:-[a-z]+)?)\\s(?=(?:${WORD_ORDINALS.join("|")})\\b)`,
  standing: `[Ff]inish|[Pp]laced\\s|[Cc]ame\\s|[Cc]omes\\s|[Ll]eaves?\\s|to\\s(?=(?:${PLACES})\\b)`,
  // Before the ratio's "in", which would take "in 47" of "took silver in 47.48".
  raceTime: "in\\s\\d{1,2}\\.\\d\\d\\b",
  ratioIn:
    "(?:in|out of)[\\s-](?:every\\s)?(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|twenty|hundred)\\b",
  times: "times\\b|[Tt]wice\\b",
  multiplied: "(?:[Dd]oubl|[Tt]ripl|[Tt]rebl|[Qq]uadrupl|[Hh]alv)(?=ed\\b|es\\b|ing\\b|e\\b)",
  perPopulation: "(?:per|every)\\s(?:1|a\\s|one\\s)",
  fortnight: "fortnight",
  onePoint: "percentage[-\\s]point\\b",
  ageDecade: "(?:his|her|their)\\s(?:early\\s|mid-|late\\s)?[1-9]0s\\b",
  halfA: "[Hh]alf\\s+an?\\s+(?:second|minute|hour|day|week|month|year|decade|century)",
  // "a day and a half" opens on "and": "a day" is the bounded one's trigger, which the scan has consumed.
  partOfOne:
    "(?:[Qq]uarters?|[Tt]hirds?|[Tt]enths?|[Hh]undredths?)\\s+of\\s+an?\\s+(?:second|minute|hour|day|week|month|year|decade|century)\\b|and\\s+a\\s+half\\b",
  // Consumes the article only: "an hour and 34 minutes" goes on to the compound time's trigger.
  boundedOne: "(?:an?|one)\\s(?=(?:second|minute|hour|day|week|month|year|decade|century)\\b)",
  // Consumes the unit only: "an hour and a half" goes on to the part-of-one trigger at "and".
  compoundTime: "(?:years?|hours?|minutes?|hrs?|mins?)(?=\\s(?:and\\s|\\d))",
  // Consumes two letters only ("two-thirds", "a fifth"): the words themselves are the readers' to check.
  fraction:
    "[Hh]a(?=lf\\b)|[Tt]h(?=irds?\\b)|[Qq]u(?=arters?\\b)|[Ff]i(?=fths?\\b)|[Ss]i(?=xths?\\b)|[Ss]e(?=venths?\\b)|[Ee]i(?=ghths?\\b)|[Nn]i(?=nths?\\b)|[Tt]e(?=nths?\\b)",
};
const INSIDE_WORD = {
  top: "est\\b",
  // Every ordinal ends in st/nd/rd/th ("first", "3rd", "twelfth"); a rank follows it with a superlative.
  // Also finds "fifth in the table", "seventh, on 19 points" and "eighth, 10 points behind" for the standing reader: the two share
  // their opening.
  ordinal: `(?:st|nd|rd|th)(?:[-\\s](?:${RANKS})|${HYPHENED_SUPERLATIVE}|\\sin\\sthe\\s|,?\\s(?:on|with)\\s\\d|,\\s\\d{1,3}\\spoints\\s)`,
  no: "#\\d",
  // Consumes the digit only, so "3rd-largest" still reaches the ordinal trigger at "rd-".
  possessed: "\\d(?=(?:st|nd|rd|th)\\b)",
  // "Toyota's second big recall".
  wordOrdinal: `['’]s\\s(?=(?:${WORD_ORDINALS.join("|")})\\b)`,
  ratioFor: "-(?:for|to)-",
  fold: "fold\\b",
  clock: ":[0-5]\\d(?::[0-5]\\d|\\.\\d)",
  clockGap: ":[0-5]\\d\\s+(?:behind|ahead|clear|adrift|back|slower|faster)\\b",
  // "2hr 14min": the unit fused to its number.
  compoundTime: "\\d(?:hrs?|mins?)\\s",
};
export type Family = keyof typeof AT_WORD_START | keyof typeof INSIDE_WORD;
const [atWordStart, insideWord] = [
  triggerScanner<Family>(AT_WORD_START, "\\b"),
  triggerScanner<Family>(INSIDE_WORD),
];
export const triggered = (s: string): Set<Family> => {
  const families = atWordStart(s);
  for (const f of insideWord(s)) families.add(f);
  return families;
};
