// Days of two months told as one span: "from 16 August to 15 November", "between Nov. 13 and Dec. 5" are a
// period from one day to the other (a span from a day is no baseline a change is set against), not the
// first day alone.
import { describe, expect, it } from "vitest";
import { extractClaims } from "../../src/extract/index.js";

const period = (text: string, publishedAt = "2024-11-22") => {
  const [c] = extractClaims({ text, publishedAt }).claims;
  return [c!.time?.start, c!.time?.end];
};

describe("days of two months", () => {
  it.each([
    [
      "The cap will be £1,738 for the three months from 1 January to 31 March.",
      "2025-01-01",
      "2025-03-31",
    ],
    [
      "Wholesale prices rose 4% over the period from 16 August to 15 November.",
      "2024-08-16",
      "2024-11-15",
    ],
    ["Prices rose 4% between Nov. 13 and Dec. 5, 2023.", "2023-11-13", "2023-12-05"],
    ["Sales rose 5% from Dec. 15 to Jan. 10.", "2023-12-15", "2024-01-10"],
    [
      "The festival runs from 28 February to 1 March 2025 and sold 40,000 tickets.",
      "2025-02-28",
      "2025-03-01",
    ],
  ])("are one span: %s", (text, start, end) => {
    expect(period(text)).toEqual([start, end]);
  });

  it.each([
    // Two days joined by "and" without "between" are two days; the first dates the claim.
    ["Sales rose 5% on 3 March and 5 April.", "2024-03-03", "2024-03-03"],
    // A change from a single day stays set against that day.
    ["Sales rose 5% from 3 March.", "2024-11-22", "2024-11-22"],
    // Days of one month were one span already.
    ["Prices rose 4% between Nov. 13 and 19.", "2024-11-13", "2024-11-19"],
  ])("must not change: %s", (text, start, end) => {
    expect(period(text)).toEqual([start, end]);
  });
});

describe("days of two months with their hours", () => {
  it("are one span", () => {
    const t = extractClaims({
      text: "Junior doctors will strike for five days from 7am on June 27 to 7am on July 2.",
      publishedAt: "2024-05-29",
    }).claims[0]!.time!;
    expect([t.start, t.end]).toEqual(["2024-06-27", "2024-07-02"]);
  });
});
