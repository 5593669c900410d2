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

describe("comparatives of weather and price", () => {
  it.each([
    "The year was about 0.12C warmer than 2023, the previous record.",
    "Summer was 1.1C hotter than in 2022.",
    "Fares were 4% cheaper than in 2023.",
  ])("set a baseline, not the claim's time: %s", (s) => {
    const story = `Global temperatures in 2024 were 1.6C above pre-industrial levels, scientists said.\n\n${s}`;
    expect(lastPeriod(story, "2025-01-10")).toEqual(["2024-01-01", "2024-12-31"]);
  });
});

describe("two years running", () => {
  it.each([
    ["It laid off 21,000 people in 2022 and 2023.", ["2022-01-01", "2023-12-31"]],
    ["It paid two dividends worth £195m in 2023 and 2024.", ["2023-01-01", "2024-12-31"]],
    // Must not change: two years apart are not one period (the first dates it); a span with a dash is.
    ["It laid off 21,000 people in 2019 and 2022.", ["2019-01-01", "2019-12-31"]],
    // "in both" names each year (as TimeBank reads it): the first dates the claim.
    ["It would dilute earnings by about 9% in both 1990 and 1991.", ["1990-01-01", "1990-12-31"]],
    ["It laid off 21,000 people in 2019-2022.", ["2019-01-01", "2022-12-31"]],
  ])("%s", (s, period) => {
    expect(lastPeriod(s, "2025-01-15")).toEqual(period);
  });
});

describe("the year to mid-year", () => {
  it.each([
    [
      "The population rose 1.3% to 61.8 million in the year to mid-2023.",
      ["2022-07-01", "2023-06-30"],
    ],
    ["Net migration was 685,000 in the 12 months to mid-2024.", ["2023-07-01", "2024-06-30"]],
    // Must not change: mid-year alone.
    ["Unemployment hit 5% in mid-2023.", ["2023-04-01", "2023-09-30"]],
  ])("ends on 30 June: %s", (s, period) => {
    expect(lastPeriod(s, "2024-07-15")).toEqual(period);
  });
});

describe("over the year", () => {
  const year =
    "Global temperatures in 2024 were 1.6C above pre-industrial levels, scientists said on Friday. The world is on track to exceed the limit by around 2030.\n\n";
  it.each([
    "Sea surface temperatures averaged 20.87C over the year, also a record.",
    "Antarctic sea ice was at or near record lows for much of the year, at 8% below average.",
  ])("is the year the story named, not a deadline's: %s", (s) => {
    expect(lastPeriod(year + s, "2025-01-10")).toEqual(["2024-01-01", "2024-12-31"]);
  });

  it("a month ranked within it does not become the story's period", () => {
    const story = `${year}Every month from January to June was the warmest on record for that month.\n\nCarbon dioxide reached 422 parts per million, 2.9 ppm higher than in 2023.`;
    expect(lastPeriod(story, "2025-01-10")).toEqual(["2024-01-01", "2024-12-31"]);
  });

  it.each([
    ["He was cautious about the outlook for the rest of the year.", ["2025-10-01", "2025-12-31"]],
    ["Sales will be flat for the remainder of this year.", ["2025-10-01", "2025-12-31"]],
  ])("the rest of the year runs from now to its end: %s", (s, period) => {
    expect(lastPeriod(s, "2025-10-01")).toEqual(period);
  });
});

describe("a time in a later predicate with no figure", () => {
  it.each([
    "Estêvão has scored seven goals in 31 appearances for Palmeiras this season and made his debut for Brazil in September.",
    "The Serious Fraud Office said it had so far recovered £31m for victims and would seek a confiscation order later this year.",
  ])("dates that predicate, not figures told of now: %s", (s) => {
    expect(lastPeriod(s, "2024-11-29")).toEqual(["2024-11-29", "2024-11-29"]);
  });

  it("must not change: a time at the end of two predicates dates both", () => {
    expect(
      lastPeriod("Sales rose 5% to $2bn and profit fell in the third quarter.", "2024-11-29"),
    ).toEqual(["2024-07-01", "2024-09-30"]);
  });
});

describe("two months and one year", () => {
  it.each([
    [
      "The bank raised more than £11bn from investors in June and October 2008.",
      ["2008-06-01", "2008-06-30"],
    ],
    // Must not change: months running are one span; months apart with no year, the first.
    ["Sales rose 4% in January and February 2024.", ["2024-01-01", "2024-02-29"]],
    ["Sales rose 4% in January and March.", ["2024-01-01", "2024-01-31"]],
  ])("%s", (s, period) => {
    expect(lastPeriod(s, "2024-07-12")).toEqual(period);
  });
});

