// Which of a sentence's times date its claims, and which are baselines a figure is set against: "up 1.2
// pct from 6.80 mln last year" is about now, compared with last year; "the highest since 2015" is about
// now, measured from 2015.
import { TENS, UNITS } from "../lexicon/numbers.js";
import { COMPARATIVES, COMPARING_WORDS, DAY_NAMES, MONTH_OPENINGS } from "../lexicon/words.js";
import { addMonths, compare, type Day, monthPeriod } from "./calendar.js";
import type { TimeMention } from "./types.js";

// "the worst since records began in 1953", "the highest since 2015": the year a record is measured
// from, not the time of the claim; the claim is about now (or the story's time). Within a clause: in "the
// world's most valuable company this month, overtaking Apple, has invested $13 billion since 2019" the
// superlative ranks nothing since 2019.
const RECORD_SINCE =
  /\b(?:highest|lowest|largest|biggest|smallest|strongest|weakest|fastest|slowest|sharpest|steepest|deepest|greatest|longest|worst|best|most|least|record|first)\b[^.;,]*\bsince\b(?:[^,;]|,\s*\d{4})*$/i;

// "up 1.2 pct from 6.80 mln last year", "up from £2,122 a year earlier", "up from 31 at the last election
// in 2019": the time of the figure compared against, not of the claim. A comma ends the figure unless it
// separates thousands, and "to" the figure it rose to ("from 3 in March to 5 in 2024" is 2024's).
// "compared with just 2.3% in late 2021": a word may weigh the figure; "against RM150 last year": a currency
// may be written in letters; "from minus 31 in September": a sign in words; "almost back to the 55 million it
// flew in 2019": a level returned to ("fall back to 2.5 pct at the end of 1988" is where it goes then).
// "from $2.42 billion, or 86 cents per share, a year earlier": the figure may carry another way of saying it.
// A figure may be in words: "has grown from a single MP in 2019", "from two stores in 2015". A comparative
// sets one too: "estimated at 3.3%, marginally higher than 3.1% in June" ("more than 200 died in June" not).
// A fraction is one ("about a fifth below their February 2022 peak"); not "a quarter", as often a time ("from
// a quarter earlier").
const FIGURE_WORD = `(?:a\\s+single|a\\s+handful\\s+of|(?:an?|one|two|three)[\\s-](?:half|third|fifth|tenth)s?|${[...Object.keys(UNITS), ...Object.keys(TENS)].join("|")})\\s`;
// "down from a revised record of 906,000 in the year to June 2023", "compared with net income of $48.7
// million a year earlier": what kind of figure it was.
const FIGURE_KINDS =
  "revised|previous|prior|record|earlier|initial|peak|high|low|all-time|provisional|estimated|upwardly|downwardly|net|loss|profit|income|earnings";
const PER_SHARE_BEFORE = /\s(?:a|per)\s+share,\s*$/;
const COMPARED_FIGURE = new RegExp(
  String.raw`\b(?:from|against|versus|compare[sd]? (?:with|to)|than(?<=\b(?:${COMPARATIVES.join("|")})\s+than)|back\s+to(?=\s+(?:the|its|their)\s))\s+(?:an?\s+|the\s+)?(?:(?:${FIGURE_KINDS})\s+){0,2}(?:of\s+)?(?:(?:just|only|about|around|roughly|nearly|almost|some|a\s+mere)\s+)?(?:minus\s+|negative\s+)?(?:(?:[$€£¥₹]|RM|Rs\.?|R|[A-Z]{1,2}\$)?\d|${FIGURE_WORD})(?:,\d{3}|(?!\sto\s)[^,;]){0,50}(?:,\s+or\s+[^,;]{1,40},\s*)?$`,
  "i",
);
// "12 pct higher than a year ago", "rose 5 pct from last year", "compared with the same period in 1986",
// "6% more than in the same month last year", "higher than in 2023", "$300 a month more than in 2020",
// "4.2% higher than in the first quarter of the previous financial year":
// a baseline too, and so is "unchanged from the previous month". "from" and "than" count only right after a
// change or its size ("in force from 2019",
// "more than a year ago" are times of their own).
const COMPARED_TIME = new RegExp(
  String.raw`(?:\b(?:versus|compare[sd]? (?:with|to))|(?:\d[\d.,]*\s*(?:%|pct|percent|per cent|(?:percentage )?points?|bn|billion|m|million|p|c|cents?|pence)?(?:\s+(?:a|an|per)\s+(?:day|week|month|year|head))?(?:\s+(?:more|less|fewer)(?:\s+[a-z]+){0,2})?|\b(?:${COMPARING_WORDS})\b[^,;]{0,30}?)\s+(?:from|than|against))\s+(?:in\s+)?(?:(?:the\s+)?same\s+(?:period|time|quarter|month|week|day)\s+(?:(?:of|in)\s+)?|(?:the\s+)?(?:first|second|third|fourth|final|last)\s+(?:quarter|half|month|week)\s+of\s+(?:the\s+)?|the\s+)?$`,
  "i",
);

