// What the time stage finds in a sentence: the shapes shared by its rules, the claim-time reader and
// the figure check.
import type { ClaimTime, Granularity } from "../types.js";
import type { Period } from "./calendar.js";

export interface TimeMention {
  /** Offsets into the sentence. */
  start: number;
  end: number;
  period: Period;
  granularity: Granularity;
  basis: "explicit" | "relative";
  /** "a year earlier" read as the sentence's named period a year back (see year-before.ts). */
  yearBefore?: true;
  /** A month set against read as the month after it, the figure's own ("fell 2% on September"). */
  nextToBaseline?: true;
}

/** "two weeks after Huang's visit": a shift from a time the story set earlier. */
export interface TimeShift {
  start: number;
  end: number;
  months: number;
  days: number;
  /** "The fire comes two weeks after …": counted back from now, whatever the story's time. */
  fromNow: boolean;
}

/** What the story has told so far of when things were, as claim-time reads it sentence by sentence. */
export interface Narrative {
  /** The time the story last set, for "two weeks after …" and for follow-on sentences. */
  article: ClaimTime | null;
  paragraph: ClaimTime | null;
  /** The paragraph's period was named in the paragraph before (wire copy), not in this one. */
  carried?: boolean;
  /** A period still under way that the paragraph's forecast is for: not what its past tells of, but what
   *  "a year earlier" counts back from. */
  forecast?: ClaimTime | null;
  /** The month a company's financial year ends in, once the story has said so. */
  fiscalEnd?: number;
  /** The company's quarter the story named ("its fiscal fourth quarter"), until it says when one ended. */
  fiscalQuarter?: number;
  /** The month that company's year ends in, read from the two: for what the story calls "fiscal" only. */
  fiscalEndInferred?: number;
  /** The period the story last named of each length, for "in the quarter" after a month was named. */
  last?: Map<string, ClaimTime>;
  /** Whether the story is told in rupees or names India: read once, when an economy's quarter asks. */
  indian?: boolean;
  /** Whether the story reports a match: read once, when a half with no year asks. */
  match?: boolean;
}
