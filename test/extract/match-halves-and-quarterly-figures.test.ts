// A football report and an Indian results story: in a match report, a half with no year is the match's,
// not a half-year; and "quarterly profit", after a quarter was named, is that quarter's figure.
import { describe, expect, it } from "vitest";
import { extractClaims } from "../../src/extract/index.js";

const claims = (text: string, publishedAt: string) => extractClaims({ text, publishedAt }).claims;
const lastPeriod = (text: string, publishedAt: string) => {
  const t = claims(text, publishedAt).at(-1)!.time!;
  return [t.start, t.end];
};

describe("a half with no year in a match report", () => {
  const report =
    "Arsenal beat Chelsea 3-1 on Saturday. Havertz sealed the win with a header in stoppage time.\n\n";
  it.each([
    '"The way we pressed in the first half was exceptional," Arteta said.',
    "Chelsea had 62% of possession in the second half.",
  ])("is the match's, not a half-year: %s", (sentence) => {
    const t = claims(report + sentence, "2024-03-09").at(-1)!.time!;
    expect(t.granularity).not.toBe("half");
  });

  it.each([
    ["Arsenal's revenue rose 12% in the first half of 2024.", ["2024-01-01", "2024-06-30"]],
    ["Arsenal's revenue rose 12% in the second half of last year.", ["2023-07-01", "2023-12-31"]],
  ])("must not change: a half of a year told there is one: %s", (sentence, expected) => {
    expect(lastPeriod(report + sentence, "2024-03-09")).toEqual(expected);
  });

  it("must not change: outside a match report a half is a half-year", () => {
    expect(lastPeriod("Profit rose 8% in the first half.", "2024-09-09")).toEqual([
      "2024-01-01",
      "2024-06-30",
    ]);
  });
});

describe("a quarterly figure after a quarter was named", () => {
  const opening =
    "Reliance reported an 11% rise in net profit for the December quarter on Friday.\n\nAnalysts had expected 16,800 crore rupees.\n\n";
  it.each([
    "Jio Platforms posted a 12% rise in quarterly profit to 5,445 crore rupees.",
    "The retail arm's quarterly revenue rose 18% to 77,000 crore rupees.",
  ])("is that quarter's: %s", (sentence) => {
    expect(lastPeriod(opening + sentence, "2024-01-19")).toEqual(["2023-10-01", "2023-12-31"]);
  });

  it("must not change: a quarterly figure with its own time keeps it", () => {
    expect(
      lastPeriod(
        `${opening}Jio expects quarterly profit to top 6,000 crore rupees in 2025.`,
        "2024-01-19",
      ),
    ).toEqual(["2025-01-01", "2025-12-31"]);
  });
});