// British "up 5% on last year", "a fall of 4% on September", "a three-fold increase on end-December 1985
// levels": "on" a time is its
// day ("fell 3% on Tuesday") unless that time lies behind and a figure is set against it.
// "up 3% on the same month in 2023", "up 48% on the previous year", "down 40% on the same period last
// year" too.
const COMPARED_ON =
  /(?:\d|\b(?:up|down|increase|rise|fall|decline|drop|gain))[^,;]{0,20}\bon\s+(?:the\s+(?:same\s+(?:period|month|quarter|week|day|time)\s+(?:(?:in|of|last)\s+)?)?)?(?:end-)?$/i;
const BEHIND = new RegExp(
  String.raw`^(?:last|(?:the\s+)?previous|a\s+year\s+(?:ago|earlier)|(?:${MONTH_OPENINGS})[a-z]*(?:\.?\s+(?:1[89]|20)\d{2}|(?![a-z'’]|\.?\s*\d))|(?:1[89]|20)\d{2}\b)`,
  "i",
);
// "71.1% were seen within four hours, below the 78% target for March 2025", "just short of the 77% interim
// goal set for March 2025": when a target is due, not when the figure was.
// A target set ("set a growth target of 5% for 2024") is of its year.
const TARGET_FOR =
  /\b(?:below|above|against|short\s+of|miss(?:ed|ing)?|beat(?:ing)?|than|under|over|within)\s+(?:(?:the|a|an|its|their)\s+)?(?:[\d.]+%\s+)?(?:interim\s+|official\s+|national\s+)?(?:targets?|goals?)\s+(?:of\s+[^,;]{1,25}\s+)?(?:set\s+)?(?:for|by)\s+$/i;
// "bookings were 8% ahead of last year", "3% behind 2023 levels": a figure's lead over a time gone (not
// "rose 5% ahead of Christmas", a time still to come).
const AHEAD_OF = /\d\s*(?:%|pct|percent|per cent|points?)?\s+(?:ahead\s+of|behind)\s+$/i;
// "0.51C above the 1991-2020 average", "2% below its 2019 peak", "6.3% below their March 2022 peak", "one
// percentage point above July's retail prices index (RPI) measure", "1% above July's retail prices index (RPI)
// figure", "1.03 million sq km below the 1981-2010 average": a level the figure is measured against.
// "nearly double the November average", "twice the 1991-2020 norm": a multiple of a level too.
const COMPARED_LEVEL = new RegExp(
  String.raw`(?:\d|\b${FIGURE_WORD})(?:[^,;]{0,24}\s)?(?:above|below|over|under)\s+(?:the\s+|its\s+|their\s+)?$|\b(?:double|twice|treble|triple|half|times)\s+(?:the\s+|its\s+|their\s+)$`,
  "i",
);
const LEVEL_AFTER =
  /^\S*\s+(?:[\w()-]+\s+){0,5}?(?:average|averages|level|levels|mean|norm|baseline|peak|figure|rate|reading|measure)\b/i;
// "revenue remains around £1bn a year below 2019": a year alone, a figure's distance from it.
const BARE_YEAR = /^(?:19|20)\d{2}(?![\w-])(?!\s+(?:and|to)\s)/;

