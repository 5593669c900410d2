// Spans of days told in words, in a story published on Wednesday 12 March 2025: the fortnight to now, the
// week to a weekday, the run-up to a holiday.
import { describe, expect, it } from "vitest";
import { extractClaims } from "../../src/extract/index.js";

const period = (text: string) => {
  const time = extractClaims({ text, publishedAt: "2025-03-12" }).claims[0]!.time;
  return [time?.start, time?.end];
};

describe("spans of days in words", () => {
  it.each([
    ["The index fell 3% over the past fortnight.", ["2025-02-26", "2025-03-12"]],
    ["Sales will rise 2% over the next fortnight.", ["2025-03-12", "2025-03-26"]],
    ["Exports slumped 11% in the week to Sunday.", ["2025-03-03", "2025-03-09"]],
    ["Cases rose 8% in the seven days ending Friday.", ["2025-03-01", "2025-03-07"]],
    ["Bookings were up 12% in the run-up to Christmas.", ["2024-11-27", "2024-12-24"]],
    ["Sales rose 5% in the weeks before Christmas.", ["2024-11-27", "2024-12-24"]],
    ["Sales rose 5% in the days before Easter.", ["2024-03-24", "2024-03-30"]],
    ["Sales will pick up 6% in the back half of 2025.", ["2025-07-01", "2025-12-31"]],
    ["Profit rose 8% in the back half of the year.", ["2024-07-01", "2024-12-31"]],
    ["Prices rose 2% at the turn of the year.", ["2024-12-01", "2025-01-31"]],
    ["Rates will fall 0.5 points at the turn of the year.", ["2025-12-01", "2026-01-31"]],
  ])("%s", (text, expected) => {
    expect(period(text)).toEqual(expected);
  });

  it.each([
    // Must not change: a weekday alone is its day; the holiday alone its day; a number of weeks before
    // a holiday anchors a day this does not read.
    ["Exports rose 2% on Sunday.", ["2025-03-09", "2025-03-09"]],
    ["Bookings were up 12% at Christmas.", ["2024-12-25", "2024-12-25"]],
    ["Sales rose 5% two weeks before Christmas.", ["2025-03-12", "2025-03-12"]],
  ])("must not change: %s", (text, expected) => {
    expect(period(text)).toEqual(expected);
  });
});
