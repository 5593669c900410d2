// A span counted from a month the sentence names runs from that month, not from publication; an average
// over a span is no time at all.
import { describe, expect, it } from "vitest";
import { extractClaims } from "../../src/extract/index.js";

const period = (text: string) => {
  const [claim] = extractClaims({ text, publishedAt: "2024-10-30" }).claims;
  return [claim?.time?.start, claim?.time?.end];
};

describe("a span from a named month", () => {
  it.each([
    [
      "The government has pledged to build 1.2 million homes over five years from July 2024.",
      ["2024-07-01", "2029-06-30"],
    ],
    ["The plan will cost £5bn over three years from April.", ["2025-04-01", "2028-03-31"]],
    ["Fares will be frozen for two years from January.", ["2025-01-01", "2026-12-31"]],
    ["Rents rose 9% in the 12 months from January 2023.", ["2023-01-01", "2023-12-31"]],
  ])("%s", (text, span) => {
    expect(period(text)).toEqual(span);
  });

  it("must not change: a span with no month runs from publication", () => {
    expect(period("The plan will cost £5bn over three years.")).toEqual([
      "2024-10-30",
      "2027-10-30",
    ]);
  });
});

describe("an average over a span", () => {
  it("is how long the average runs, not when the claim is", () => {
    expect(
      period(
        "Scientists said the goal has not been missed, since the target refers to an average over 20 years.",
      ),
    ).toEqual(["2024-10-30", "2024-10-30"]);
  });

  it("must not change: prices that have risen over the years", () => {
    expect(period("Prices have risen 20% over five years.")).toEqual(["2019-10-30", "2024-10-30"]);
  });
});

describe("'the next month' in a story of the past", () => {
  it("is the month after the story's", () => {
    const times = extractClaims({
      text: "Sales rose 5% in March 2024. The next month, they fell 3%.",
      publishedAt: "2025-03-04",
    }).claims.map((c) => [c.time?.start, c.time?.end]);
    expect(times).toEqual([
      ["2024-03-01", "2024-03-31"],
      ["2024-04-01", "2024-04-30"],
    ]);
  });

  it("must not change: 'next month' ahead of publication", () => {
    expect(
      extractClaims({ text: "Prices will rise 5% next month.", publishedAt: "2025-03-04" })
        .claims[0]?.time?.start,
    ).toBe("2025-04-01");
  });
});

describe("a quarter of a named financial year", () => {
  const at = (text: string) => {
    const time = extractClaims({ text, publishedAt: "2025-06-10" }).claims.at(-1)?.time;
    return [time?.start, time?.end];
  };

  it.each([
    // Told as done but ahead on the calendar: the April-to-March year.
    ["Profit rose 8% in Q3 FY25.", ["2024-10-01", "2024-12-31"]],
    // The story's own calendar.
    [
      "Micron's fiscal year ends in August. Profit rose 8% in Q3 FY25.",
      ["2025-03-01", "2025-05-31"],
    ],
  ])("%s", (text, span) => {
    expect(at(text)).toEqual(span);
  });

  it("must not change: a quarter still ahead, told as ahead", () => {
    expect(at("Profit will rise 8% in Q3 FY26.")).toEqual(["2026-07-01", "2026-09-30"]);
  });
});
