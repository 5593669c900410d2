// A claim's time: the period it is about, read from its sentence, or else from the story so far (a shift
// from an earlier time, a follow-on sentence in the past tense), or else the publication date.
import { firstIndex } from "../cover.js";
import type { ClaimTime, Granularity, Quantity, Span } from "../types.js";
import {
  periodPointedTo,
  pointsBackTo,
  pointsToEnd,
  previousOf,
  sameLastYear,
} from "./anaphora.js";
import { inRelative } from "./asides.js";
import { type Day, iso, parseDay, yearPeriod } from "./calendar.js";
import { figuresOwnTime, laterPredicate } from "./figure-clause.js";
import { applyShift } from "./index.js";
import { ownTime } from "./own-time.js";
import { partIsNow, sharedTimes } from "./part-time.js";
import { remember } from "./remember.js";
import { isPerfect, isPresent, type SentenceTimes, SINCE_THEN } from "./sentence-times.js";
import { comparesWith, looksBack, movesStory, shiftedFromNew } from "./story-moves.js";
import { companyQuarter } from "./story-year.js";
import { tradingDay, tradingDayBefore } from "./trading-day.js";
import type { Narrative, TimeMention } from "./types.js";

function toClaimTime(text: string, sentence: Span, m: TimeMention): ClaimTime {
  const span = { start: sentence.start + m.start, end: sentence.start + m.end };
  return {
    text: text.slice(span.start, span.end),
    span,
    start: iso(m.period.start),
    end: iso(m.period.end),
    granularity: m.granularity,
    basis: m.basis,
  };
}

// "The yen has fallen about 8% this year": told in the present perfect, this year (quarter, month, week) runs
// to now, not to its end.
const THIS = /^this\s+(?:year|quarter|month|week)\b/i;
function soFar(time: ClaimTime, t: SentenceTimes, ref: Day | null): ClaimTime {
  if (!ref || !THIS.test(time.text ?? "") || time.end <= iso(ref) || !isPerfect(t)) return time;
  return { ...time, end: iso(ref), granularity: "range" };
}

// A results period named as what will be published ("second-quarter earnings"), and the lengths of time
// that can say when instead (not a year: "over last year's eight cents" is a baseline).
const REPORTS_OF =
  /^(?:first|second|third|fourth|full|half)[- ](?:quarter|year|half)\s+(?:results|earnings|figures|numbers|accounts)\b/i;
const WHEN: ReadonlySet<string> = new Set(["day", "week", "month", "range"]);
// What a company reports for a period: a sentence with no figure that tells of these ("Its cereal division
// realized higher operating profit on volume increases") explains the period's results.
const RESULTS =
  /\b(?:profits?|revenues?|sales|earnings|income|margins?|shipments|volumes?|orders|loss(?:es)?|costs?|results|demand|backlog|growth|deliveries|imports|exports|output|production)\b/i;

/** A period carried from the paragraph before dates a sentence with no figure only if it tells of the
 *  period's results: a day carried on from wire copy does, "Fabi said Innopac viewed the bid as a
 *  positive move" after the year's results does not. */
const tellsResults = (t: SentenceTimes, carried: ClaimTime) =>
  !REPORTING_PERIODS.has(carried.granularity) || RESULTS.test(t.text);

/** Periods a company reports on: an earnings story goes on about one past its paragraph. */
export const REPORTING_PERIODS: ReadonlySet<Granularity> = new Set([
  "quarter",
  "half",
  "fiscal_year",
]);

// "the fourth quarter, the three months to 31 March": an apposition that names the period's own days says
// which quarter (or half, or year) the company means.
const PERIODS: ReadonlySet<string> = new Set(["quarter", "half", "year", "fiscal_year"]);
function restated(s: string, m: TimeMention, all: TimeMention[]): TimeMention {
  if (!PERIODS.has(m.granularity)) return m;
  // Only the very next mention can be its apposition: testing later ones would cost the square.
  const next = all.find((n) => n.start > m.end);
  return next &&
    /^\s*,\s*$/.test(s.slice(m.end, next.start)) &&
    /^the\s+(?:three|3|six|6|twelve|12)\s+months\b/i.test(s.slice(next.start))
    ? next
    : m;
}

