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
