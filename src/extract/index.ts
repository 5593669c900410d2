// The extraction pipeline: furniture → sentences → quantities → time → claims → check-worthiness.
// Pure: no I/O and nothing beyond the language, so it runs alike in Node, Workers and a browser.
import { checkworthiness } from "./checkworthiness/index.js";
import { claimSpans, classify, findSubject } from "./claims.js";
import { namesCurrency, settleCurrencies } from "./currency.js";
import { findLayout } from "./furniture.js";
import { opinionKind } from "./opinion.js";
import { findQuantities } from "./quantities.js";
import { splitSentences } from "./sentences.js";
import { iso, parseDay, type Day } from "./time/calendar.js";
import { applyShift, findShift, findTimes, tenseOf, type TimeMention, type TimeShift } from "./time/index.js";
import type { Tense } from "./time/rule-kit.js";
import { scanCues } from "./cues.js";
import type { Claim, ClaimTime, Extraction, ExtractInput, Ignored, Quantity, Span } from "./types.js";

export type * from "./types.js";

interface Narrative {
  /** The time the story last set, for "two weeks after …" and for follow-on sentences. */
  article: ClaimTime | null;
  paragraph: ClaimTime | null;
}

export function extractClaims(input: ExtractInput): Extraction {
  const text = input.text;
  const ref = parseDay(input.publishedAt);
  const layout = findLayout(text);
  const ignored: Ignored[] = [...layout.ignored];
  const claims: Claim[] = [];
  const story: Narrative = { article: null, paragraph: null };
  const money = namesCurrency(text);

  for (const paragraph of layout.paragraphs) {
    story.paragraph = null;
    const opinion = { concluding: false };
    for (const sentence of splitSentences(text, paragraph)) {
      const s = text.slice(sentence.start, sentence.end);
      const cues = scanCues(s);
      const times = sentenceTimes(s, sentence, ref, tenseOf(s, cues));
      const quantities = amountsOutsideTimes(findQuantities(s, sentence.start, money), times);
      const notClaim = opinionKind(s, opinion, cues, quantities.length > 0);
      if (notClaim) {
        ignored.push({ span: sentence, reason: "opinion", detail: notClaim });
        continue;
      }
      const spans = claimSpans(text, sentence, quantities);
      for (const span of spans) {
        const claimText = text.slice(span.start, span.end);
        const claimCues = spans.length > 1 ? scanCues(claimText) : cues;
        const own = quantities.filter((q) => q.span.start >= span.start && q.span.end <= span.end);
        const time = claimTime(text, span, times, ref, story);
        const kind = classify(claimText, own, claimCues);
        const subject = findSubject(claimText);
        claims.push({
          id: `c${claims.length + 1}`, text: claimText, span, sentence, kind,
          checkworthiness: checkworthiness({
            text: claimText, kind, quantities: own, subject, cues: claimCues,
            timed: time !== null && (time.basis === "explicit" || time.basis === "relative"),
          }),
          subject, quantities: own, time,
        });
      }
    }
  }
  settleCurrencies(text, claims.flatMap((c) => c.quantities));
  ignored.sort((a, b) => a.span.start - b.span.start);
  return { claims, ignored };
}

function toClaimTime(text: string, sentence: Span, m: TimeMention): ClaimTime {
  const span = { start: sentence.start + m.start, end: sentence.start + m.end };
  return {
    text: text.slice(span.start, span.end), span, start: iso(m.period.start), end: iso(m.period.end),
    granularity: m.granularity, basis: m.basis,
  };
}

/** The time expressions of one sentence, read once for all its claims. */
interface SentenceTimes {
  text: string;
  span: Span;
  mentions: TimeMention[];
  /** The mentions that can date a claim: not a record's "since" baseline. */
  dating: TimeMention[];
  shift: TimeShift | null;
  tense: Tense;
}

// "up 1.2 pct from 6.80 mln last year": the time of the figure compared against, not of the claim.
const COMPARED_FIGURE = /\b(?:from|against|versus|compared (?:with|to))\s+(?:an?\s+|the\s+)?[$€£¥]?\d[^,;]{0,25}$/i;

const datesTheClaim = (s: string, m: TimeMention) =>
  // The mention itself may open with "since" ("the lowest since 2019").
  !(s.includes("since") && RECORD_SINCE.test(s.slice(0, m.end))) && !COMPARED_FIGURE.test(s.slice(Math.max(0, m.start - 60), m.start));

function sentenceTimes(s: string, span: Span, ref: Day | null, tense: Tense): SentenceTimes {
  const mentions = findTimes(s, ref, tense);
  const dating = mentions.filter((m) => datesTheClaim(s, m));
  return { text: s, span, mentions, dating, shift: findShift(s), tense };
}

/** "two weeks after", "the past five years": a time expression, not an amount to check. */
function amountsOutsideTimes(quantities: Quantity[], t: SentenceTimes): Quantity[] {
  const spans = t.shift ? [...t.mentions, t.shift] : t.mentions;
  const at = t.span.start;
  return quantities.filter((q) => !spans.some((m) => q.span.start < at + m.end && q.span.end > at + m.start));
}

// "said last month" dates the saying, not what was said.
const REPORTING = /\b(?:said|says|announced|reported|told|stated)\s+$/i;

// "the worst since records began in 1953", "the highest since 2015": the year a record is measured
// from, not the time of the claim; the claim is about now (or the story's time).
const RECORD_SINCE =
  /\b(?:highest|lowest|largest|biggest|smallest|strongest|weakest|fastest|slowest|sharpest|steepest|deepest|greatest|longest|worst|best|most|least|record|first)\b[^.;]*\bsince\b[^,;]*$/i;

function claimTime(text: string, span: Span, t: SentenceTimes, ref: Day | null, story: Narrative): ClaimTime | null {
  const sentence = t.span;
  const mentions = t.dating;
  const inside = mentions.filter((m) => sentence.start + m.start < span.end && sentence.start + m.end > span.start);
  const candidates = inside.length ? inside : mentions;
  const about = candidates.find((m) => !REPORTING.test(t.text.slice(Math.max(0, m.start - 20), m.start)));
  // A time stated elsewhere in the sentence (a trimmed lead-in) still dates the claim.
  const stated = about ?? candidates[0];
  if (stated) return remember(story, toClaimTime(text, sentence, stated));
  const shift = t.shift;
  const base = story.paragraph ?? story.article;
  if (shift && base && base.basis !== "publication") {
    const at = { start: sentence.start + shift.start, end: sentence.start + shift.end };
    const moved = applyShift({ start: parseDay(base.start)!, end: parseDay(base.end)! }, shift);
    return remember(story, {
      text: text.slice(at.start, at.end), span: at, start: iso(moved.start), end: iso(moved.end),
      granularity: base.granularity, basis: "relative",
    });
  }
  if (story.paragraph && t.tense === "past") return { ...story.paragraph, basis: "inherited" };
  if (!ref) return null;
  const day = iso(ref);
  return { text: null, span: null, start: day, end: day, granularity: "day", basis: "publication" };
}

// "down from 9.06 mln a year ago": a baseline the figure is compared with, not where the story now is,
// so a later "a year earlier" still counts from the story's own time.
const BASELINE = /\b(?:ago|earlier|before)$/i;

function remember(story: Narrative, time: ClaimTime): ClaimTime {
  if (time.text && BASELINE.test(time.text)) return time;
  story.paragraph = time;
  story.article = time;
  return time;
}
