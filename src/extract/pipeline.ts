// The extraction pipeline: furniture → sentences → quantities → time → claims → check-worthiness.
// Pure: no I/O and nothing beyond the language, so it runs alike in Node, Workers and a browser.
import { checkworthiness } from "./checkworthiness/index.js";
import { claimantOfPart } from "./claimant-parts.js";
import { claimSpans, classify, quantitiesWithin } from "./claims.js";
import { cueScan, cuesWithin } from "./cues.js";
import { settleCurrencies } from "./currency.js";
import { findLayout } from "./furniture.js";
import { MOVING_ON_PARTICIPLES, PLAN_VERBS } from "./lexicon/words.js";
import { opinionKind, quotedCommentary, statesFigures } from "./opinion.js";
import { findQuantities } from "./quantities/index.js";
import { storyFacts } from "./quantities/story-facts.js";
import { splitSentences } from "./sentences.js";
import { findSubject, statedSpans } from "./subject.js";
import { iso, parseDay } from "./time/calendar.js";
import { claimTime, REPORTING_PERIODS } from "./time/claim-time.js";
import { reportsMatch } from "./time/match-report.js";
import { longGone } from "./time/remember.js";
import { dateRestatedFigures } from "./time/restated.js";
import { amountsOutsideTimes, inShift, sentenceTimes, timesIn } from "./time/sentence-times.js";
import { fiscalEndFor, fiscalEndStated, noteFiscalYear } from "./time/story-year.js";
import type { Narrative } from "./time/types.js";
import type { Claim, ClaimTime, ExtractInput, Extraction, Ignored } from "./types.js";
import { claimantOf, newParagraph, newVoices } from "./voices.js";

const GOVERNED = new RegExp(`^(?:to|${PLAN_VERBS}|${MOVING_ON_PARTICIPLES})\\s`);

export function extractClaims(input: ExtractInput): Extraction {
  const text = input.text;
  const ref = parseDay(input.publishedAt);
  const layout = findLayout(text);
  const ignored: Ignored[] = [...layout.ignored];
  const claims: Claim[] = [];
  const story: Narrative = { article: null, paragraph: null, fiscalEnd: fiscalEndStated(text) };
  const facts = storyFacts(text);
  const inMatch = () => (story.match ??= reportsMatch(text));

  const voices = newVoices();

  for (const paragraph of layout.paragraphs) {
    newParagraph(voices);
    const opinion = { concluding: false };
    const sentences = splitSentences(text, paragraph);
    sentences.forEach((sentence, i) => {
      const s = text.slice(sentence.start, sentence.end);
      noteFiscalYear(s, story);
      const after = sentences[i + 1];
      const inQuote = voices.open;
      const claimant = claimantOf(s, after ? text.slice(after.start, after.end) : null, voices);
      const scan = cueScan(s);
      const { cues } = scan;
      const times = sentenceTimes(s, sentence, ref, cues, fiscalEndFor(s, story), inMatch);
      const quantities = amountsOutsideTimes(findQuantities(s, sentence.start, facts), times);
      const figures = statesFigures(s, sentence.start, quantities);
      const notClaim = opinionKind(s, opinion, cues, figures, inQuote);
      if (notClaim) {
        ignored.push({ span: sentence, reason: "opinion", detail: notClaim });
        return;
      }
      const spans = claimSpans(text, sentence, quantities);
      for (const span of spans) {
        const claimText = text.slice(span.start, span.end);
        // "pledged to cut the list …, and to hire 8,500", "plans to open 421 stores and close 33", "…, rising
        // to 92% by 2029": a part that goes on with an infinitive, a bare verb or a participle is governed
        // by the verb before it, and takes the sentence's cues.
        const claimCues =
          spans.length > 1 && !GOVERNED.test(claimText)
            ? cuesWithin(scan, s, span.start - sentence.start, span.end - sentence.start)
            : cues;
        const own = quantitiesWithin(quantities, span.start, span.end);
        const time = claimTime(text, span, times, ref, story, own);
        const kind = classify(
          claimText,
          own.filter((q) => !inShift(q, times)),
          claimCues,
          time !== null && ref !== null && time.end <= iso(ref) && /^by\s/i.test(time.text ?? ""),
        );
        const subject = findSubject(
          claimText,
          text,
          statedSpans(timesIn(times, span), own, span.start),
          claimant !== null,
        );
        const score = checkworthiness({
          text: claimText,
          kind,
          quantities: own,
          subject,
          cues: claimCues,
          timed: time !== null && (time.basis === "explicit" || time.basis === "relative"),
        });
        const read = { text: claimText, quantities: own, time, checkworthiness: score };
        if (quotedCommentary(read, inQuote)) {
          ignored.push({ span, reason: "opinion", detail: "rhetoric" });
          continue;
        }
        claims.push({
          id: `c${claims.length + 1}`,
          text: claimText,
          span,
          sentence,
          kind,
          checkworthiness: score,
          subject,
          claimant: claimantOfPart(s, claimant, claimText, span === spans[0]),
          quantities: own,
          time,
        });
      }
    });
    // Wire copy gives each sentence a paragraph of its own ("… profit in the second quarter." / "Revenue
    // rose 5.6%."): the period a one-sentence paragraph named carries into the next paragraph, and no
    // further; a reporting period (a quarter, a half, a fiscal year) whatever the paragraph's length, as an
    // earnings story goes on about it ("Profit after tax fell 46%" after the quarter's passengers).
    const named = story.paragraph as ClaimTime | null;
    // Not a time long gone, told as background ("In 1999, a 7.6 magnitude quake killed about 2,400 people."):
    // the story goes back to its own events after it.
    const handOn =
      named !== null &&
      story.carried !== true &&
      (sentences.length === 1 || REPORTING_PERIODS.has(named.granularity)) &&
      !(ref && longGone(named, ref));
    story.paragraph = handOn ? named : null;
    story.forecast = null;
    story.carried = handOn;
  }
  settleCurrencies(
    text,
    claims.flatMap((c) => c.quantities),
  );
  dateRestatedFigures(claims);
  ignored.sort((a, b) => a.span.start - b.span.start);
  return { claims, ignored };
}
