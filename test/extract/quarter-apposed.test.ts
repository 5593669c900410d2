// A numbered quarter set beside its months ("the July-September quarter, the second quarter of its
// financial year") tells when the company's year ends, so its halves and other quarters are its own.
import { describe, expect, it } from "vitest";
import { extractClaims } from "../../src/extract/index.js";

const periods = (publishedAt: string, ...paragraphs: string[]) =>
  extractClaims({ text: paragraphs.join("\n\n"), publishedAt }).claims.map((c) => [
    c.time?.start,
    c.time?.end,
  ]);

describe("a numbered quarter beside its months", () => {
  it.each([
    [
      "Operating profit in the July-September quarter, the second quarter of its financial year, fell 20% to 1.16 trillion yen.",
    ],
    [
      "Sales in the three months to September, its fiscal second quarter, rose 4% to 3 trillion yen.",
    ],
    [
      "Sony said profit in its fiscal second quarter, the July-September period, rose 69% to 338.5 billion yen.",
    ],
  ])("makes the first half April to September: %s", (quarter) => {
    expect(
      periods("2024-11-06", quarter, "In the first half, revenue rose 6.1% to 23.28 trillion yen."),
    ).toEqual([
      ["2024-07-01", "2024-09-30"],
      ["2024-04-01", "2024-09-30"],
    ]);
  });

  it("a fourth quarter to March makes the third October to December", () => {
    expect(
      periods(
        "2024-05-20",
        "Profit in the fourth quarter, the three months to 31 March, rose 8% to £2.1bn.",
        "In the third quarter, profit fell 3% to £1.9bn.",
      ),
    ).toEqual([
      ["2024-01-01", "2024-03-31"],
      ["2023-10-01", "2023-12-31"],
    ]);
  });

  it("must not change: a fourth quarter to December leaves the calendar's", () => {
    expect(
      periods(
        "2024-05-20",
        "Profit in the fourth quarter, the three months to December, rose 8% to £2.1bn.",
        "In the first quarter, profit fell 3% to £1.9bn.",
      ),
    ).toEqual([
      ["2023-10-01", "2023-12-31"],
      ["2024-01-01", "2024-03-31"],
    ]);
  });

  it("must not change: two companies' quarters that disagree leave the calendar's", () => {
    expect(
      periods(
        "2024-11-06",
        "Toyota's profit in the July-September quarter, the second quarter of its financial year, fell 20%.",
        "Ford's profit in the July-September quarter, its third quarter, rose 5%.",
        "In the first half, the sector's revenue rose 4%.",
      ).at(-1),
    ).toEqual(["2024-01-01", "2024-06-30"]);
  });
});