describe("what a penalty is for", () => {
  it.each([
    "Barclays has been fined £40m by the regulator for failing to disclose fees it paid during its emergency fundraising at the height of the 2008 financial crisis.",
    "He has been jailed for six years for a £3m fraud in 2019.",
  ])("is background to the penalty, which is now: %s", (s) => {
    expect(lastPeriod(s, "2024-07-12")).toEqual(["2024-07-12", "2024-07-12"]);
  });

  it("so is what was done before a sentence of years", () => {
    expect(
      lastPeriod(
        "Paul Mercer, 49, was sentenced to four years after pleading guilty in 2023.",
        "2024-07-12",
      ),
    ).toEqual(["2024-07-12", "2024-07-12"]);
  });

  it.each([
    ["He was jailed for six years in 2019.", ["2019-01-01", "2019-12-31"]],
    ["He was jailed for two years in 2023 after pleading guilty.", ["2023-01-01", "2023-12-31"]],
    ["Barclays has been fined £40m in 2024.", ["2024-01-01", "2024-12-31"]],
  ])("must not change: a penalty's own time: %s", (s, period) => {
    expect(lastPeriod(s, "2024-07-12")).toEqual(period);
  });
});

describe("a story told in rupees about India", () => {
  it("counts its quarters in India's year, April to March", () => {
    const story =
      "Infosys, India's second-largest IT services company, beat estimates on Thursday.\n\nConsolidated net profit rose 11.4% to 68.06 billion rupees in the third quarter.";
    expect(lastPeriod(story, "2025-01-16")).toEqual(["2024-10-01", "2024-12-31"]);
  });

  it("must not change: rupees without India are no year of India's", () => {
    const story =
      "Net profit rose 11.4% to 68.06 billion rupees in the third quarter, the Karachi firm said.";
    expect(lastPeriod(story, "2025-01-16")).toEqual(["2024-07-01", "2024-09-30"]);
  });
});

describe("a verb whose past is its present", () => {
  it.each([
    "The Bank of England cut interest rates to 4.75% in November, and markets expect two further cuts this year.",
    "The council set a budget of £1.2bn in November, and ministers expect it to be approved this year.",
  ])("after a subject that is not plural, is past: %s", (s) => {
    expect(dated(s, "2025-01-16")[0]!.slice(1)).toEqual(["2024-11-01", "2024-11-30"]);
  });

  it("must not change: what will be cut is ahead", () => {
    expect(
      dated(
        "The firm will cut 300 jobs in November, and expects more cuts next year.",
        "2025-01-16",
      )[0]!.slice(1),
    ).toEqual(["2025-11-01", "2025-11-30"]);
  });
});

describe("the time the figures are of", () => {
  it.each([
    [
      "The European Central Bank cut interest rates for the third time this year on Thursday, lowering its deposit rate by 25 basis points to 3.25%.",
      ["2024-10-17", "2024-10-17"],
    ],
    [
      "Markets now price in a further cut in December and see the deposit rate falling to around 2% by the middle of next year.",
      ["2025-04-01", "2025-09-30"],
    ],
    [
      "Output recovered slightly in February but was still 3.6% lower in the first two months of the year.",
      ["2024-01-01", "2024-02-29"],
    ],
  ])("%s", (s, period) => {
    expect(lastPeriod(s, "2024-10-17")).toEqual(period);
  });

  it("must not change: a count of times with no other time is counted in that time", () => {
    expect(lastPeriod("Sales topped $1bn for the first time in 2024.", "2025-01-15")).toEqual([
      "2024-01-01",
      "2024-12-31",
    ]);
  });
});

describe("a year of results told after its quarter", () => {
  it("sets the company's year for the quarter told first", () => {
    const story =
      "Ralston Purina reported a 47% decline in fourth-quarter earnings.\n\nFor the year ended Sept. 30, Ralston earned $422.5 million, up 8.9%.";
    expect(dated(story, "1989-11-02")[0]!.slice(1)).toEqual(["1989-07-01", "1989-09-30"]);
  });

  it("'for the year' in a forecast with no year named is the year under way", () => {
    expect(
      lastPeriod(
        "The carmaker now expects an operating margin of 5.5% to 7% for the year.",
        "2024-12-03",
      ),
    ).toEqual(["2024-01-01", "2024-12-31"]);
  });

  it("must not change: a span to a month in a data story sets no company's year", () => {
    const story =
      "Rents rose 6.1% in the year to September, the statistics office said.\n\nThe average rent reached £1,300 in the third quarter.";
    expect(lastPeriod(story, "2024-10-17")).toEqual(["2024-07-01", "2024-09-30"]);
  });
});