/** The time of the claim at `span`, whose figures are `own`. */
export function claimTime(
  text: string,
  span: Span,
  t: SentenceTimes,
  ref: Day | null,
  story: Narrative,
  own: readonly Quantity[],
): ClaimTime | null {
  const base = story.paragraph ?? story.article;
  const time = statedTime(text, span, t, ref, story, own);
  if (!ref || !t.sinceThen) return time;
  const m = SINCE_THEN.exec(text.slice(span.start, span.end));
  if (!m) return time;
  const at = { start: span.start + m.index, end: span.start + m.index + m[0].length };
  // The time named before: earlier in the sentence (an aside too: "The minister, who took office in 2021,
  // said crime had fallen since then"), else the story's.
  const named = time?.span ? null : lastBefore(t.mentions, at.start - t.span.start);
  const from = time?.span
    ? time.span.end <= at.start
      ? time
      : null
    : named
      ? { start: iso(named.period.start), basis: named.basis }
      : base;
  if (!from || from.start > iso(ref)) return time;
  return {
    text: m[0],
    span: at,
    start: from.start,
    end: iso(ref),
    granularity: "range",
    basis: from === time ? time.basis : named ? from.basis : "inherited",
  };
}

/** The last of `mentions` (in order) that ends by `offset`. */
function lastBefore(mentions: TimeMention[], offset: number): TimeMention | undefined {
  let last: TimeMention | undefined;
  for (const m of mentions) if (m.end <= offset) last = m;
  return last;
}