// "120mm in 24 hours — more than the average for the whole of October": the span an average is of.
const AVERAGE_FOR =
  /\b(?:more|less|fewer|higher|lower|above|below|over|under|than)\b[^,;]{0,20}\baverage\s+(?:for|of|in)\s+(?:(?:the\s+)?(?:whole|entire)\s+(?:of\s+)?)?$/i;
// "up from 3.86 trillion won a year earlier and 0.4 trillion won in the previous quarter": a second baseline
// after the first.
const SECOND_BASELINE =
  /\b(?:from|against|versus|compared (?:with|to))\s+[$€£¥]?\d[^,;]{0,40}\s(?:a\s+year\s+(?:earlier|ago)|last\s+year)\s+and\s+[$€£¥]?\d[^,;]{0,30}$/i;
// "$250, nearly triple what they were in 2019", "twice what it cost in 2020": what a figure was then.
const WHAT_IT_WAS =
  /\b(?:double|twice|triple|treble|half|times|more\s+than|less\s+than|higher\s+than|lower\s+than)\s+what\s+(?:it|they|he|she|we|you)\s+(?:was|were|had\s+been|cost|paid|earned|made|sold)\s+(?:in\s+)?$/i;
// "double the number who did so in 2021", "twice as many as in 2021", "three times the level seen in 2019":
// a multiple of what was then.
const MULTIPLE_OF =
  /\b(?:double|twice|triple|treble|half|times)\s+(?:as\s+(?:many|much)\s+as|the\s+(?:number|amount|total|figure|level|rate|count)(?:\s+(?:who|that|which)\s+[a-z]+(?:\s+so)?|\s+(?:seen|recorded|reported|set|reached))?)\s+(?:in\s+)?$/i;
// "roughly double its level at the start of the year", "40% above their level of a year ago": a multiple
// of, or a distance from, a level then.
const FROM_LEVEL =
  /\b(?:double|twice|triple|treble|half|times|above|below|over|under)\s+(?:the|its|their)\s+(?:[\w-]+\s+)?(?:level|levels|size|value)\s+(?:(?:seen|reached|recorded)\s+)?(?:(?:at|in|of|during)\s+)?$/i;
// "beating last year's figure of 53,677", "above last year's record", "three times last year's level": a
// figure of a time, set against.
const BEATS =
  /\b(?:times|twice|double|triple|treble|half|beat(?:ing|s)?|surpass(?:ing|ed|es)?|top(?:ping|ped|s)?|exceed(?:ing|ed|s)?|eclips(?:ing|ed|es)|break(?:ing|s)?|broke|above|below|than|from|against|versus|compared\s+(?:with|to))\s+$/i;
