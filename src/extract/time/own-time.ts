// Which of a sentence's times date what it says: not the time of the saying ("said on Tuesday"), nor a
// person's ("last year's winner"), nor a company's calendar, nor an aside's.
import { PERSON_ROLES } from "../lexicon/people.js";
import { AUDIENCE_WORDS, REVISES_OWN_FORECAST, WEEKDAY_NAMES } from "../lexicon/words.js";
import { datelineOf } from "../text.js";
import { aside } from "./asides.js";
import { isPresent, type SentenceTimes } from "./sentence-times.js";
import { FISCAL_YEAR } from "./story-year.js";
import type { TimeMention } from "./types.js";

const SAYING_TIME: ReadonlySet<string> = new Set(["day", "week", "month"]);
// "said yesterday", "told analysts on a call on Wednesday", "said in a statement on Tuesday", "a review
// published on Thursday", "customs data showed on Thursday", "a study published in The Lancet Public Health
// on Wednesday": the time dates the saying, not what was said ("the letter was published in Granma on
// Tuesday" is what it dates).
const AUDIENCE = `(?:${AUDIENCE_WORDS.join("|")}|the\\s+[A-Z][\\w.]*|[A-Z][\\w.]*)`;
// "he said when tabling the budget in the Dewan Rakyat on Friday (Oct 10)": the occasion told by what the
// speaker did, and the day restated in brackets as Malaysian papers write it.
const OCCASION =
  "(?:(?:in|on|at|during)\\s+(?:a|an|its|the|their|his|her)\\s+(?:[a-z]+\\s+){0,2}(?:statement|call|interview|briefing|conference|note|filing|post|speech|letter|email|meeting)|(?:when|while|after)\\s+(?:tabling|presenting|delivering|unveiling|launching|opening|addressing|announcing)\\s+(?:the|a|an|its|his|her|their)\\s+(?:[a-z]+\\s+){0,2}[a-z]+)";
// "published in The Lancet on Wednesday", "told the BBC on Sunday", "said in a filing with Bursa Malaysia
// yesterday", "said on X on Monday", "posted on Truth Social": where it was said.
const VENUE =
  "(?:in|by|with|to|on)\\s+(?:the\\s+)?[A-Z][\\w.&'’-]*(?:\\s+(?:of\\s+)?[A-Z][\\w.&'’-]*){0,5}";
const SAID_VERBS = "said|says|reported|told|stated|disclosed|confirmed";
const REPORTING = new RegExp(
  `\\b(?:[Ss]aid|[Ss]ays|announced|reported|told|stated|added|wrote|posted|disclosed|confirmed|showed|shows|(?<!\\b(?:was|were|been|be|is|are)\\s)(?:published|released))(?:\\s+${AUDIENCE})?(?:\\s+${OCCASION})?(?:\\s+${VENUE})?\\s+(?:on\\s+|late\\s+|early\\s+)?(?:(?:${WEEKDAY_NAMES})\\s*\\(\\s*)?$`,
);

// "SK Hynix on Thursday reported a profit of 5.47 trillion won", "On Thursday, the company said sales rose
// 4%": a day named before the verb of saying, with nothing before it but the speaker, dates the saying of
// a figure too ("Sales rose on Thursday, Tesco said" is what it dates; "On Friday, Netanyahu said he had
// no qualms" and "In September, it announced plans to acquire …" tell what happened then).
const SPEAKER_ONLY =
  /^[\s"“]*(?:(?:[Tt]he\s+)?[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,4}\s+)?(?:[Oo]n\s+)?$/;
// "Qantas on Thursday raised its profit guidance for the first half to A$1.4 billion": a forecast revised
// that day is of the period it is for, as a figure said that day is.
const SAYS_NEXT = new RegExp(
  String.raw`^,?\s+(?:(?:the\s+)?[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,4}\s+|the\s+[a-z]+\s+|(?:it|they|he|she)\s+)?(?:(?:${SAID_VERBS})\b|${REVISES_OWN_FORECAST})[^.;]*\d`,
);
// After a wire's dateline ("SYDNEY, Nov 27 (Reuters) - Qantas on Thursday raised …").
const saidBefore = (s: string, m: TimeMention) =>
  m.start < 90 &&
  SPEAKER_ONLY.test(s.slice(datelineOf(s), m.start)) &&
  SAYS_NEXT.test(s.slice(m.end, m.end + 160));

// "The airport said December was its busiest month": a time that is what was said of, not when.
const TOLD_OF = /^\s+(?:was|were|is|saw|brought|marked)\b/;

// "Last year's winner dropped out": a time owning a person says who they are, not when the claim was.
const OWNS_PERSON = new RegExp(
  String.raw`^['’]s\s+(?:[a-z-]+\s+)?(?:winner|champion|runner-up|finalist|title-holder|holder|hero|star|${PERSON_ROLES.join("|")})s?\b`,
  "i",
);
// "Kyle Chalmers, the 2016 champion, took silver": so does a year before a title.
const TITLED =
  /^\s+(?:(?:Olympic|world|European|national|defending|reigning)\s+)?(?:winner|champion|runner-up|finalist|title-holder|gold\s+medall?ist|medall?ist|laureate)s?\b/i;
const ownsPerson = (s: string, end: number) =>
  ((s.charCodeAt(end) === 39 || s.charCodeAt(end) === 0x2019) &&
    OWNS_PERSON.test(s.slice(end, end + 40))) ||
  (s.charCodeAt(end) === 32 && TITLED.test(s.slice(end, end + 40)));

// "certain 2020-2022 model year vehicles", "the 2024 models": the years name what is made, not when; so
// does a bond's maturity ("the benchmark 2035 bond", "its 2030 notes") and a futures contract's month
// ("gold futures for December delivery", "the December contract").
const MODEL_YEAR =
  /^[\s-]+(?:model(?:[-\s]year|s)?|(?:[Ee]uro)?bonds?|notes|gilts?|Treasur(?:y|ies)|securities|delivery|contracts?|futures)\b/;

// "whose financial year ends in January" tells the story's calendar (noteFiscalYear), not when anything was.
const FISCAL_CALENDAR = new RegExp(`^${FISCAL_YEAR}(?:ends|closes|runs)\\b`);

/** Whether a mention of the sentence dates what it says: "said on Tuesday", "said last month" date the
 *  saying ("reported third-quarter profit" names the figures' period), an aside dates what it names, and a
 *  company's calendar and a model year date nothing. */
export function ownTime(t: SentenceTimes, m: TimeMention): boolean {
  // The month after a baseline is the figure's by construction: the words around the baseline tell of it.
  if (m.nextToBaseline) return true;
  return (
    // Every calendar opens with an f: most mentions are rejected on that letter.
    !(
      (t.text.charCodeAt(m.start) | 32) === 102 &&
      FISCAL_CALENDAR.test(t.text.slice(m.start, m.end))
    ) &&
    !ownsPerson(t.text, m.end) &&
    !MODEL_YEAR.test(t.text.slice(m.end, m.end + 14)) &&
    (!SAYING_TIME.has(m.granularity) ||
      ((!REPORTING.test(t.text.slice(Math.max(0, m.start - 90), m.start)) ||
        TOLD_OF.test(t.text.slice(m.end, m.end + 12))) &&
        !saidBefore(t.text, m))) &&
    !aside(t.text, m, t.ahead || isPresent(t))
  );
}
