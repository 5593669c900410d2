// A figure the story's opening states with no time, restated later with one, is of that time.
import { describe, expect, it } from "vitest";
import { extractClaims } from "../../src/extract/index.js";

const periods = (text: string) =>
  extractClaims({ text, publishedAt: "2024-12-12" }).claims.map((c) => [
    c.time?.start,
    c.time?.end,
  ]);

describe("a figure restated with its time", () => {
  it("dates the opening that stated it without one", () => {
    expect(
      periods(
        "The waiting list for hospital treatment in England has fallen for the third month in a row, to 7.57 million.\n\nThere were 7.57 million treatments waiting at the end of October, down from 7.61 million at the end of September.",
      ),
    ).toEqual([
      ["2024-10-31", "2024-10-31"],
      ["2024-10-31", "2024-10-31"],
    ]);
  });

  it.each([
    // A round figure recurs by chance.
    "The council will spend $500 million on roads.\n\nIt spent $500 million on schools in 2019.",
    // A baseline is another time's figure.
    "The list stands at 7.57 million.\n\nIt was down from 7.57 million in 2019, the highest then.",
    // A model number is no figure.
    "Machines using the 486 chip will cost less.\n\nIntel will ship 486 units in early 2025.",
  ])("must not change: %s", (text) => {
    expect(periods(text)[0]).toEqual(["2024-12-12", "2024-12-12"]);
  });
});

describe("spans of months and restatements in words", () => {
  it.each([
    ["The record was set in the 18 months to April 2001.", ["1999-11-01", "2001-04-30"]],
    ["Prices rose 4% in the two months to May.", ["2024-04-01", "2024-05-31"]],
  ])("any number of months to a month is that span: %s", (text, expected) => {
    const t = extractClaims({ text, publishedAt: "2024-11-04" }).claims[0]!.time!;
    expect([t.start, t.end]).toEqual(expected);
  });

  it('"That is about a third more than …" restates the figure before, of its period', () => {
    const text =
      "England had 1,695.9mm of rain between October 2022 and March 2024. That is about a third more than the long-term average for the period.";
    const t = extractClaims({ text, publishedAt: "2024-04-04" }).claims.at(-1)!.time!;
    expect([t.start, t.end]).toEqual(["2022-10-01", "2024-03-31"]);
  });
});