describe("a figure for an earlier period, set beside the story's", () => {
  it("is a look back: the next paragraph keeps the story's period", () => {
    const story =
      "There were 14,577 knife offences in the capital in 2024-25, down from 16,023 the year before. In 2019-20, the figure was 13,000.\n\nKnife-related homicides fell to 62 from 67.";
    expect(lastPeriod(story, "2025-05-20")).toEqual(["2024-04-01", "2025-03-31"]);
  });
});

describe("a fixture told in the present", () => {
  it.each([
    ["Liverpool play Manchester United on Sunday.", ["2025-03-02", "2025-03-02"]],
    // A name ending in -ed is no past verb.
    ["Leeds United host Burnley on Sunday.", ["2025-03-02", "2025-03-02"]],
    // Must not change: a past verb reads the Sunday gone.
    ["Liverpool beat Manchester United on Sunday, winning 2-0.", ["2025-02-23", "2025-02-23"]],
  ])("%s", (s, period) => {
    expect(lastPeriod(s, "2025-03-01")).toEqual(period);
  });

  it("a clause about whom a figure of now is set against does not date it", () => {
    expect(
      lastPeriod(
        "Mikel Arteta's side have 61 points from 27 games, two more than Liverpool, who play Manchester United on Sunday.",
        "2025-03-01",
      ),
    ).toEqual(["2025-03-01", "2025-03-01"]);
  });

  it("must not change: a span to now in that clause still dates the claim", () => {
    expect(
      lastPeriod(
        "The standard set out in the NHS constitution is 95%, which has not been met nationally since July 2015.",
        "2025-10-01",
      ),
    ).toEqual(["2015-07-01", "2025-10-01"]);
  });
});

describe("what a payment ordered is for", () => {
  it("is background to the order, which is now", () => {
    expect(
      lastPeriod(
        "The company must pay £104.5m for failing to maintain its sewage works and £18.2m for paying two dividends in 2024 without proper justification.",
        "2025-05-20",
      ),
    ).toEqual(["2025-05-20", "2025-05-20"]);
  });

  it("must not change: what a buyer will pay for a business over years is dated by them", () => {
    expect(
      lastPeriod(
        "Under the terms, Milton Roy will pay an initial $4 million for the operations and additional payments during the next four years.",
        "1989-10-30",
      ),
    ).toEqual(["1989-10-30", "1993-10-30"]);
  });
});

describe("a state that ended, in a relative clause", () => {
  it("does not date what the sentence reports", () => {
    const story =
      "Labour held the seat in Thursday's by-election with 12,645 votes.\n\nThe Conservatives, who held the seat until 1997, came third with 2,341 votes.";
    expect(lastPeriod(story, "2025-05-02")[0]).not.toBe("1997-01-01");
  });

  it("must not change: a relative clause's time with no other stays the claim's when the main clause is its own", () => {
    expect(
      lastPeriod(
        "Nordhaven, which was founded in 1998, carried 3.1 million passengers in 2024.",
        "2025-05-02",
      ),
    ).toEqual(["2024-01-01", "2024-12-31"]);
  });
});

describe("a year's figure set against this one", () => {
  const story =
    "The proportion of entries awarded A or A* rose to 27.8% this year, up from 27.2% in 2023, according to Ofqual.\n\n";
  it.each([
    "That is still below the 2022 figure of 35.9%, when grades were inflated after the pandemic.",
    "That is above the 25.4% of 2019, the last year of exams before Covid.",
  ])("is a baseline; the claim restates the story's: %s", (s) => {
    expect(lastPeriod(story + s, "2024-08-15")).toEqual(["2024-01-01", "2024-12-31"]);
  });

  it("the widest since at least 2019 ranks the figure, not its time", () => {
    expect(
      lastPeriod(
        `${story}Entries rose 11% to 17,869. The gap between the two regions was 10.1 percentage points, the widest since at least 2019.`,
        "2024-08-15",
      )[0],
    ).not.toBe("2019-01-01");
  });

  it("'since at least' a year runs from it to now, as 'since' does", () => {
    expect(lastPeriod("Prices have risen 40% since at least 2019.", "2024-08-15")).toEqual([
      "2019-01-01",
      "2024-08-15",
    ]);
  });

  it("must not change: 'last year' alone is last year", () => {
    expect(lastPeriod("Prices rose 4% last year.", "2024-08-15")).toEqual([
      "2023-01-01",
      "2023-12-31",
    ]);
  });
});
