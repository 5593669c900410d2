// A figure and its time after "and", the verb left out ("was £10.42 in 2023-24 and £9.50 in 2022-23"), is a
// claim of its own with its own period, as "and another 500 in 2024" is.
import { describe, expect, it } from "vitest";
import { extractClaims } from "../../src/extract/index.js";

const claims = (text: string, publishedAt = "2024-10-29") =>
  extractClaims({ text, publishedAt }).claims.map((c) => [c.text, c.time?.start, c.time?.end]);

describe("a figure and its own time after 'and'", () => {
  it.each([
    [
      "The living wage was £10.42 in 2023-24 and £9.50 in 2022-23.",
      [
        ["The living wage was £10.42 in 2023-24", "2023-04-01", "2024-03-31"],
        ["£9.50 in 2022-23", "2022-04-01", "2023-03-31"],
      ],
    ],
    [
      "Revenue was $5.2bn in 2023 and $4.8bn in 2022.",
      [
        ["Revenue was $5.2bn in 2023", "2023-01-01", "2023-12-31"],
        ["$4.8bn in 2022", "2022-01-01", "2022-12-31"],
      ],
    ],
    [
      "It expects total sales of 1.95 million in 2024 and 2.0 million next year.",
      [
        ["It expects total sales of 1.95 million in 2024", "2024-01-01", "2024-12-31"],
        ["2.0 million next year", "2025-01-01", "2025-12-31"],
      ],
    ],
  ])("is a claim of its own: %s", (text, expected) => {
    expect(claims(text)).toEqual(expected);
  });

  it.each([
    // One time for both figures: a list.
    "Sales rose 5%, 6% and 7% in 2023.",
    // No time of each: one claim.
    "It employs 500 people in London and 300 in Paris.",
    // Inside a relative clause, the pair belongs to the clause.
    "The company expects the tariffs, which will rise to 50% in 2025 and 100% in 2026, to shift orders to Malaysia.",
  ])("must not change: one claim: %s", (text) => {
    expect(claims(text)).toHaveLength(1);
  });
});
