// A level the year ends at ("expected to end the year at 4.0%") is on its last day; "the final quarter" is its fourth.
import { describe, expect, it } from "vitest";
import { extractClaims } from "../../src/extract/index.js";

const periodOf = (text: string, publishedAt: string) => {
  const [claim] = extractClaims({ text, publishedAt }).claims;
  return [claim?.time?.start, claim?.time?.end];
};

describe("a level the year ends at", () => {
  it.each([
    ["The unemployment rate is expected to end the year at 4.0%.", "2024-06-12", "2024-12-31"],
    ["The firm will close the year with 500 staff.", "2024-06-12", "2024-12-31"],
    ["The FTSE 100 ended the year at 7,733 points.", "2024-01-03", "2023-12-31"],
    ["Shares in the bank closed the year up 12%.", "2024-01-03", "2023-12-31"],
  ])("is the year's last day: %s", (text, published, day) => {
    expect(periodOf(text, published)).toEqual([day, day]);
  });

  it.each([
    // A target "by the end of the year" runs from now to then.
    ["Inflation will fall to 2% by the end of the year.", ["2024-06-12", "2024-12-31"]],
    // The year's end of something else is no time.
    ["The scheme will end the year-long wait for 5,000 families.", ["2024-06-12", "2024-06-12"]],
  ])("must not change: %s", (text, period) => {
    expect(periodOf(text, "2024-06-12")).toEqual(period);
  });
});

describe("the final quarter", () => {
  it.each([
    ["Ryanair expects fares to rise by 5% in the final quarter.", ["2024-10-01", "2024-12-31"]],
    ["Sales rose 3% in the final quarter of 2023.", ["2023-10-01", "2023-12-31"]],
  ])("is the fourth: %s", (text, period) => {
    expect(periodOf(text, "2024-06-12")).toEqual(period);
  });

  it("must not change: a game's final quarter is no time", () => {
    expect(periodOf("He scored 12 points in the final quarter of the game.", "2024-06-12")).toEqual(
      ["2024-06-12", "2024-06-12"],
    );
  });
});

describe("this year told in the present perfect", () => {
  it.each([
    ["The yen has fallen about 8% against the dollar this year.", ["2024-01-01", "2024-04-17"]],
    [
      "Foreign companies have bought only 12 Japanese companies this year.",
      ["2024-01-01", "2024-04-17"],
    ],
  ])("runs to now, not to the year's end: %s", (text, expected) => {
    const t = extractClaims({ text, publishedAt: "2024-04-17" }).claims[0]!.time!;
    expect([t.start, t.end]).toEqual(expected);
  });

  it("must not change: told in the past, this year is the year", () => {
    const t = extractClaims({ text: "The yen fell 8% this year.", publishedAt: "2024-04-17" })
      .claims[0]!.time!;
    expect([t.start, t.end]).toEqual(["2024-01-01", "2024-12-31"]);
  });
});