function statedTime(
  text: string,
  span: Span,
  t: SentenceTimes,
  ref: Day | null,
  story: Narrative,
  own: readonly Quantity[],
): ClaimTime | null {
  const figures = own.length > 0;
  const sentence = t.span;
  const mentions = t.dating;
  const inside = mentionsWithin(t, span.start - sentence.start, span.end - sentence.start);
  // A part split from the sentence with no time of its own may be about now, or take the sentence's.
  const split = span.start > sentence.start || span.end < sentence.end;
  const part = split ? text.slice(span.start, span.end) : "";
  if (inside.length === 0 && ref && split && partIsNow(part, t)) return publicationOf(ref);
  const candidates = inside.length
    ? inside
    : split
      ? sharedTimes(part, span.end - sentence.start, t)
      : mentions;
  let about = candidates.find((m) => ownTime(t, m));
  // "Nordhaven, which was founded in 1998, carried 3.1 million passengers in 2024": a relative clause's
  // time gives way to one the sentence states outside it.
  if (about && inRelative(t.text, about)) {
    const after = about.end;
    about =
      candidates.find((m) => m.start >= after && ownTime(t, m) && !inRelative(t.text, m)) ?? about;
  }
  if (about && figures) {
    const [first, last] = [
      own[0]!.span.start - sentence.start,
      own.at(-1)!.span.end - sentence.start,
    ];
    if (ref && laterPredicate(t.text, about, last)) return publicationOf(ref);
    about = figuresOwnTime(t.text, candidates, about, first, (m) => ownTime(t, m));
  }
  // "Tesla will report second-quarter earnings on July 23": ahead, the results' period names what will be
  // published; the day is when.
  if (about && t.ahead && REPORTS_OF.test(t.text.slice(about.start, about.end + 12))) {
    const results = about;
    about =
      candidates.find((m) => m !== results && WHEN.has(m.granularity) && ownTime(t, m)) ?? about;
  }
  // "In the same month last year": the period last named of that length, a year back.
  const yearBack =
    about &&
    (sameLastYear(t.text, about, story, sentence) ?? previousOf(t.text, about, story, sentence));
  if (yearBack) return yearBack;
  // The time of the saying alone does not date what was said: the claim takes the story's time instead.
  const stated = about && restated(t.text, about, candidates);
  if (stated) {
    const time = soFar(toClaimTime(text, sentence, stated), t, ref);
    // "the third quarter" of a company whose year ends in March is October to December.
    // "Hudson said capacity would grow 3% in the second half": a half still to come, told in reported speech.
    const own = companyQuarter(stated, time.text!, story, ref, t.ahead || tellsWould(t), {
      claim: text.slice(span.start, span.end),
      story: text,
    });
    if (own)
      return remember(story, { ...time, start: iso(own.start), end: iso(own.end) }, ref, t.ahead);
    // "That compares with 368 cases in 2023": the baseline of the sentence before, not a period the
    // story moves to; nor is a look back at a peak or at figures revised, told after later ones.
    if (comparesWith(t.text)) return time;
    if (story.article && time.end < story.article.start && (t.looksBack ??= looksBack(t.text)))
      return time;
    return remember(story, time, ref, t.ahead, movesStory(t.text, stated, time.text));
  }
  // Its only times set aside, a sentence that says "now" is about publication.
  if (candidates.length > 0 && ref && isPresent(t)) return publicationOf(ref);
  // "Household spending rose in the quarter", after a month was named: the quarter the story named last.
  const unit = pointsBackTo(t);
  // A deadline's year is what "that year" may point to, but what happened "over the year" was not in it.
  const last = unit ? periodPointedTo(story, unit, ref) : undefined;
  const named =
    last && !(t.tense === "past" && ref && last.start > iso(ref))
      ? last
      : // "now expects a margin of 5.5% to 7% for the year", no year named: the one under way.
        unit === "year" && t.ahead && ref
        ? yearOf(ref)
        : undefined;
  // Only the part that says "at the end of the quarter" is of its last day.
  const atEnd = pointsToEnd(t) && END_OF.test(text.slice(span.start, span.end));
  const same = named && atEnd ? { ...named, start: named.end, granularity: "day" as const } : named;
  const shift = t.shift;
  // "In the same month a year earlier": the period pointed back to, moved. Named again ("was flat in the
  // quarter"), it is the paragraph's period for the past-tense sentences after it.
  if (same && !(shift && !t.compared)) {
    if (!t.compared && t.tense === "past" && story.paragraph === null) {
      story.paragraph = same;
      story.carried = false;
    }
    return { ...same, basis: "inherited" };
  }
  const base = same ?? story.paragraph ?? story.article;
  const from = shift?.fromNow && ref ? publicationOf(ref) : (story.forecast ?? base);
  // "up from 2.8 pct a year earlier" with no other time: the claim is about the story's time, which the
  // baseline is a year before; unless the story's time is still ahead, or the sentence looks ahead.
  if (t.compared) {
    // "expects profit of £1.135bn for the year to January 2026. That would be a 12.5% increase on last
    // year": a forecast's period, set against the one before.
    if (story.forecast && (t.ahead || tellsWould(t)))
      return { ...story.forecast, basis: "inherited" };
    // "Debts have reached £3.7bn, up from £2.4bn a year earlier": what has happened by now is set against
    // a year before now, not before a period another paragraph named.
    const fromElsewhere = !same && (!story.paragraph || story.carried === true) && isPerfect(t);
    // "The village has grown over the past decade. Its waiting list stands at 2,800, up from 1,900 in
    // 2019": a level told in the present, after a span running to now, is of now.
    if (base && ref && base.end === iso(ref) && base.start !== base.end && t.tense === "unknown")
      return publicationOf(ref);
    // "The average home now costs 8.3 times earnings, up from 3.5 times in 1997": now, set against then.
    if (
      base &&
      (!ref || base.start <= iso(ref)) &&
      !t.ahead &&
      !fromElsewhere &&
      !(ref && isPresent(t))
    )
      return { ...base, basis: "inherited" };
  } else if (
    shift &&
    from &&
    (from.basis !== "publication" || shift.fromNow) &&
    (shift.fromNow || !shiftedFromNew(text, sentence.start, t.text, shift.start, shift.end))
  ) {
    const at = { start: sentence.start + shift.start, end: sentence.start + shift.end };
    const moved = applyShift({ start: parseDay(from.start)!, end: parseDay(from.end)! }, shift);
    return remember(
      story,
      {
        text: text.slice(at.start, at.end),
        span: at,
        start: iso(moved.start),
        end: iso(moved.end),
        granularity: from.granularity,
        basis: "relative",
      },
      ref,
      t.ahead,
    );
  }
  // "expects sales to grow 8% to 11% in 2025. Operating profit is forecast to rise 4% to 7%": a forecast
  // with no time of its own is for the period the paragraph's forecast named.
  if (story.forecast && t.ahead && figures) return { ...story.forecast, basis: "inherited" };
  // "He has scored 12 goals so far", "It now employs 400": about publication, not the paragraph's period;
  // "The department later halted shipments": after it.
  if (
    story.paragraph &&
    !(story.carried === true && !figures && !tellsResults(t, story.paragraph)) &&
    // "The HSE has opened 1,150 beds since 2020. The minister urged people to get vaccinated": a span
    // running to now goes on only into figures that break it down ("Of the eight victims, three …").
    !(
      !figures &&
      ref &&
      story.paragraph.end === iso(ref) &&
      story.paragraph.granularity === "range"
    ) &&
    !(!tradingDayBefore(story.paragraph, ref) && tradingDay(t.text)) &&
    t.tense === "past" &&
    !(ref && (isPresent(t) || isPerfect(t))) &&
    !(shift === null && MOVES_ON.test(t.text))
  )
    return { ...story.paragraph, basis: "inherited" };
  // "That year, profit is expected to…", "in the period": words that point back take the period last
  // named, whatever the tense; within the paragraph, else the story.
  if (base && unit) return { ...base, basis: "inherited" };
  return ref ? publicationOf(ref) : null;
}

