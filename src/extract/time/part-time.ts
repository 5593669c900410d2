// A claim split from a sentence of several parts, with no time in its own words: whether it is about now,
// and which of the sentence's times it may take.
import { firstIndex } from "../cover.js";
import { scanCues } from "../cues.js";
import { NAME_THEN_SAYS } from "../speaker-names.js";
import { pointsBackIn, RESTATES } from "./anaphora.js";
import { statesPast } from "./past-tense.js";
import type { SentenceTimes } from "./sentence-times.js";
import { marketClose } from "./trading-day.js";
import type { TimeMention } from "./types.js";

const PART_NOW = /\b(?:now|currently)\b/i;

/** A part that forecasts in its own words ("the government has forecast 2.5 pct"). */
const looksAhead = (part: string): boolean => {
  const cues = scanCues(part);
  return cues.has("future") || cues.has("projection");
};

// Verbs of a lasting state told in the present: a list item with no verb ("college graduates, 1.9 percent")
// keeps its sentence's time.
const STATE_NOW =
  /\b(?:is|are|has|have|(?:does|do)\s+not|doesn['’]t|don['’]t|employs|owns|controls|holds|operates|runs|serves|remains|accounts for|represents|counts|lives|works|spends|pays|earns|costs|charges|receives)\b/;

// "…, and reservoir levels in Yorkshire have dropped to 62%": a level reached, told in the present perfect, is
// where it stands now.
const PERFECT_TO =
  /\b(?:has|have)\s+(?:\w+ly\s+)?(?:[a-z]{3,}ed|risen|fallen|grown|sunk|shrunk)\s+to\s+(?:[$£€]\s?)?\d/;

// "…by the end of next year; officials say around 201,000 have been handed over so far": what is done by now.
const SO_FAR = /\b(?:so\s+far|to\s+date|thus\s+far)\b/;

/**
 * "Helix employs 26,000 people and spent $1.8 billion in the quarter", "… up 20% since 2020, and spends $40
 * million a year on shelters": a part told in the present is about now. So is one that says "now" ("The
 * company now employs 128,000 people, and it plans to cut 7,500 jobs by 2026") or looks ahead in no words of
 * its own ("The airline has 299 aircraft on order, and plans to spend A$3.8 billion in 2026"), whatever the
 * rest looks ahead to; and a market's close beside another part's time ("Its shares closed up 1.9% before
 * the results, and have gained 4% this year") is the story's day.
 */
export function partIsNow(part: string, t: SentenceTimes): boolean {
  return (
    ((t.tense !== "future" || PART_NOW.test(part) || !looksAhead(part)) &&
      STATE_NOW.test(part) &&
      !statesPast(part) &&
      !RESTATES.test(part)) ||
    ((PERFECT_TO.test(part) || SO_FAR.test(part)) && !looksAhead(part)) ||
    (t.dating.length > 0 && marketClose(part))
  );
}

// "Amazon said it would eliminate 14,000 jobs, and UPS said it had cut 48,000 so far this year": the next
// part opening on a speaker of its own tells its own time, not the one before it. Looked for right after
// the part only, so a sentence of many parts stays linear.
const ANOTHER_SPEAKER = new RegExp(
  String.raw`^[\s,]*(?:and|but|while|whereas)\s+(?:the\s+)?${NAME_THEN_SAYS}`,
);

/** The sentence's times a part may take, `end` its end in the sentence. "JLR's revenue fell 24% in the
 *  quarter, and it expects a margin of 0-2% for FY26": a part pointing back in its own words takes the
 *  period it points to, none of the sentence's. */
export function sharedTimes(part: string, end: number, t: SentenceTimes): TimeMention[] {
  if (pointsBackIn(part)) return [];
  const dating = near(t.dating, end - part.length - REACH, end + REACH);
  if (!ANOTHER_SPEAKER.test(t.text.slice(end, end + 80))) return dating;
  return dating.filter((m) => m.start < end);
}

// The times around a part: no sentence of news runs to thousands of characters, and the bound keeps one
// of thousands of parts (a table run together) linear.
const REACH = 2_000;
/** The mentions (in order) that start in [from, to). */
function near(dating: TimeMention[], from: number, to: number): TimeMention[] {
  if (dating.length === 0 || (dating[0]!.start >= from && dating.at(-1)!.start < to)) return dating;
  const lo = firstIndex(dating.length, (i) => dating[i]!.start < from);
  let last = lo;
  while (last < dating.length && dating[last]!.start < to) last++;
  return dating.slice(lo, last);
}
