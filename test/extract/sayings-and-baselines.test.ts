// Times a sentence names that are not its claim's: when a figure was said, wherever it was said ("said on X
// on Monday"); a level it is set against ("double its level at the start of the year"); when the thing it
// tells of began ("The RON95 subsidy, introduced in September, has saved …").
import { describe, expect, it } from "vitest";
import { extractClaims } from "../../src/extract/index.js";

// Published on Friday 1 August 2025.
const periodOf = (text: string) => {
  const { claims } = extractClaims({ text, publishedAt: "2025-08-01" });
  expect(claims).toHaveLength(1);
  return [claims[0]!.time?.start, claims[0]!.time?.end];
};
const PUBLICATION = ["2025-08-01", "2025-08-01"];

describe("the day a figure was said where it was said", () => {
  it.each([
    "ChatGPT has 700 million weekly users, Nick Turley, head of the product, said on X on Monday.",
    "ChatGPT has 700 million weekly users, Nick Turley wrote on LinkedIn on Monday.",
    "Tariffs of 25% will start soon, Trump posted on Truth Social on Monday.",
  ])("%s", (text) => {
    expect(periodOf(text)).toEqual(PUBLICATION);
  });

  it("must not change: what was published is dated by its publishing", () => {
    expect(periodOf("The letter, with 300 names, was published on Monday.")).toEqual([
      "2025-07-28",
      "2025-07-28",
    ]);
  });
});

describe("a level a figure is set against", () => {
  it.each([
    "Annualized revenue has climbed past $13 billion, roughly double its level at the start of the year.",
    "Revenue has climbed to $13 billion, double its level in January.",
    "Prices are now 40% above their level of a year ago.",
    "Resale tickets have reached $2,500, roughly three times last year's level.",
    "Subscriptions have hit 40,000, double last year's total.",
  ])("%s", (text) => {
    expect(periodOf(text)).toEqual(PUBLICATION);
  });

  it("must not change: a level reached then is of then", () => {
    expect(periodOf("Prices rose to their highest level in January, at 40 cents.")).toEqual([
      "2025-01-01",
      "2025-01-31",
    ]);
  });
});

describe("'the figure' set against a part of another year", () => {
  const periods = (...paragraphs: string[]) =>
    extractClaims({ text: paragraphs.join("\n\n"), publishedAt: "2025-08-15" }).claims.map((c) => [
      c.time?.start,
      c.time?.end,
    ]);

  it("is the figure before it, of its period", () => {
    expect(
      periods(
        "South Africa recorded 6,953 murders between April and June.",
        "The figure is 4.2% higher than in the first quarter of the previous financial year.",
      ),
    ).toEqual([
      ["2025-04-01", "2025-06-30"],
      ["2025-04-01", "2025-06-30"],
    ]);
  });

  it("must not change: a figure naming its own year is of that year", () => {
    expect(periods("Sales rose 5% in 2024.", "The figure for 2023 was 12% lower.")).toEqual([
      ["2024-01-01", "2024-12-31"],
      ["2023-01-01", "2023-12-31"],
    ]);
  });
});

describe("'up from … in the same quarter last year' after a quarter named in months", () => {
  it("is that quarter, whatever trend was told between", () => {
    const claims = extractClaims({
      text: [
        "South Africa recorded 6,953 murders between April and June.",
        "Police said gang killings had been rising since 2021.",
        "Kidnappings rose to 4,419 cases, up from 4,047 in the same quarter last year.",
      ].join("\n\n"),
      publishedAt: "2025-08-15",
    }).claims;
    expect([claims[2]!.time?.start, claims[2]!.time?.end]).toEqual(["2025-04-01", "2025-06-30"]);
  });

  it("'in the half' after the six months to June named in months is that half", () => {
    const claims = extractClaims({
      text: "Sales rose 5% to $2 billion between January and June.\n\nCosts fell 3% in the half, to $1 billion.",
      publishedAt: "2025-08-15",
    }).claims;
    expect([claims[1]!.time?.start, claims[1]!.time?.end]).toEqual(["2025-01-01", "2025-06-30"]);
  });
});

