// Whether a time a claim states is where the story goes next, or only dates that claim: a look back at a
// peak or a revised figure, a founding, a running total, a month ranked within the year.
import { DAY_NAMES } from "../lexicon/words.js";
import { SUPERLATIVES } from "../quantities/rank-patterns.js";
import type { Span } from "../types.js";

// "That compares with 368 cases in 2023": the baseline of the sentence before.
const COMPARES_WITH = /^[\s"“]*(?:That|This|It|Which)\s+(?:compares|compared)\s+(?:with|to)\b/;
const PEAKED =
  /\b(?:peaked|bottomed|(?:hit|reached|touched|set)\s+(?:an?\s+|its\s+)?(?:record|all-time|peak|high|low|previous)\b)/;
const REVISED =
  /\b(?:(?:was|were|has\s+been|have\s+been|had\s+been)\s+revised|an?\s+(?:downwardly\s+|upwardly\s+)?revised)\b/;
// The past perfect of a figure's change: what had happened before the story's period.
const HAD_DONE =
  /\bhad\s+(?:expanded|grown|contracted|shrunk|risen|fallen|dropped|declined|increased|decreased|climbed|slowed|jumped|gained|lost)\b/;
// "There were 14,577 offences in 2024-25. In 2019-20, the figure was 13,000": the same figure for an earlier
// period, set beside the story's.
const FIGURE_THEN =
  /\b(?:[Tt]he|[Tt]hat|[Ii]ts)\s+(?:figure|number|total|rate|tally|level)\s+(?:was|were|had\s+been|stood\s+at)\b/;
// "The poll of 2,150 adults was carried out on Sunday and Monday": when a poll asked is how it was done,
// not where the story goes (what its respondents or the parties said next is of now).
const FIELDWORK =
  /\b(?:poll|survey|polling|fieldwork)\b[^.;]{0,60}\b(?:was|were)\s+(?:carried\s+out|conducted|taken|done)\s+(?:[a-z]+\s+)?$/i;
// Founding, not beginning: "began to fall apart in mid-1996" is where the story now is.
const BEGAN = /\b(?:founded|established|formed|set\s+up|born)\s+(?:[\w'’-]+\s+){0,3}?(?:in|on)\s+$/;
const SINCE = /^since\b/i;
const RUNNING_TOTAL = /\b(?:total|cumulative|in all|altogether|to date)\b/;
// "has gained about 16% so far this year", "year-to-date": a running total to now is told of alone.
const SO_FAR = /^(?:so\s+far|year[-\s]to[-\s]date)\b|\bso\s+far$/i;
// "Of the 320 companies that have reported third-quarter results, 83% …": a reporting season the sentence's
// companies are chosen by.
const HAVE_REPORTED =
  /\b(?:that|which|who)\s+(?:have|has)\s+(?:so\s+far\s+|already\s+)?reported\s+$/;
// '"…," Carney told supporters in Ottawa early on Tuesday': when something was said, not a time the
// story's facts are of.
const SAID_THEN =
  /\b(?:said|says|told|tells|added|wrote)\s+(?:[\w'’-]+\s+){0,5}?(?:early\s+|late\s+)?$/;
const SAYING_DAY = new RegExp(`^(?:on\\s+)?(?:${DAY_NAMES})\\b`);
const RANKED_PERIOD = new RegExp(
  String.raw`^\s+(?:was|were|is)\s+(?:its|the|their)\s+(?:[a-z]+\s+)?(?:${SUPERLATIVES.join("|")})\s+(?:month|day|week|quarter|season|on\s+record)\b`,
);

/** "That compares with …" sets its time against the sentence before. */
export const comparesWith = (sentence: string): boolean => COMPARES_WITH.test(sentence);

/** "The list peaked at 7.77 million in September 2023", "job gains for July and August were revised
 *  down", "The economy had expanded 7.8 per cent in the April-June quarter", "In 2019-20, the figure was
 *  13,000", told after later figures: a look back, not a period the story moves to. */
// "Nigeria's inflation rose to 34.80% in December. Inflation was 34.60% in November.": the figure of a time
// before the story's, told alone as what it was then.
const WAS_THEN =
  /^[\s"“]*(?:[A-Z][\w'’-]*)(?:\s+[a-z][\w-]*){0,2}\s+(?:was|were|stood\s+at|had\s+been)\s+(?:a\s+revised\s+)?[$£€]?\d[\d.,]*\s*(?:%|per\s*cent)?\s+in\s+[A-Z][a-z]+\.?[\s"”]*$/;
export const looksBack = (sentence: string): boolean =>
  PEAKED.test(sentence) ||
  REVISED.test(sentence) ||
  HAD_DONE.test(sentence) ||
  FIGURE_THEN.test(sentence) ||
  WAS_THEN.test(sentence);

/** Whether the story's next sentences tell of the time `stated` (offsets in `sentence`, read as
 *  `timeText`): not when a thing began ("co-founded Black Sabbath in 1968. The band sold …") or a poll was
 *  carried out, a running total to now ("bringing the total raised since the first race in 1981 to £1.3bn",
 *  "has gained 16% so far this year"), a reporting season ("companies that have reported third-quarter
 *  results"), when it was said ("told supporters early on Tuesday"), nor a month ranked within the year
 *  told of ("December was its busiest month", "Every month from January to June was the warmest on
 *  record"). */
export function movesStory(sentence: string, stated: Span, timeText: string | null): boolean {
  if (BEGAN.test(sentence.slice(Math.max(0, stated.start - 30), stated.start))) return false;
  if (FIELDWORK.test(sentence.slice(Math.max(0, stated.start - 90), stated.start))) return false;
  if (timeText !== null && SINCE.test(timeText) && RUNNING_TOTAL.test(sentence)) return false;
  if (timeText !== null && SO_FAR.test(timeText)) return false;
  if (HAVE_REPORTED.test(sentence.slice(Math.max(0, stated.start - 40), stated.start)))
    return false;
  if (
    timeText !== null &&
    SAYING_DAY.test(timeText) &&
    SAID_THEN.test(sentence.slice(Math.max(0, stated.start - 60), stated.start))
  )
    return false;
  return !RANKED_PERIOD.test(sentence.slice(stated.end, stated.end + 48));
}

// "Milton struck less than two weeks after Hurricane Helene": a shift measured from a name the story has
// not told of before is measured from that, not from the story's time, and when that was it does not say
// ("two weeks after Huang's visit", the visit told of before, is from the story's time).
const SHIFTED_FROM = /(?:after|before)$/i;
const NAME_AFTER = /^\s+(?:the\s+)?([A-Z][\w-]{2,})/;
// "won in 2:13:44, just two weeks after finishing fourth at the world championships": a shift from
// something done, told by its -ing form, is from that deed, which the story has not dated (unless it
// points back to what it did date: "two weeks after announcing it").
const DEED_AFTER = /^\s+(?:[a-z]+ly\s+)?[a-z]{2,}ing\s+(?!(?:it|them|this|that)\b)/;
/** Whether the sentence's shift s[shiftStart, shiftEnd) is measured from a name new to the story. */
export function shiftedFromNew(
  story: string,
  sentenceStart: number,
  s: string,
  shiftStart: number,
  shiftEnd: number,
): boolean {
  if (!SHIFTED_FROM.test(s.slice(shiftStart, shiftEnd))) return false;
  const after = s.slice(shiftEnd, shiftEnd + 40);
  if (DEED_AFTER.test(after)) return true;
  const name = NAME_AFTER.exec(after)?.[1];
  if (name === undefined) return false;
  // A bounded look back keeps a story of many such sentences linear.
  const at = story.indexOf(name, Math.max(0, sentenceStart - NAMED_WITHIN));
  return at < 0 || at >= sentenceStart;
}
const NAMED_WITHIN = 20_000;
