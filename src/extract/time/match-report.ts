// "The way we pressed in the first half was exceptional," in a match report: a half the story plays, not a
// half-year. A match report tells its clock: half-time, stoppage time, "the 71st minute".
const MATCH_REPORT =
  /\b(?:half-time|half time|stoppage time|injury time|extra time|kick-off|full-time whistle|\d{1,3}(?:st|nd|rd|th)[- ]minute)\b/i;

/** Whether `story` reports a match. */
export const reportsMatch = (story: string): boolean => MATCH_REPORT.test(story);