describe("an aside telling when the thing began", () => {
  it.each([
    "The RON95 targeted subsidy, introduced in September, has saved the government about RM2.5bil so far, he said.",
    "The X5 model, launched in March, will sell 40,000 units.",
  ])("%s", (text) => {
    expect(periodOf(text)).toEqual(PUBLICATION);
  });

  it("must not change: told of in the past, the aside's time is the sentence's", () => {
    expect(periodOf("The survey, conducted in February, was based on 8,328 firms.")).toEqual([
      "2025-02-01",
      "2025-02-28",
    ]);
  });
});

describe("times told of one claim alone", () => {
  const periods = (...paragraphs: string[]) =>
    extractClaims({ text: paragraphs.join("\n\n"), publishedAt: "2025-11-03" }).claims.map((c) => [
      c.time?.start,
      c.time?.end,
    ]);
  const MONDAY = ["2025-11-03", "2025-11-03"];

  it("a running total so far this year: the next move is the day's", () => {
    expect(
      periods(
        "The S&P 500 has gained about 16% so far this year.",
        "Nvidia shares rose 2.1% after the chipmaker won licenses.",
      ),
    ).toEqual([["2025-01-01", "2025-11-03"], MONDAY]);
  });

  it("a reporting season companies are chosen by: the next move is the day's", () => {
    expect(
      periods(
        "Of the 320 companies that have reported third-quarter results, 83% have beaten expectations.",
        "The dollar index rose 0.3% to 100.1.",
      ),
    ).toEqual([["2025-07-01", "2025-09-30"], MONDAY]);
  });

  it("must not change: a quarter reported is where the story goes", () => {
    expect(
      periods("Sales rose 5% to $2 billion in the third quarter.", "Costs fell 3% to $1 billion."),
    ).toEqual([
      ["2025-07-01", "2025-09-30"],
      ["2025-07-01", "2025-09-30"],
    ]);
  });
});

describe("a change the figure undoes or carries on", () => {
  it.each([
    [
      "Prices rose 0.9% in the third quarter.\n\nIn the core central region, prices fell 0.3%, reversing the 0.8% increase in the second quarter.",
      ["2025-07-01", "2025-09-30"],
    ],
    ["Sales fell 2% in June, extending a 3% drop in May.", ["2025-06-01", "2025-06-30"]],
  ])("is a baseline: %s", (text, period) => {
    const { claims } = extractClaims({ text, publishedAt: "2025-10-01" });
    expect([claims.at(-1)!.time?.start, claims.at(-1)!.time?.end]).toEqual(period);
  });
});

describe("the day a quote was said is no time the story moves to", () => {
  // Published on Wednesday 30 April 2025.
  const times = (...paragraphs: string[]) =>
    extractClaims({ text: paragraphs.join("\n\n"), publishedAt: "2025-04-30" }).claims.map(
      (c) => c.time,
    );

  it("a later paragraph's fact is not of the day the quote before it was said", () => {
    const [quote, fact] = times(
      '"We have a mandate," Carney told supporters in Ottawa early on Tuesday.',
      "Conservative leader Pierre Poilievre lost his own seat in Carleton, which he had held for 20 years.",
    );
    expect(quote).toMatchObject({ start: "2025-04-29", end: "2025-04-29" });
    expect(fact).toMatchObject({ start: "2025-04-30", basis: "publication" });
  });

  it("must not change: a day that dates a fact still moves the story", () => {
    const [, fact] = times(
      "The Liberals won 172 seats on Monday.",
      "Conservative leader Pierre Poilievre lost his own seat in Carleton, which he had held for 20 years.",
    );
    expect(fact).toMatchObject({ start: "2025-04-28", basis: "inherited" });
  });
});
