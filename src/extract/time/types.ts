// What the time stage finds in a sentence: the shapes shared by its rules, the claim-time reader and
// the figure check.
import type { Granularity } from "../types.js";
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
}

/** "two weeks after Huang's visit": a shift from a time the story set earlier. */
export interface TimeShift {
  start: number;
  end: number;
  months: number;
  days: number;
}
