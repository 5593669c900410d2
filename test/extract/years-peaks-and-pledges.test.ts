// An airline's results and a housing report: "in the year" after a company's year is that year; "since its
// October 2020 low" runs to now; a level "about a fifth below their February 2022 peak" is today's; and a
// second pledge told with "and to" is a claim of its own.
import { describe, expect, it } from "vitest";
import { extractClaims } from "../../src/extract/index.js";

const claims = (text: string, publishedAt = "2024-08-29") =>
  extractClaims({ text, publishedAt }).claims;
const period = (text: string, publishedAt?: string) => {
  const t = claims(text, publishedAt).at(-1)!.time!;
  return [t.start, t.end];
};

describe('"in the year" after a year the story named', () => {
  it("is that year, in the next paragraph too", () => {
    const text =
      "Qantas reported a profit of A$2.47 billion for the year to June 30.\n\nJet fuel cost the airline A$5.9 billion in the year, nearly a third of its expenses.";
    expect(period(text)).toEqual(["2023-07-01", "2024-06-30"]);
  });

  it.each([
    "Qantas reported a profit of A$2.47 billion for the year to June 30.\n\nFuel cost A$5.9 billion in the year to March.",
    "Qantas reported a profit of A$2.47 billion for the year to June 30.\n\nFuel cost A$5.9 billion in the year since the merger.",
  ])("must not change: a year told by what follows is not the one before: %s", (text) => {
    expect(period(text)).not.toEqual(["2023-07-01", "2024-06-30"]);
  });
});

describe("since what happened at a time", () => {
  it.each([
    ["The stock has more than doubled since its October 2020 low.", ["2020-10-01", "2024-08-29"]],
    ["Prices have fallen 12% since their 2022 peak.", ["2022-01-01", "2024-08-29"]],
    ["He has been on the run since the January 1998 bombing.", ["1998-01-01", "2024-08-29"]],
  ])("runs from then to now: %s", (text, expected) => {
    expect(period(text)).toEqual(expected);
  });

  it("must not change: a low at a time, not since it, is that time", () => {
    expect(period("The stock hit its October 2020 low of $4.")).toEqual([
      "2020-10-01",
      "2020-10-31",
    ]);
  });
});

describe("a level told as a fraction of a peak", () => {
  it.each([
    "Prices in Toronto are still about a fifth below their February 2022 peak.",
    "Output is a third below its 2019 level.",
    "Prices in Toronto are still 18% below their February 2022 peak.",
  ])("is today's level, the peak its baseline: %s", (text) => {
    expect(period(text, "2024-05-15")).toEqual(["2024-05-15", "2024-05-15"]);
  });

  it("must not change: a fraction at a time is of that time", () => {
    expect(period("A fifth of homes sold in February 2022.", "2024-05-15")).toEqual([
      "2022-02-01",
      "2022-02-28",
    ]);
  });
});

describe('a second pledge told with "and to"', () => {
  it("is a claim of its own, with its own time", () => {
    const parts = claims(
      "Qantas plans to spend A$4.5 billion on new aircraft over the next two years and to hire 1,500 pilots by the end of 2026.",
    );
    expect(parts.map((c) => [c.quantities.map((q) => q.value), c.time?.end])).toEqual([
      [[4.5e9], "2026-08-29"],
      [[1500], "2026-12-31"],
    ]);
  });

  it("must not change: one pledge of two figures stays one claim", () => {
    expect(
      claims("The firm plans to hire 1,500 pilots and 300 engineers by the end of 2026.").length,
    ).toBe(1);
  });
});

describe('a second change told with "and gained"', () => {
  it("is a claim of its own, with its own time", () => {
    const parts = claims(
      "It has more than doubled this year and gained about 45% since the US election on Nov. 5.",
      "2024-12-05",
    );
    expect(parts.map((c) => [c.time?.start, c.time?.end])).toEqual([
      ["2024-01-01", "2024-12-31"],
      ["2024-11-05", "2024-12-05"],
    ]);
  });

  it("must not change: gaining something that is no figure joins nothing", () => {
    expect(claims("Sales gained momentum and rose 5% in May.", "2024-12-05")).toHaveLength(1);
  });
});
