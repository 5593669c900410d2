// A sentence's times, read once for all its claims: its time expressions, those that can date a claim, its
// tense, its shift ("two weeks later"), and the words that point back or to now.
import { Cover } from "../cover.js";
import type { Cues } from "../cues.js";
import type { Quantity, Span } from "../types.js";
import { opens, wordGate } from "../word-gates.js";
import { comparedAt, datesTheClaim, monthAfterBaseline } from "./baselines.js";
import type { Day } from "./calendar.js";
import { findShift, findTimes, tenseOf } from "./index.js";
import { runToPublication, type Tense } from "./rule-kit.js";
import type { TimeMention, TimeShift } from "./types.js";

/** The time expressions of one sentence, read once for all its claims. */
export interface SentenceTimes {
  text: string;
  span: Span;
  mentions: TimeMention[];
  /** The mentions that can date a claim: not a record's "since", nor a time a figure is compared with. */
  dating: TimeMention[];
  shift: TimeShift | null;
  /** A time in the sentence (or its shift, "a year earlier") is a figure's baseline. */
  compared: boolean;
  tense: Tense;
  /** The sentence looks ahead ("expects … to", "will"): a comparison in it is not about the story's past. */
  ahead: boolean;
  /** The furthest end of `dating[0..i]`: finds a claim's own mentions by binary search, so a sentence
   *  split into many claims stays linear. */
  reach: number[];
  /** The unit that words pointing back name ("that year" → year, "in the period" → period), or null;
   *  read once however many claims ask. */
  pointsBack?: string | null;
  /** Whether it points to the end of that period ("at the end of the quarter"). */
  pointsToEnd?: boolean;
  /** Whether it says "since then" anywhere. */
  sinceThen: boolean;
  /** Whether it says "now", "currently", "so far" (what it says is about publication): read once, and
   *  only for a sentence with a time to set aside or a paragraph's period to inherit. */
  present: boolean | undefined;
  /** Whether it tells what has happened by now ("has won two titles", "have reached a record"): read
   *  once, and only for a sentence that would otherwise inherit another's period. */
  perfect?: boolean;
  /** Whether it says "would"; whether it looks back at a peak or a revised figure (story-moves.ts). Read
   *  once a sentence, however many of its claims ask. */
  would?: boolean;
  looksBack?: boolean;
}

// "The bank, which was bailed out in 2008, now has assets of $3 trillion": a clause that says "now" is
// about publication, and a relative clause in it is background, as in a sentence that looks ahead.
// A trading session ("rose 2.5% in premarket trading", "fell 3.4% in afternoon trading", "gained 41 ringgit
// by the midday break", "in early Asian trade", "at the close") is the story's day.
const NOW =
  /\b(?:now|currently|at present|today|so far|this season|in (?:premarket|pre-market|early|late|morning|afternoon|midday|after-hours|extended|thin|heavy|volatile) trading|(?:by|at) the (?:midday|lunch|lunchtime) break|(?:by|at) the (?:close|open)(?!\s+of\b)|in (?:early |late |morning |afternoon )?(?:Asian|European|U\.?S\.?|London|New York|Tokyo|Hong Kong|morning|afternoon|early|late) trade|(?:by|at|as of) \d{4} (?:GMT|BST|ET|EST|EDT|CET|JST|UTC))\b/i;
const NOW_WORDS = wordGate(
  "now|currently|present|today|far|season|trading|break|close|open|trade|gmt|bst|et|est|edt|cet|jst|utc",
);
export const isPresent = (t: SentenceTimes): boolean =>
  (t.present ??= opens(NOW_WORDS, t.text) && NOW.test(t.text));
// "has" or "have" before a participle ("has won", "have reached", "has been"), not before what is had ("have
// in their possession", "has ten stores") nor after a modal or "to" ("were said to have breached", "would
// have cost": a past of its own).
export const PRESENT_PERFECT =
  /(?<!\b(?:to|would|could|should|might|may|must|will)\s)\b(?:has|have)\s+(?:(?:now|already|also|just|since|so\s+far|not|never|\w+ly)\s+)?(?!(?:one|ten|seven|eleven|children)\b)(?:been|become|come|run|[a-z]+(?:ed|en|wn|ne|un|ung|ught|ght|lt|pt|id|ld|de|ot|it|ut|et|on|ost|nt|ad|ck|od))\b/;
export const isPerfect = (t: SentenceTimes): boolean =>
  (t.perfect ??= PRESENT_PERFECT.test(t.text));
