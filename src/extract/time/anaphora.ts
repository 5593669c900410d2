// Words that point back to a period the story named: "in the quarter", "fell 0.6% on the month", "that
// year", "the same month last year", "over the year", "for (much of) the year", "cost $5.9bn in the year",
// and a change measured "quarter on quarter" (of the quarter named last).
import { parseNumberWords } from "../lexicon/numbers.js";
import type { ClaimTime, Span } from "../types.js";
import { addMonths, type Day, iso, monthPeriod, parseDay } from "./calendar.js";
import type { SentenceTimes } from "./sentence-times.js";
import type { Narrative, TimeMention } from "./types.js";

// "That is 31% of all children", "That is about a third more than the long-term average", "The figure is
// 4.2% higher than …", "That is still below the 2022 figure of 35.9%", "The figure remains below the peak
// of 55,078": a figure restating the one before, or setting it against another, is of its period.
export const RESTATES =
  /^[\s"“]*(?:That|This|The\s+(?:figure|number|total|tally))(?:\s+(?:is|was|represents|represented|remains|remained)|['’]s)\s+(?:still\s+)?(?:(?:well\s+|far\s+)?(?:below|above|higher\s+than|lower\s+than)\s+the\s+(?:(?:peak|record|high|low|level)\s+of\s+)?)?(?:(?:an?|about|around|roughly|nearly|almost)\s+){0,2}(?:[$£€]?\d|(?:half|third|quarter|fifth|tenth|double|twice|triple)\b)/;
// "In the nine months, net rose 4.3%", "For the nine months, Du Pont earned", after a quarter was named: the
// months of the year to that quarter's end (not "the nine months to September", which names its own end).
const MONTHS_SO_FAR = String.raw`\b(?:in|for|during|over)\s+the\s+(six\s+months|nine\s+months)\b(?![-\s]+(?:to|ended|ending|through|before|since|of|after)\b)`;
// "the steepest rise, of 35% over the five years", after "over the next five years": the span named.
const YEARS_NAMED = String.raw`\b(?:over|during|across|in)\s+the\s+((?:two|three|four|five|six|seven|eight|nine|ten)\s+years)\b(?![-\s]+(?:to|since|before|after|ending|ended|of|from|ago)\b)`;
// "Jio posted a 12% rise in quarterly profit", after the quarter was named: the quarter's figure.
const QUARTERLY_FIGURE = String.raw`\b(quarter)ly\s+(?:net\s+|operating\s+|pre-tax\s+|core\s+)?(?:profits?|revenues?|sales|earnings|income|loss(?:es)?)\b`;
const ANAPHORA = new RegExp(
  String.raw`${MONTHS_SO_FAR}|${YEARS_NAMED}|\b(?:at|by)\s+the\s+end\s+of\s+the\s+(quarter|period|half|month|year)\b|\b(?:that|the same)\s+(year|month|quarter|half|period|week|day)\b|\b(?:in|during|over|for|on)\s+the\s+(quarter|period|half|month)\b|\b(quarter|month)[-\s](?:on|over)[-\s](?:the\s+)?(?:previous\s+)?(?:quarter|month)\b|\b(?:over|during|throughout|in|for(?:\s+(?:much|most|all)\s+of)?)\s+the\s+(year)\b(?![-\s]+(?:to|ending|ended|through|before|earlier|ago|since|in|of|that|when|after|following|prior|ahead|so)\b)|${RESTATES.source}|${QUARTERLY_FIGURE}`,
  "i",
);

// Every such phrase holds one of these; most sentences hold none, and this plain test is far cheaper
// (4 µs an article, against 7 µs for the full pattern and 14 µs for a substring search for each).
const ANAPHORA_GATE =
  /hat |ame |the (?:quarter|period|half|month|year|six m|nine m|[a-z]+ years)|(?:rter|nth)[-\s]o[nv]|^[\s"“]*Th(?:at|is)['’ ]|^[\s"“]*The (?:fig|num|tot|tal)|rterly [a-z]/;

export function pointsBackTo(t: SentenceTimes): string | null {
  if (t.pointsBack === undefined) {
    const m = ANAPHORA_GATE.test(t.text) ? ANAPHORA.exec(t.text) : null;
    t.pointsBack = m
      ? (
          m[1]?.replace(/\s+/, " ") ??
          yearsKey(m[2]) ??
          m[3] ??
          m[4] ??
          m[5] ??
          m[6] ??
          m[7] ??
          m[8] ??
          "period"
        ).toLowerCase()
      : null;
    t.pointsToEnd = m?.[3] !== undefined;
  }
  return t.pointsBack;
}

const MONTHS_TO_QUARTER: Record<string, number> = { "six months": 6, "nine months": 9 };
/** "five years" → "5 years", the key a span of years ahead is remembered under (remember.ts). */
const yearsKey = (words: string | undefined) =>
  words && `${parseNumberWords(words.split(/\s+/)[0]!)} years`;

/** The period the story named last that `unit` points back to: for "the nine months", the nine that end
 *  with the quarter named last, or with the last quarter over by publication when they open the year ("In
 *  the nine months, Milton Roy earned $6.6 million", at the end of October: January to September). */
export function periodPointedTo(
  story: Narrative,
  unit: string,
  ref: Day | null,
): ClaimTime | undefined {
  const months = MONTHS_TO_QUARTER[unit];
  if (!months) return story.last?.get(unit);
  const quarter = story.last?.get("quarter");
  const end = quarter
    ? parseDay(quarter.end)
    : ref && addMonths({ ...ref, d: 1 }, -((ref.m - 1) % 3) - 1);
  if (!end) return undefined;
  const start = addMonths({ y: end.y, m: end.m, d: 1 }, 1 - months);
  // Unnamed, the months are the first of the year: the calendar's, or the company's the story told.
  if (!quarter && start.m !== ((story.fiscalEnd ?? 12) % 12) + 1) return undefined;
  return {
    text: quarter?.text ?? null,
    span: quarter?.span ?? null,
    start: iso(start),
    end: iso(monthPeriod(end.y, end.m).end),
    granularity: "range",
    basis: "inherited",
  };
}

/** Whether words of `part` point back to a period the story named ("in the quarter"). */
export const pointsBackIn = (part: string): boolean =>
  ANAPHORA_GATE.test(part) && ANAPHORA.test(part);

/** "the unit's backlog reached $155 billion at the end of the quarter": the last day of the period pointed
 *  back to, rather than all of it. */
export const pointsToEnd = (t: SentenceTimes): boolean => {
  pointsBackTo(t);
  return t.pointsToEnd === true;
};

const SAME_UNIT = /\bthe\s+same\s+(month|quarter|half|week|day|period)\s+(?:of\s+)?$/i;

/** "In the same month last year, the figure was 42 minutes", after "last month" was named: that month a
 *  year back. Not remembered: it is a comparison, and the story's own time stays. */
export function sameLastYear(
  s: string,
  m: TimeMention,
  story: Narrative,
  sentence: Span,
): ClaimTime | null {
  if (!/^last\s+year$/i.test(s.slice(m.start, m.end))) return null;
  const unit = SAME_UNIT.exec(s.slice(Math.max(0, m.start - 30), m.start));
  const same = unit && story.last?.get(unit[1]!.toLowerCase());
  if (!same) return null;
  const from = unit.index + Math.max(0, m.start - 30);
  return movedBack(same, 12, s, from, m.end, sentence);
}

/** `named` moved `months` back, told by s[from, to) of the sentence. */
function movedBack(
  named: ClaimTime,
  months: number,
  s: string,
  from: number,
  to: number,
  sentence: Span,
): ClaimTime {
  const namedEnd = parseDay(named.end)!;
  const last = addMonths(namedEnd, -months);
  // A period ending a month ends it that far back too (February 2025 → 29 February 2024).
  const end =
    named.end === iso(monthPeriod(namedEnd.y, namedEnd.m).end)
      ? monthPeriod(last.y, last.m).end
      : last;
  return {
    ...named,
    text: s.slice(from, to),
    span: { start: sentence.start + from, end: sentence.start + to },
    start: iso(addMonths(parseDay(named.start)!, -months)),
    end: iso(end),
    basis: "relative",
  };
}

const PREVIOUS = /^(?:the\s+)?(?:previous|prior|preceding)\s+(quarter|month|half|year)$/i;
const MONTHS_IN: Record<string, number> = { quarter: 3, month: 1, half: 6, year: 12 };
const SET_AGAINST = /\b(?:over|from|than|against|on|with|versus)\s+(?:the\s+)?$/i;

/** "Growth in the previous quarter was 7.4%", after the April-June quarter was named: January to March,
 *  not the quarter before publication. Not remembered: the story's own period stays. */
export function previousOf(
  s: string,
  m: TimeMention,
  story: Narrative,
  sentence: Span,
): ClaimTime | null {
  // "growth of 21 pct over the previous year" sets the figure against it (a baseline, read elsewhere).
  if (SET_AGAINST.test(s.slice(Math.max(0, m.start - 16), m.start))) return null;
  const unit = PREVIOUS.exec(s.slice(m.start, m.end))?.[1]?.toLowerCase();
  const named = unit && story.last?.get(unit);
  if (!named || named.basis === "publication") return null;
  return movedBack(named, MONTHS_IN[unit]!, s, m.start, m.end, sentence);
}
