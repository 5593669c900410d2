// Claim times in central-bank, data-release, disaster and sports stories the extractor had not seen: what a
// comparison's baseline, a champion's year or a name's number says is not when the claim was; "the current
// one" and "so far" are now; a market's move is the day's; a reported expectation looks ahead.
import { describe, expect, it } from "vitest";
import { extractClaims } from "../../src/extract/index.js";

/** Each claim's text and period, for a story published on `publishedAt`. */
const dated = (text: string, publishedAt: string) =>
  extractClaims({ text, publishedAt }).claims.map((c) => [
    c.text.slice(0, 40),
    c.time?.start,
    c.time?.end,
  ]);
const lastPeriod = (text: string, publishedAt: string) => dated(text, publishedAt).at(-1)!.slice(1);

describe("a number joined to a name", () => {
  it.each([
    "Adam Peaty missed out on a third title by 0.02 seconds after testing positive for Covid-19 days earlier.",
    "Peaty, 29, took silver by 0.02 seconds despite a bout of COVID-19 weeks before.",
  ])("is no count of days or weeks: %s", (s) => {
    const story = `Pan Zhanle won the 100m freestyle in 46.40 seconds on Wednesday.\n\n${s}`;
    expect(lastPeriod(story, "2024-07-31")).toEqual(["2024-07-31", "2024-07-31"]);
  });

  it("must not change: a count of days apart from a name shifts the story's time", () => {
    const story = "The plant closed on 3 March 2024. It reopened 19 days later with 400 staff.";
    expect(lastPeriod(story, "2024-07-31")).toEqual(["2024-03-22", "2024-03-22"]);
  });
});

describe("a comparison's baseline", () => {
  it.each([
    "Core inflation was estimated at 3.3% by three economists, marginally higher than 3.1% in June.",
    "Services inflation was 4.2%, lower than 4.6% in June.",
  ])("is not when the claim was: %s", (s) => {
    const story = `Annual inflation eased to 3.54% in July from 5.08% in June, data showed on Monday.\n\n${s}`;
    expect(lastPeriod(story, "2024-08-12")).toEqual(["2024-07-01", "2024-07-31"]);
  });

  it("must not change: more than a number in a month is that month", () => {
    expect(lastPeriod("More than 200 people died in June.", "2024-08-12")).toEqual([
      "2024-06-01",
      "2024-06-30",
    ]);
  });
});

describe("the current one", () => {
  it.each([
    [
      "The government borrowed Rs 14.01 lakh crore in the last fiscal year and plans to raise Rs 14.13 lakh crore in the current one.",
      ["2024-04-01", "2025-03-31"],
    ],
    [
      "Profit fell 4% in the previous quarter and is expected to rise 6% in the current one.",
      ["2024-07-01", "2024-09-30"],
    ],
  ])("is the period of the kind named before: %s", (s, period) => {
    const withFiscalYear = `India's financial year runs from April to March.\n\n${s}`;
    expect(lastPeriod(withFiscalYear, "2024-08-12")).toEqual(period);
  });

  it("must not change: 'this one' with no period named is no time", () => {
    expect(lastPeriod("This one cost $4m, he said.", "2024-08-12")).toEqual([
      "2024-08-12",
      "2024-08-12",
    ]);
  });
});

describe("a year before a title", () => {
  it.each([
    "Australia's Kyle Chalmers, the 2016 champion, took silver in 47.48.",
    "The 2019 winner, Jo Park, finished fourth in 2:09:11.",
    "Britain's Tom Dean, the 2021 Olympic champion, was fifth.",
  ])("names who they are, not when the claim was: %s", (s) => {
    const story = `Pan Zhanle broke the world record in the 100m freestyle on Wednesday.\n\n${s}`;
    expect(lastPeriod(story, "2024-07-31")).toEqual(["2024-07-31", "2024-07-31"]);
  });

  it("must not change: a year before an event is when", () => {
    expect(lastPeriod("He won 52% of the vote in the 2016 election.", "2024-07-31")).toEqual([
      "2016-01-01",
      "2016-12-31",
    ]);
  });
});

describe("so far", () => {
  it.each([
    "The government has pledged to rebuild 453,000 homes by the end of next year; officials say around 201,000 have been handed over so far.",
    "The council aims to plant 10,000 trees by 2030; 3,200 have been planted to date.",
  ])("a part done by now is about now, not the deadline beside it: %s", (s) => {
    expect(lastPeriod(s, "2025-08-11")).toEqual(["2025-08-11", "2025-08-11"]);
  });

  it("must not change: the part with the deadline keeps it", () => {
    expect(
      dated(
        "The government has pledged to rebuild 453,000 homes by the end of next year; officials say around 201,000 have been handed over so far.",
        "2025-08-11",
      )[0]!.slice(1),
    ).toEqual(["2025-08-11", "2026-12-31"]);
  });
});

describe("a market's move after a paragraph on the data", () => {
  const data =
    "Consumer prices rose 3.8% over the year to June, the statistics bureau said last week. Rents climbed 7.1%, while insurance premiums were 14.2% higher.\n\n";
  it.each([
    "The Australian dollar edged up 0.3 per cent to 66.8 US cents after the announcement.",
    "The rand fell 1.2% against the dollar.",
    "Markets had priced in a roughly one-in-four chance of a hike before the decision.",
  ])("is the story's day, not the data's period: %s", (s) => {
    expect(lastPeriod(data + s, "2024-08-06")).toEqual(["2024-08-06", "2024-08-06"]);
  });

  it("must not change: the data's next figure keeps its period", () => {
    expect(lastPeriod(`${data}Food prices rose 3.2%.`, "2024-08-06")).toEqual([
      "2023-07-01",
      "2024-06-30",
    ]);
  });
});

describe("a reported expectation", () => {
  it("looks ahead: its year is not what the past tense after it tells of", () => {
    const story =
      "Heathrow handled a record 83.9 million passengers last year, the airport said on Wednesday. Revenue was flat at £3.56bn.\n\nChief executive Thomas Woldbye said the airport expected 84.2 million passengers in 2025.\n\nAverage delays were 14 minutes per flight, two minutes fewer than the year before.";
    const claims = extractClaims({ text: story, publishedAt: "2025-02-12" }).claims;
    expect(claims.find((c) => c.text.includes("expected"))!.kind).toBe("projection");
    expect(claims.at(-1)!.time?.start).not.toBe("2025-01-01");
  });

  it.each([
    ["It projects inflation at 4.5% for the 2024-25 fiscal year.", "projection"],
    ["The IMF projects growth of 3.2% in 2025.", "projection"],
    // Must not change: what had been expected of a period reported; projects as a noun.
    ["Economists polled by Reuters had expected inflation of 3.65%.", "statistic"],
    ["The city has 40 housing projects worth $2bn.", "statistic"],
  ])("%s → %s", (s, kind) => {
    expect(extractClaims({ text: s, publishedAt: "2024-08-12" }).claims[0]!.kind).toBe(kind);
  });
});