// "Since then, sales have tripled", "crime had fallen 10% since then": from the time named before, to now.
export const SINCE_THEN = /\b[Ss]ince\s+(?:then|that\s+(?:time|date|point|year|day))\b/;

/** Where the sentence states times within one of its claims, as offsets in the claim. Mentions are in
 *  order, so a sentence split into many claims finds each claim's by binary search and stays linear. */
export function timesIn(times: SentenceTimes, claim: Span): Span[] {
  const { mentions } = times;
  if (mentions.length === 0) return [];
  const offset = claim.start - times.span.start;
  const end = claim.end - times.span.start;
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  const own: Span[] = [];
  for (let i = lo; i < mentions.length && mentions[i]!.start < end; i++)
    own.push({ start: mentions[i]!.start - offset, end: mentions[i]!.end - offset });
  return own;
}

// "seized 60,000 knives since last summer", "up 7% since last season", "have returned since the fall of the
// Assad government in December", "gained 45% since the US election on November 5": from the time named to
// publication, as "since 2019" is read by its own rule.
const SINCE_BEFORE = /\b[Ss]ince\s+(?:(?:[\w'’.-]+\s+){1,8}?(?:in|on)\s+)?$/;
// The mention keeps its own period (what TimeBank marks); the claim it dates runs on.
function runSince(s: string, m: TimeMention, ref: Day): TimeMention {
  const opensOnIn = s.startsWith("in ", m.start);
  const before = s.slice(Math.max(0, m.start - 90), m.start) + (opensOnIn ? "in " : "");
  if (!SINCE_BEFORE.test(before)) return m;
  const run = runToPublication(m.period, ref);
  return run ? { ...m, period: run, granularity: "range" } : m;
}

export function sentenceTimes(
  s: string,
  span: Span,
  ref: Day | null,
  cues: Cues,
  fiscalEnd?: number,
  inMatch?: () => boolean,
): SentenceTimes {
  const tense = tenseOf(s, cues);
  const ahead = tense === "future" || cues.has("projection");
  const mentions = findTimes(s, ref, tense, fiscalEnd, inMatch);
  // "third-quarter profit rose to $5.8 million from $4 million a year earlier": the year-back period
  // after the one the sentence is about is what it is compared with.
  const hasSince = s.includes("since");
  const firstNamed = mentions.find((o) => !o.yearBefore)?.start ?? Infinity;
  const dating = mentions.filter(
    (m) =>
      datesTheClaim(s, m, hasSince, ahead, ref, tense === "past") &&
      !(m.yearBefore && firstNamed < m.start),
  );
  if (ref && tense === "past" && dating.length === 0 && mentions.length > 0) {
    const after = monthAfterBaseline(s, mentions, ref);
    if (after) dating.push(after);
  }
  if (ref && s.includes("ince "))
    for (let i = 0; i < dating.length; i++) dating[i] = runSince(s, dating[i]!, ref);
  const shift = findShift(s);
  const compared =
    (shift !== null && comparedAt(s, shift.start)) || mentions.some((m) => comparedAt(s, m.start));
  const reach: number[] = [];
  for (const m of dating) reach.push(Math.max(m.end, reach.at(-1) ?? 0));
  // Every field set here, so each sentence's object keeps one shape.
  const sinceThen = s.includes("ince th") && SINCE_THEN.test(s);
  return {
    text: s,
    span,
    mentions,
    dating,
    shift,
    compared,
    tense,
    ahead,
    reach,
    pointsBack: undefined,
    sinceThen,
    present: undefined,
    would: undefined,
    looksBack: undefined,
  };
}

/** "the past five years", "two weeks ago": a time expression, not an amount to check. A shift from the
 *  story's time ("two weeks later", "three days after the vote") states a duration as well: it dates
 *  the claim and stays among its figures. */
export function amountsOutsideTimes(quantities: Quantity[], t: SentenceTimes): Quantity[] {
  const at = t.span.start;
  const times = new Cover(t.span.end - at);
  for (const m of t.mentions) times.take(m.start, m.end);
  return quantities.filter((q) => !times.overlaps(q.span.start - at, q.span.end - at));
}

/** The amount of the sentence's shift ("two weeks" of "two weeks later"): a figure, but not what makes
 *  the claim a statistic. */
export function inShift(q: Quantity, t: SentenceTimes): boolean {
  const at = t.span.start;
  return t.shift !== null && q.span.start < at + t.shift.end && q.span.end > at + t.shift.start;
}
