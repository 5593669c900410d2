// Days and spans told from publication or from the story rather than written out: "March 14th last year",
// "Tuesday last week", "the last one week", a weekday in a sentence that names no tense, and "at the end of
// the quarter" the story named.
import { describe, expect, it } from "vitest";
import { extractClaims } from "../../src/extract/index.js";

/** The period of a one-claim story's claim. */
const periodOf = (text: string, publishedAt: string) => {
  const { claims } = extractClaims({ text, publishedAt });
  expect(claims).toHaveLength(1);
  return [claims[0]!.time?.start, claims[0]!.time?.end];
};

describe("a date with its year told from publication", () => {
  it.each([
    ["He was found with 115kg of cannabis on March 14th last year.", "2024-03-14"],
    ["The fire broke out on 14 March last year, killing 12 people.", "2024-03-14"],
    ["The company paid $5 million on June 2 this year.", "2025-06-02"],
    ["The 4,000 seats go on sale on 3 February next year.", "2026-02-03"],
  ])("%s", (text, day) => {
    expect(periodOf(text, "2025-10-22")).toEqual([day, day]);
  });

  it("must not change: a written year is that year, a bare date the one nearest publication", () => {
    expect(
      periodOf("The deal, worth $5 million, was signed on April 7, 2023.", "2025-10-22"),
    ).toEqual(["2023-04-07", "2023-04-07"]);
    expect(periodOf("The deal, worth $5 million, was signed on October 7.", "2025-10-22")).toEqual([
      "2025-10-07",
      "2025-10-07",
    ]);
  });
});

// Published on Saturday 25 October 2025.
describe("a weekday told by its week", () => {
  it.each([
    ["The plant closed on Tuesday last week, laying off 300 workers.", "2025-10-14"],
    ["The vote is on Monday next week, with 120 seats at stake.", "2025-10-27"],
    ["The plant, with 300 workers, closed on Thursday this week.", "2025-10-23"],
  ])("%s", (text, day) => {
    expect(periodOf(text, "2025-10-25")).toEqual([day, day]);
  });
});

describe("a weekday in a sentence told in no tense is the nearer one", () => {
  it.each([
    // A fixture, a sitting, a vote: what the week ahead holds.
    [
      "The Matildas face Chinese Taipei in Perth on Tuesday, needing to win by three goals.",
      "2025-10-28",
    ],
    ["Voters in 12 districts go to the polls on Monday.", "2025-10-27"],
    // The day just gone is nearer than the next one.
    ["Stocks are down 2% on Friday.", "2025-10-24"],
  ])("%s", (text, day) => {
    expect(periodOf(text, "2025-10-25")).toEqual([day, day]);
  });

  it.each([
    // A past verb anywhere in the sentence dates it back, whatever its clause says.
    ["Palm oil closed down RM37, or 0.9%, at RM4,102 a tonne on Tuesday.", "2025-10-21"],
    ["Volume was 840.8 million shares, up from 443.6 million Tuesday.", "2025-10-21"],
    // "beat" is past as well as present: with a side beaten after it, it is past.
    ["Liverpool beat Real Madrid 2-0 on Tuesday, with 3 players back.", "2025-10-21"],
    // A weekday's close a figure is set against is one gone.
    ["The notes convert at $25 a share, a 24% premium over Tuesday's close.", "2025-10-21"],
  ])("must not change: %s", (text, day) => {
    expect(periodOf(text, "2025-10-25")).toEqual([day, day]);
  });
});

describe("'the last one week': a span of one, as Indian English counts it", () => {
  it.each([
    ["In the last one week alone, 2,210 people sought treatment for fever.", "2025-09-09"],
    ["Prices have risen 4% in the past one month.", "2025-08-16"],
  ])("%s", (text, start) => {
    expect(periodOf(text, "2025-09-16")).toEqual([start, "2025-09-16"]);
  });

  it("must not change: 'the past two weeks'", () => {
    expect(
      periodOf(
        "In the past two weeks alone, 2,210 people sought treatment for fever.",
        "2025-09-16",
      ),
    ).toEqual(["2025-09-02", "2025-09-16"]);
  });
});

describe("'at the end of the quarter' the story named", () => {
  it("is the quarter's last day; the sentence's other part keeps the quarter", () => {
    const { claims } = extractClaims({
      text: "Alphabet reported third-quarter revenue of $102.35 billion on Wednesday.\n\nCloud revenue jumped 34% to $15.16 billion, while the unit's backlog reached $155 billion at the end of the quarter.",
      publishedAt: "2025-10-30",
    });
    expect(claims.map((c) => [c.time?.start, c.time?.end])).toEqual([
      ["2025-07-01", "2025-09-30"],
      ["2025-07-01", "2025-09-30"],
      ["2025-09-30", "2025-09-30"],
    ]);
  });
});

describe("spans to now, and parts of a year told from publication", () => {
  it.each([
    // "since January" is a January gone, whatever the verbs say.
    [
      "Police have also frozen 24,000 mule accounts since January, he added.",
      "2025-01-01",
      "2025-10-16",
    ],
    ["More than 1.6 million people attended so far in 2025.", "2025-01-01", "2025-10-16"],
    [
      "Malaysians lost RM1.5bil to scams in the first nine months of this year.",
      "2025-01-01",
      "2025-09-30",
    ],
    [
      "Sales rose 5% to $2 billion in the first six months of last year.",
      "2024-01-01",
      "2024-06-30",
    ],
  ])("%s", (text, start, end) => {
    expect(periodOf(text, "2025-10-16")).toEqual([start, end]);
  });

  it("must not change: a year alone is the whole year", () => {
    expect(periodOf("Sales rose 5% to $2 billion in 2024.", "2025-10-16")).toEqual([
      "2024-01-01",
      "2024-12-31",
    ]);
  });
});