const TIMES_FIGURE =
  /^[^,;]{0,30}?['’]s\s+(?:[a-z]+\s+)?(?:figure|record|total|level|tally|high|peak|number|count|mark|best|turnout)\b/i;
// "the second-highest on record, behind the $10.20 paid in the 2021-22 season": a figure ranked behind (in
// digits: "the IRA was behind two killings last week" is no ranking).
const RANKED_BEHIND = /\bbehind\s+(?:the|its|their)\s+(?:[$€£¥]|[A-Z]{1,2}\$)?\d[^,;]{0,50}$/;
// "The annual increase compares with a 2.8% fall in 2022's last month": the present too.
const COMPARING = /from|than|against|versus|compare[sd]?\s|back to|below|above/i;
// "Economists had expected growth of 0.1% after a 0.3% contraction in April": the change a figure follows
// is set against it too.
// "rose 0.3% after gaining 0.2% in June", "followed a 5.8% gain in June" too.
const AFTER_CHANGE =
  /\b(?:after|following|followed)\s+(?:(?:an?\s+)?(?:(?:revised|upwardly\s+revised|downwardly\s+revised)\s+)?[\d.]+\s*(?:%|pct|percent|per\s+cent)\s+(?:[a-z]+\s+)?(?:contraction|expansion|growth|rise|fall|drop|decline|increase|gain|jump|slump|slide|dip)|(?:gaining|rising|falling|growing|climbing|dropping|declining|increasing|shrinking|contracting|expanding|slipping|jumping)\s+(?:by\s+)?(?:an?\s+)?(?:revised\s+)?[\d.]+\s*(?:%|pct|percent|per\s+cent))\s+(?:in\s+)?$/i;
// "fell 0.3 per cent, reversing the 0.8 per cent increase in the second quarter", "extending last month's
// 2% drop": a change the figure undoes or carries on is of its own time.
const UNDOES_CHANGE =
  /\b(?:revers(?:ing|ed|es)|eras(?:ing|ed|es)|wip(?:ing|ed|es)\s+out|undo(?:ing|es)|extend(?:ing|ed|s)|match(?:ing|ed|es)|mirror(?:ing|ed|s))\s+(?:(?:the|an?|its|their)\s+)?(?:[\d.]+\s*(?:%|pct|percent|per\s+cent)\s+)?(?:[a-z]+\s+)?(?:increase|rise|gain|fall|drop|decline|jump|slide|slump|growth|contraction|loss|losses|gains)\s+(?:(?:seen|recorded|posted)\s+)?(?:in|of|during)\s+(?:the\s+)?$/i;
// "about £800 lower than at the peak of the energy crisis in early 2023", "higher than before the invasion
// in February 2022": a time set against, however the occasion is named.
// "11% more rental properties than at this time last year" too.
const THAN_AT =
  /\b(?:lower|higher|more|less|fewer|bigger|smaller|cheaper|dearer|greater|above|below)\s+than\s+(?:at|in|during|before|after|when)\b[^,;]{0,60}\s(?:in|of)\s+$|\bthan\s+(?:at\s+)?(?:this|the\s+same)\s+(?:time|point|stage)\s+$/i;

// "From a year earlier, the economy expanded 1.4%": a sentence opening on the time it sets its figures
// against (not "From January, prices will rise": a start).
const OPENS_FROM = /^[\s"“]*(?:[Ff]rom|[Aa]gainst)\s+$/;
// "about £1,000 lower than the peak in early 2023", "below the record set in 2019", "below the peak of
// 55,078 in the year to March 2020": when a level the figure is set against was.
const COMPARED_PEAK =
  /\b(?:than|from|against|below|above|compared\s+(?:with|to))\s+(?:the|its|their|a)\s+(?:[\w-]+\s+){0,2}?(?:peak|high|low|record|level|levels|average)\s+(?:of\s+[$€£¥]?\d[\d,.]*%?\s+(?:[a-z]+\s+)?)?(?:(?:seen|reached|set|recorded|hit)\s+)?(?:in|of|at|during)\s+$/i;
// "4 per cent above the 51,400 recorded in the year ending March 2020", "below the 2.1 million seen in
// 2019", "above the 4.6 million recorded before the Covid pandemic in February 2020": a figure recorded
// then, which the claim's figure is measured against.
const ABOVE_RECORDED =
  /\b(?:above|below|over|under)\s+the\s+(?:[$€£¥]|[A-Z]{1,2}\$)?\d[\d,.]*\s*(?:%|[a-z]+\s+){0,2}?(?:recorded|seen|reported|registered|logged|posted)\s+(?:(?:before|after|during)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\s+)?(?:in|during|for|over)\s+(?:the\s+)?$/i;
// "US emissions are set to increase by 1.9 per cent, reversing last year's decline": the change undone is
// the time's own.
const UNDONE = /\b(?:revers|eras|undo|extend|match|mirror)[a-z]*\s+$/i;
const TIMES_CHANGE =
  /^[^,;]{0,30}?['’]s\s+(?:[\d.]+\s*(?:%|pct|percent|per\s+cent)\s+)?(?:[a-z]+\s+)?(?:increase|rise|gain|fall|drop|decline|jump|slide|slump|growth|contraction|loss|losses|gains|surge|plunge)\b/i;
const TIME_BACK =
  /^(?:a\s+year\s+(?:earlier|ago|before)|the\s+(?:previous|prior|same)\s+(?:year|quarter|month|period|week))\b/i;

// "still below the 2022 figure of 35.9%, … but above the 25.4% of 2019": a year's figure set against.
const AGAINST_THE = String.raw`\b(?:below|above|than|against|versus|compared\s+(?:with|to)|from)\s+(?:the|its|their)\s+`;
const SET_AGAINST_THE = new RegExp(`${AGAINST_THE}$`, "i");
const FIGURE_NOUN_AFTER =
  /^\d{4}\s+(?:figure|level|total|rate|number|tally|peak|high|low|record|average|result)s?\b/i;
const FIGURE_OF = new RegExp(String.raw`${AGAINST_THE}[$£€]?\d[\d,.]*%?\s+(?:of|in)\s+$`, "i");

/** The words before `start` set a figure against the time that follows: a baseline, not the claim's time. */
export function comparedAt(s: string, start: number): boolean {
  const before = s.slice(Math.max(0, start - 60), start);
  if (start < 30 && OPENS_FROM.test(before) && TIME_BACK.test(s.slice(start, start + 40)))
    return true;
  // Both patterns need one of these words; most times have none before them, and the patterns try every
  // offset of the 60 characters.
  if (
    COMPARING.test(before) &&
    (COMPARED_FIGURE.test(before) || COMPARED_TIME.test(before) || COMPARED_PEAK.test(before))
  )
    return true;
  if (before.includes(" and ") && SECOND_BASELINE.test(s.slice(Math.max(0, start - 120), start)))
    return true;
  // "compared with net income of $48.7 million, or $1.11 a share, a year earlier": the amount a share makes
  // the figure run past the usual window.
  if (
    PER_SHARE_BEFORE.test(before) &&
    COMPARED_FIGURE.test(s.slice(Math.max(0, start - 100), start))
  )
    return true;
  if (
    COMPARING.test(before) &&
    ((SET_AGAINST_THE.test(before) && FIGURE_NOUN_AFTER.test(s.slice(start, start + 24))) ||
      FIGURE_OF.test(before))
  )
    return true;
  if ((before.includes("after") || before.includes("follow")) && AFTER_CHANGE.test(before))
    return true;
  if (UNDOES_CHANGE.test(s.slice(Math.max(0, start - 90), start))) return true;
  if (UNDONE.test(before) && TIMES_CHANGE.test(s.slice(start, start + 60))) return true;
  if (before.includes("the ") && ABOVE_RECORDED.test(before)) return true;
  if (before.includes("than") && THAN_AT.test(s.slice(Math.max(0, start - 100), start)))
    return true;
  if (
    (COMPARED_ON.test(before) ||
      ((before.includes(" ahead of") || before.includes(" behind")) && AHEAD_OF.test(before))) &&
    BEHIND.test(s.slice(start, start + 20))
  )
    return true;
  if (
    (before.includes("target") || before.includes("goal")) &&
    TARGET_FOR.test(s.startsWith("by ", start) ? `${before}by ` : before)
  )
    return true;
  if (before.includes("average") && AVERAGE_FOR.test(before)) return true;
  if (before.includes("what ") && WHAT_IT_WAS.test(before)) return true;
  if (MULTIPLE_OF.test(before)) return true;
  if (before.includes(" level") && FROM_LEVEL.test(before)) return true;
  if (before.includes("behind") && RANKED_BEHIND.test(before)) return true;
  if (TIMES_FIGURE.test(s.slice(start, start + 50)) && BEATS.test(before)) return true;
  return (
    COMPARED_LEVEL.test(before) &&
    (LEVEL_AFTER.test(s.slice(start, start + 60)) || BARE_YEAR.test(s.slice(start, start + 12)))
  );
}

// How far back a record's superlative is looked for before its "since": a bound keeps a sentence of many
// times linear.
const RECORD_REACH = 300;

// "The tax will rise to 20% from April 2026", "bills will fall by 7% from April": in a sentence that looks
// ahead, a change from a time not yet past is when it takes effect (from a time gone, it is a baseline).
const TAKES_EFFECT = /\bfrom\s+$/i;

export function datesTheClaim(
  s: string,
  m: TimeMention,
  hasSince: boolean,
  ahead: boolean,
  ref: Day | null,
  past: boolean,
): boolean {
  // "The share of consumers expecting a recession in the next 12 months rose to 33%": the time of what a
  // group expects, inside the noun phrase a past figure is of, is not the figure's.
  if (
    ref &&
    compare(m.period.end, ref) > 0 &&
    EXPECTING_BEFORE.test(s.slice(Math.max(0, m.start - 50), m.start)) &&
    FIGURE_VERB_AFTER.test(s.slice(m.end, m.end + 40))
  )
    return false;
  // The mention itself may open with "since" ("the lowest since 2019").
  if (hasSince && RECORD_SINCE.test(s.slice(Math.max(0, m.end - RECORD_REACH), m.end)))
    return false;
  // "wages rose 0.4% from August": the mention may carry the word that sets it against the figure (not
  // "rose 4% from March to May", a range of its own).
  const lead = m.granularity === "range" ? null : LEADING_COMPARISON.exec(s.slice(m.start, m.end));
  if (
    ahead &&
    ref &&
    compare(m.period.end, ref) >= 0 &&
    (/^from\b/i.test(lead?.[0] ?? "") ||
      TAKES_EFFECT.test(s.slice(Math.max(0, m.start - 6), m.start)))
  )
    return true;
  // "diverted money from 23 clients' accounts between 2014 and 2023": a span of its own, not the time of a
  // figure set against ("from 23" counts whom, not a figure before).
  if (s.startsWith("between ", m.start) || s.startsWith("Between ", m.start)) return true;
  if (!comparedAt(s, m.start + (lead ? lead[0].length : 0))) return true;
  // "raised its rate to 0.5% from 0.25% on Friday": told in the past tense, a day of the week after the
  // figures is when it happened; "remain at 150,000, down from 180,000 on Friday" sets the figure against
  // that day, and so does a date ("fell to 5.2 bln from 5.5 bln on March 31").
  return past && m.granularity === "day" && WEEKDAY.test(s.slice(m.start, m.end));
}
const WEEKDAY = new RegExp(`\\b(?:${DAY_NAMES})\\b`);
const EXPECTING_BEFORE = /\b(?:expecting|planning|intending|hoping)\b[^,;]{0,40}$/;
const FIGURE_VERB_AFTER =
  /^[^,;]{0,30}?\s(?:rose|fell|jumped|dropped|climbed|slipped|increased|decreased|declined|edged|was|were|stood|hit|reached)\b/;
const LEADING_COMPARISON = /^(?:from|against|than|on|with|versus)\s+/i;

// A month named alone after "on" or "compared with", as statistics are told month on month: not "September
// last year" (a year-on-year baseline), "the November average" (a level) nor "down from minus 31 in
// November" (a poll's last reading, the figure being now's).
const MONTH_ALONE = new RegExp(String.raw`^(?:on|with|versus)\s+(?:${MONTH_OPENINGS})[a-z]*\.?$`);
const IN_MONTH = new RegExp(String.raw`^in\s+(?:${MONTH_OPENINGS})[a-z]*\.?$`);
/**
 * "The number waiting more than 12 hours was 44,765, a fall of 4% on September", "fell 2% compared with
 * September": a figure told in the past against a month named alone, with no time of its own, is the next
 * month's, as monthly statistics are set against the month before. Only once that month is over, and only
 * while it is recent (a month's figures come out within weeks of it).
 */
export function monthAfterBaseline(
  s: string,
  mentions: readonly TimeMention[],
  ref: Day,
): TimeMention | null {
  for (const m of mentions) {
    if (m.granularity !== "month") continue;
    const text = s.slice(m.start, m.end);
    // "fell 0.4% after rising 0.5% in November": the change a figure follows is the month before's.
    const followed =
      IN_MONTH.test(text) && AFTER_CHANGE.test(s.slice(Math.max(0, m.start - 100), m.start));
    if (!followed && !MONTH_ALONE.test(text)) continue;
    const lead = LEADING_COMPARISON.exec(s.slice(m.start, m.end));
    if (!comparedAt(s, m.start + (lead ? lead[0].length : 0))) continue;
    const next = addMonths(m.period.start, 1);
    const period = monthPeriod(next.y, next.m);
    const recent = compare(period.end, ref) < 0 && compare(period.end, addMonths(ref, -2)) >= 0;
    return recent ? { ...m, period, basis: "relative", nextToBaseline: true } : null;
  }
  return null;
}
