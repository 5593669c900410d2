// What the story remembers of a claim's time: the period its next sentences tell of (paragraph, article),
// the period last named of each length (for "in the quarter"), and a forecast's period under way.
import type { ClaimTime } from "../types.js";
import { addDays, addMonths, type Day, iso, parseDay } from "./calendar.js";
import type { Narrative } from "./types.js";

// The key a period is remembered under: the word that points back to it.
// "between April and June" is the quarter a later "the same quarter last year" or "in the quarter" points
// back to; "the six months to June", the half.
const RANGE_UNITS: Record<number, string> = { 3: "quarter", 6: "half" };
function unitOf(time: ClaimTime): string {
  if (time.granularity === "fiscal_year") return "year";
  if (time.granularity !== "range") return time.granularity;
  const [start, end] = [parseDay(time.start), parseDay(time.end)];
  if (!start || !end || start.d !== 1) return "range";
  const after = addDays(end, 1);
  const months = after.d === 1 ? (after.y - start.y) * 12 + after.m - start.m : 0;
  return RANGE_UNITS[months] ?? "range";
}

// "down from 9.06 mln a year ago": a baseline the figure is compared with, not where the story now is,
// so a later "a year earlier" still counts from the story's own time.
// So is "the previous two months" ("hiring in the previous two months was revised down").
const BASELINE =
  /\b(?:ago|earlier|before)$|\b(?:year-earlier|year-ago|prior-year)\b|^(?:the\s+)?(?:previous|prior)\s/i;

const NAMED_YEAR = /\b(?:19|20)\d{2}\b/;
const AHEAD =
  /^(?:by|until|through|within|over\s+(?!the\s+(?:past|last|previous)\b)|(?:the\s+)?(?:next|coming))\b/i;

/** How many whole years `time` runs ("the next five years" from publication), or 0. */
function wholeYears(time: ClaimTime): number {
  const [start, end] = [parseDay(time.start), parseDay(time.end)];
  if (!start || !end || time.granularity !== "range") return 0;
  const years = end.y - start.y;
  return years > 1 && end.m === start.m && Math.abs(end.d - start.d) <= 1 ? years : 0;
}

// How long before publication a time is long gone for the story: background, not what it goes on about.
const GONE_MONTHS = 24;
/** Whether `time` ended long enough before publication to be background to the story. */
export const longGone = (time: ClaimTime, ref: Day) => time.end < iso(addMonths(ref, -GONE_MONTHS));

/** Notes `time` in the story and returns it. `moves`: whether the story's next sentences may tell of it
 *  (a founding year is only pointed back to: "That year it sold 2,000 units"). */
export function remember(
  story: Narrative,
  time: ClaimTime,
  ref: Day | null,
  ahead: boolean,
  moves = true,
): ClaimTime {
  if (time.text && BASELINE.test(time.text)) return time;
  // A target or outlook ("by year-end", "by 2030", "the next four years"): what the story expects, not
  // the time its other sentences report on.
  if (time.text && AHEAD.test(time.text)) {
    // "will rise 36% over the next five years. … the steepest rise, of 35% over the five years": a span
    // of whole years ahead is what "the five years" points back to.
    const years = wholeYears(time);
    if (years) (story.last ??= new Map()).set(`${years} years`, time);
    // "plans to cut 7,500 jobs by the end of 2026. That year, it expects …": the year a deadline names is
    // what "that year" points back to.
    const year = time.granularity === "year" ? NAMED_YEAR.exec(time.text)?.[0] : undefined;
    if (year)
      (story.last ??= new Map()).set("year", {
        ...time,
        start: `${year}-01-01`,
        end: `${year}-12-31`,
      });
    return time;
  }
  const unit = unitOf(time);
  // The period of a forecast ("expects revenue for the December quarter to be …") is not what a later "in
  // the quarter" points back to when the story has reported one of that length already.
  if (!ahead || !story.last?.has(unit)) {
    (story.last ??= new Map()).set(unit, time);
    // "in the period" points back to a reporting period, never to a day or a week named since, nor to
    // what a forecast is for once one was reported ("could rise 3% for the full year. Private home prices
    // increased 1.2% over the same period" is the quarter reported).
    if (unit !== "day" && unit !== "week" && !(ahead && story.last.has("period")))
      story.last.set("period", time);
  }
  // So is a time still ahead ("will meet on Oct. 14"): "that day" may point to it, but what happened is
  // not told of it.
  if (!moves || (ref && time.start > iso(ref))) return time;
  // Nor is a period under way that a forecast is for ("kept its full-year growth forecast at 1% to 3%.
  // Manufacturing rose 5.2%" is of the quarter reported), though "a year earlier" counts back from it.
  story.forecast = ahead && ref !== null && time.end > iso(ref) ? time : null;
  if (story.forecast) return time;
  story.paragraph = time;
  story.carried = false;
  // A time long gone, told once the story has its own recent one ("In 1999, a 7.6 magnitude quake killed
  // about 2,400 people"), is background: "15 minutes after the quake" is still after the story's quake.
  if (!(ref && story.article && longGone(time, ref) && !longGone(story.article, ref)))
    story.article = time;
  return time;
}