const WOULD = /\bwould\b/;
/** Whether the sentence says "would": read once however many of its claims ask. */
const tellsWould = (t: SentenceTimes): boolean => (t.would ??= WOULD.test(t.text));
const END_OF = /\bend\s+of\s+the\b/;

// A sequence word with no amount of time, in the main clause's opening words: what it tells came after the
// period named before, by how long the story does not say. Not "later this afternoon" (a time of its own)
// nor in an aside or a clause further on ("…, subsequently rejected by regulators, …").
const MOVES_ON =
  /^[^,]{0,60}?\b(?:[Ll]ater|[Ss]ubsequently|[Aa]fterwards?|[Tt]hereafter)\b(?!\s+(?:this|that|today|tonight|in|on)\b)/;

function yearOf(ref: Day): ClaimTime {
  const year = yearPeriod(ref.y);
  return {
    text: null,
    span: null,
    start: iso(year.start),
    end: iso(year.end),
    granularity: "year",
    basis: "relative",
  };
}

function publicationOf(ref: Day): ClaimTime {
  const day = iso(ref);
  return { text: null, span: null, start: day, end: day, granularity: "day", basis: "publication" };
}

/** The dating mentions that overlap [start, end) of the sentence. */
function mentionsWithin(t: SentenceTimes, start: number, end: number): TimeMention[] {
  const out: TimeMention[] = [];
  const first = firstIndex(t.reach.length, (i) => t.reach[i]! <= start);
  for (let i = first; i < t.dating.length && t.dating[i]!.start < end; i++)
    if (t.dating[i]!.end > start) out.push(t.dating[i]!);
  return out;
}
