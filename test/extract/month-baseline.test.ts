// Monthly statistics are set against the month before: a figure told in the past against a month named
// alone ("a fall of 4% on September", "compared with September") is the next month's, while it is recent. And a month is a
// whole word: "Marty", "Octel" and "Maryland" are names.
import { describe, expect, it } from "vitest";
import { extractClaims } from "../../src/extract/index.js";

// Published on Wednesday 6 November 2024.
const PUBLISHED = "2024-11-06";
const periodOf = (text: string) => {
  const [claim] = extractClaims({ text, publishedAt: PUBLISHED }).claims;
  return [claim?.time?.start, claim?.time?.end];
};
const OCTOBER = ["2024-10-01", "2024-10-31"];

describe("a figure set against a month named alone", () => {
  it.each([
    "The number of patients waiting more than 12 hours was 44,765, a fall of 4% on September.",
    "Retail sales volumes fell 2% compared with September, the ONS said.",
    "Card spending was 1.1% lower versus September.",
  ])("is the next month's: %s", (text) => {
    expect(periodOf(text)).toEqual(OCTOBER);
  });

  it("a year-on-year baseline dates nothing: the claim is of its own day", () => {
    expect(periodOf("Sales rose 3% on September last year.")).toEqual([PUBLISHED, PUBLISHED]);
  });

  it.each([
    // A figure it fell or rose from: its last reading, the figure now's.
    [
      "His approval rating fell to minus 38, down from minus 31 in September.",
      [PUBLISHED, PUBLISHED],
    ],
    // A month long gone.
    ["Wages rose 0.4% on March.", [PUBLISHED, PUBLISHED]],
    // Its own month named.
    ["Inflation rose to 3.4% in October from 3.1% in September.", OCTOBER],
    // The next month is not over yet.
    ["Sales rose 3% on October.", [PUBLISHED, PUBLISHED]],
    // A day of the week after a change is the day it happened.
    ["Shares rose 3% on Tuesday.", ["2024-11-05", "2024-11-05"]],
    // A date after "on" is a day.
    ["Compaq plans to announce new 486 products on Nov. 30.", ["2024-11-30", "2024-11-30"]],
    // What a rise is based on is that month's.
    [
      "The increase is based on July's retail prices index figure of 3.6%.",
      ["2024-07-01", "2024-07-31"],
    ],
  ])("must not change: %s", (text, period) => {
    expect(periodOf(text)).toEqual(period);
  });
});

describe("a word that opens like a month", () => {
  it.each([
    "Hewlett-Packard raised its stake in Octel Communications to 8.5%.",
    "The study by Mark Potach found 474 such groups.",
    "The family lived on a private estate in Maryland with 40 staff.",
    "This has nothing to do with Marty Ackerman, who owns 9% of the shares.",
  ])("is no month: %s", (text) => {
    expect(periodOf(text)).toEqual([PUBLISHED, PUBLISHED]);
  });
});

describe("a peak a figure is set below or above", () => {
  it.each([
    "The average value in the city is now $1,219,870, 18.6 per cent below the peak of late 2021.",
    "Values are 18.6 per cent below their peak in late 2021.",
    "Output is 4% above the record set in 2019.",
  ])("is no time of the claim: %s", (text) => {
    expect(periodOf(text)).toEqual([PUBLISHED, PUBLISHED]);
  });

  it("must not change: a figure of a past time stays of that time", () => {
    expect(periodOf("Prices fell 18.6 per cent in late 2021.")).toEqual([
      "2021-07-01",
      "2021-12-31",
    ]);
  });
});
