// Claim times on news the extractor had not seen: the time of the saying is not the time of the fact.
import { describe, expect, it } from "vitest";
import { extractClaims } from "../../src/extract/index.js";

// Published on Wednesday 15 January 2025.
/** Each claim's period, for a story published on `publishedAt`. */
const periods = (text: string, publishedAt: string) =>
  extractClaims({ text, publishedAt }).claims.map((c) => [c.time?.start, c.time?.end]);
/** One claim, dated start..end, in a story published on `publishedAt`. */
const expectPeriod = (text: string, publishedAt: string, start: string, end: string) =>
  expect(periods(text, publishedAt)).toEqual([[start, end]]);
/** The story's last claim, dated start..end. */
const expectLastPeriod = (text: string, publishedAt: string, start: string, end: string) =>
  expect(periods(text, publishedAt).at(-1)).toEqual([start, end]);
const times = (text: string) =>
  extractClaims({ text, publishedAt: "2025-01-15" }).claims.map((c) =>
    c.time ? [c.time.start, c.time.end, c.time.basis] : null,
  );

describe("the time of the saying", () => {
  it.each([
    '"Our bills rose by $300," said Sarah Ortiz, a nurse who voted for Trump in November.',
    '"We consider his bid of $40 a share acceptable," said Sandra Kolber, spokeswoman for the committee appointed last May.',
  ])("who a quote's speaker is does not date the quote: %s", (text) => {
    expect(times(text)).toEqual([["2025-01-15", "2025-01-15", "publication"]]);
  });

  it("must not change: what the speaker adds after their name is dated", () => {
    expect(
      periods(
        '"Sales will rise," said Jo Park, chief executive, adding that profit would double in 2026.',
        "2025-01-15",
      ),
    ).toEqual([["2026-01-01", "2026-12-31"]]);
  });

  it("must not change: what was published is dated by its publishing", () => {
    expect(
      periods("Her second letter in two weeks was published in Granma on Tuesday.", "2025-01-15"),
    ).toEqual([["2025-01-14", "2025-01-14"]]);
  });

  it("a document's day of publication dates the publishing, not what it says", () => {
    expect(
      periods(
        "A review published on Thursday recommended that 12 million people retire at 68 by 2039.",
        "2025-07-21",
      ),
    ).toEqual([["2025-07-21", "2039-12-31"]]);
  });

  it.each([
    "Net income rose to $2.1 billion, the bank said on Wednesday.",
    "Net income rose to $2.1 billion, the bank said Wednesday.",
    "Net income rose to $2.1 billion, the bank told reporters on Monday.",
    "Net debt fell to $2bn, the chief executive told analysts on a call on Wednesday.",
    "Sales rose 3%, Jo Smith said in an interview last week.",
    "The firm said in a statement on Tuesday that it had cut 500 jobs.",
    "Exports rose 4%, the ministry told Reuters on Monday.",
    "Exports rose 7.2%, customs data showed on Thursday.",
    "Adults who walk 7,000 steps a day have a 47% lower risk, according to a study published in The Lancet Public Health on Wednesday.",
    "“We have done that 12 times,” Clinton told reporters in the Rose Garden on Wednesday.",
    "Revenue rose 38% to RM836 million, the company said in a stock exchange filing on Thursday.",
    "Profit fell 4%, the bank said in its quarterly results statement on Tuesday.",
    "Revenue fell 4.1% to RM8.47bil, the company said in a filing with Bursa Malaysia yesterday.",
    "Profit rose 8%, the carrier said in a filing to the Australian Securities Exchange on Monday.",
  ])("does not date what was said: %s", (text) => {
    expect(times(text)).toEqual([["2025-01-15", "2025-01-15", "publication"]]);
  });

  it("leaves the claim the period the story set", () => {
    expect(
      times(
        "Sales fell 5% in the third quarter. Net income rose to $2.1 billion, the bank said on Wednesday.",
      ),
    ).toEqual([
      ["2024-07-01", "2024-09-30", "relative"],
      ["2024-07-01", "2024-09-30", "inherited"],
    ]);
  });

  it.each([
    ["Sales rose 5% on Monday.", "2025-01-13"],
    ["Net income rose to $2.1 billion in 2024, the bank said on Wednesday.", "2024-01-01"],
    ["Shares fell 3% on Tuesday after the results, the exchange said.", "2025-01-14"],
  ])("a day that is the fact's still dates it: %s", (text, start) => {
    expect(times(text)[0]![0]).toBe(start);
  });
});

describe("periods in words", () => {
  it.each([
    ["Profit rose 8% in the fiscal year that ended in June 2024.", "2023-07-01", "2024-06-30"],
    ["Profit rose 8% in the year which ended in March 2024.", "2023-04-01", "2024-03-31"],
    ["Sales rose 4% in April-June 2024.", "2024-04-01", "2024-06-30"],
    ["Sales rose 4% in Nov–Jan 2025.", "2024-11-01", "2025-01-31"],
    ["Prices rose 0.9% in July-to-September 2025.", "2025-07-01", "2025-09-30"],
    ["Prices rose 0.9% in the April–to–June quarter of 2024.", "2024-04-01", "2024-06-30"],
  ])("%s → %s..%s", (text, start, end) => {
    expect(times(text)[0]!.slice(0, 2)).toEqual([start, end]);
  });

  it.each([
    [
      "The bank cut rates by 75 basis points between September 2024 and May this year.",
      "2024-09-01",
      "2025-05-31",
    ],
    ["Prices rose 9% between March 2023 and June last year.", "2023-03-01", "2024-06-30"],
    // must not change
    ["Prices rose 9% between March 2023 and June 2024.", "2023-03-01", "2024-06-30"],
  ])("a span whose second end is told from publication: %s", (text, start, end) => {
    expectPeriod(text, "2025-10-30", start, end);
  });

  it("a span whose second end is told by what happened then", () => {
    expectPeriod(
      "The gang made £2.4 million between January 2021 and his arrest in October 2023.",
      "2025-11-28",
      "2021-01-01",
      "2023-10-31",
    );
  });

  it.each([
    ["In the first nine months, the economy grew 5.0%.", "2025-01-01", "2025-09-30"],
    // must not change: the last months run to now; days alone are of something else
    ["In the last six months, prices rose 4%.", "2025-05-07", "2025-11-07"],
    ["In the first three days, 400 people were hurt.", "2025-11-07", "2025-11-07"],
  ])("the first months told alone are the year's: %s", (text, start, end) => {
    expectPeriod(text, "2025-11-07", start, end);
  });

  it.each([
    [
      "The LTA said the quota for the February-to-April period would be announced in January.",
      "2026-02-01",
      "2026-04-30",
    ],
    ["Balisacan said full-year growth of around 5% was more likely.", "2025-01-01", "2025-12-31"],
    ["Balisacan said full-year growth would be around 5%.", "2025-01-01", "2025-12-31"],
    // must not change: told as done
    ["The LTA said the quota for February to April was cut by 5%.", "2025-02-01", "2025-04-30"],
    ["The firm said full-year profit rose 5%.", "2024-01-01", "2024-12-31"],
  ])("a period told as reported future looks ahead: %s", (text, start, end) => {
    expectPeriod(text, "2025-11-07", start, end);
  });

  it("a single month stays a month", () => {
    expect(times("Sales rose 4% in June 2024.")[0]!.slice(0, 2)).toEqual([
      "2024-06-01",
      "2024-06-30",
    ]);
  });
});

describe("a past aside", () => {
  it.each([
    [
      "The service, launched in 2021, will expand to 40 cities.",
      ["2025-01-15", "2025-01-15", "publication"],
    ],
    [
      "The service, launched in 2021, now reaches 2 million users.",
      ["2025-01-15", "2025-01-15", "publication"],
    ],
    ["The service, launched in 2021, grew 40% in 2024.", ["2024-01-01", "2024-12-31", "explicit"]],
    // When the thing is due, set off by commas, is not what the sentence says of it.
    [
      "A new national plan, to be published before Christmas, would aim to deliver 300,000 homes by 2030.",
      ["2025-01-15", "2030-12-31", "explicit"],
    ],
    // How the thing or the speaker began, in a relative clause, is background whatever the tense.
    [
      "Nordhaven, which was founded in 1998, carried 3.1 million passengers.",
      ["2025-01-15", "2025-01-15", "publication"],
    ],
    [
      "Thomas Woldbye, who took over in 2022, said traffic rose 6%.",
      ["2025-01-15", "2025-01-15", "publication"],
    ],
    [
      "Janos Martonyi, who remembers the 1956 uprising, said 12 countries had signed.",
      ["2025-01-15", "2025-01-15", "publication"],
    ],
    [
      "One victim, who died in 2021 aged 94, lost £310,000.",
      ["2025-01-15", "2025-01-15", "publication"],
    ],
    [
      "Juanita Castro, who arrived in Miami in 1961, believes 3 relatives should decide.",
      ["2025-01-15", "2025-01-15", "publication"],
    ],
    // A model year names what is made.
    [
      "The recall covers 1.02 million 2020-2022 model year vehicles.",
      ["2025-01-15", "2025-01-15", "publication"],
    ],
    // So does a bond's maturity.
    [
      "The benchmark 2035 bond was firmer, with its yield falling 6.5 basis points to 9.31%.",
      ["2025-01-15", "2025-01-15", "publication"],
    ],
    [
      "The yield on its 2030 notes rose 4 basis points to 4.1%.",
      ["2025-01-15", "2025-01-15", "publication"],
    ],
    // And a futures contract's month.
    [
      "U.S. gold futures for December delivery gained 1.6% to $4,068.",
      ["2025-01-15", "2025-01-15", "publication"],
    ],
    ["The March contract rose 2% to $64 a barrel.", ["2025-01-15", "2025-01-15", "publication"]],
    // The aside may go on after its time.
    [
      "The company, founded in 2021 by two former Tesla engineers, says its cells cost a third less.",
      ["2025-01-15", "2025-01-15", "publication"],
    ],
    // "first" before the participle is still an aside.
    [
      "The bridge, first proposed in 2019, will carry 20,000 cars a day.",
      ["2025-01-15", "2025-01-15", "publication"],
    ],
    [
      "The lane, first proposed in 2019, will open in stages from next spring at a cost of $42 million.",
      ["2025-03-01", "2025-05-31", "relative"],
    ],
    // What came before, in a clause closing the sentence, is background…
    [
      "Swiss glaciers lost 2.4% of their volume, after losing 10% in 2022.",
      ["2025-01-15", "2025-01-15", "publication"],
    ],
    // A level said to be now, after a change over a past year, is now.
    [
      "The national median is now A$805,000, after rising 4.9% over 2024.",
      ["2025-01-15", "2025-01-15", "publication"],
    ],
    // … and the figure the sentence reports keeps its own time.
    ["Sales rose 5% in 2024, after falling 3% in 2023.", ["2024-01-01", "2024-12-31", "explicit"]],
    // A clause in the present perfect is background, whatever the sentence's tense.
    [
      "Apple's shares, which have gained 20% this year, fell 1% in extended trading.",
      ["2025-01-15", "2025-01-15", "publication"],
    ],
    [
      "Revenue, which has risen 5% this year, fell 2% in the third quarter.",
      ["2024-07-01", "2024-09-30", "relative"],
    ],
    // Any past participle sets an aside off; a relative clause is background to what is now.
    [
      "The law, passed in 2019, will cut emissions 40% by 2030.",
      ["2025-01-15", "2030-12-31", "explicit"],
    ],
    [
      "The bank, which was bailed out in 2008, now has assets of $3 trillion.",
      ["2025-01-15", "2025-01-15", "publication"],
    ],
    [
      "The museum, which opened in 2019, currently employs 300 people.",
      ["2025-01-15", "2025-01-15", "publication"],
    ],
  ])("does not date what the sentence says: %s", (text, time) => {
    expect(times(text)[0]).toEqual(time);
  });

  it.each([
    ["Since taking office in 2021, the mayor has built 12,000 homes.", "2021-01-01"],
    ["Rivian has lost $20 billion since November 2021.", "2021-11-01"],
    ["Rivian has lost $20 billion since it went public in November 2021.", "2021-11-01"],
    ["Prices have risen 30% since they peaked in 2022.", "2022-01-01"],
    ["Prices have risen 30% since the crisis began in March 2022.", "2022-03-01"],
  ])("'since' a time or a deed in it runs from then to publication: %s", (text, start) => {
    expect(times(text)[0]).toEqual([start, "2025-01-15", "explicit"]);
  });

  it.each([
    ["Sales rose 5% in May last year.", "2024-05-01", "2024-05-31"],
    ["Prices fell in March this year.", "2025-03-01", "2025-03-31"],
    [
      "The naira has lost 70% of its value since President Bola Tinubu took office in May last year.",
      "2024-05-01",
      "2025-09-16",
    ],
    // Must not change: a month alone is the latest one gone in the past tense.
    ["Sales rose 5% in May.", "2025-05-01", "2025-05-31"],
  ])("a month with 'last/this year' is that year's: %s", (text, start, end) => {
    expectPeriod(text, "2025-09-16", start, end);
  });

  it.each([
    ["Rivian went public in November 2021.", ["2021-11-01", "2021-11-30", "explicit"]],
    // A record since a time is about now.
    ["Inflation was the highest since November 2021.", ["2025-01-15", "2025-01-15", "publication"]],
  ])("without 'since' a month stays a month: %s", (text, expected) => {
    expect(times(text)[0]).toEqual(expected);
  });

  it.each([
    ["A hearing began in December and is expected to last 10 weeks.", "2024-12-01", "2024-12-31"],
    [
      "Sales rose 4% in December and are forecast to rise again in 2025.",
      "2024-12-01",
      "2024-12-31",
    ],
  ])("a predicate after 'and' keeps its own tense: %s", (text, start, end) => {
    expect(times(text)[0]!.slice(0, 2)).toEqual([start, end]);
  });

  it("a time in the sentence's own clause still dates it", () => {
    expect(times("The service launched in 2021 with 40 staff.")[0]!.slice(0, 2)).toEqual([
      "2021-01-01",
      "2021-12-31",
    ]);
  });
});

describe("parts of a year in words", () => {
  it.each([
    ["Output rose 3% earlier this year.", "2025-09-15", "2025-01-01", "2025-06-30"],
    ["Output rose 3% earlier this year.", "2025-03-15", "2025-01-01", "2025-03-15"],
    ["Output rose 3% late last year.", "2025-09-15", "2024-07-01", "2024-12-31"],
    ["Output rose 3% early last year.", "2025-09-15", "2024-01-01", "2024-06-30"],
    ["Output will rise 3% later this year.", "2025-03-15", "2025-07-01", "2025-12-31"],
    ["Output rose 3% last year.", "2025-09-15", "2024-01-01", "2024-12-31"],
  ])("%s (published %s) → %s..%s", expectPeriod);

  // The middle of a year in words is its middle two quarters, as "mid-2023" is.
  it.each([
    ["Output rose 4% in the middle of 2024.", "2025-09-15", "2024-04-01", "2024-09-30"],
    ["Rates will fall to 3.75% by the middle of 2026.", "2025-11-07", "2026-04-01", "2026-09-30"],
    ["Rates will reach 3.5% by the middle of next year.", "2025-11-07", "2026-04-01", "2026-09-30"],
    ["Rates will reach 3.5% by mid-next year.", "2025-11-07", "2026-04-01", "2026-09-30"],
    // And the middle of a month its middle third, as "mid-last month" is.
    ["Sales rose 4% in the middle of last month.", "2025-11-07", "2025-10-11", "2025-10-20"],
  ])("the middle of a year or month: %s (published %s) → %s..%s", expectPeriod);

  it.each([["Unemployment hit 5% in mid-2023.", "2024-10-16", "2023-04-01", "2023-09-30"]])(
    "must not change: %s (published %s) → %s..%s",
    expectPeriod,
  );

  it.each([
    ["Revenue will grow 5% in the December quarter.", "2024-10-31", "2024-10-01", "2024-12-31"],
    ["Revenue rose 5% in the June quarter.", "2024-10-31", "2024-04-01", "2024-06-30"],
    ["The March-quarter results showed a 2% fall.", "2024-10-31", "2024-01-01", "2024-03-31"],
  ])("a quarter named by its last month: %s (published %s) → %s..%s", expectPeriod);

  it.each([
    // The quarters just reported, and the ones after the current quarter.
    ["Sales fell for the past two quarters.", "2024-05-22", "2023-10-01", "2024-03-31"],
    ["Profit rose in each of the last four quarters.", "2024-05-22", "2023-04-01", "2024-03-31"],
    ["Sales will rise over the next two quarters.", "2024-05-22", "2024-07-01", "2024-12-31"],
    // The first or last quarters of a year.
    ["Growth slowed in the first two quarters of 2024.", "2024-09-10", "2024-01-01", "2024-06-30"],
    ["Revenue in the last two quarters of 2023 fell 4%.", "2024-09-10", "2023-07-01", "2023-12-31"],
    ["Sales rose 8% in the first three quarters.", "2024-11-05", "2024-01-01", "2024-09-30"],
    // Told as done while this year's are still running: last year's.
    ["Sales rose 8% in the first three quarters.", "2024-05-22", "2023-01-01", "2023-09-30"],
    // A single quarter stays one.
    ["Sales rose 8% in the third quarter of 2023.", "2024-05-22", "2023-07-01", "2023-09-30"],
  ])("several quarters: %s (published %s) → %s..%s", expectPeriod);

  it.each([
    [
      "The economy grew 0.6% in the final three months of 2023.",
      "2024-05-22",
      "2023-10-01",
      "2023-12-31",
    ],
    ["Sales rose 4% in the last six months of 2023.", "2024-05-22", "2023-07-01", "2023-12-31"],
    [
      "Sales rose 4% in the last three months of the year.",
      "2024-05-22",
      "2023-10-01",
      "2023-12-31",
    ],
    [
      "Sales will rise 4% in the last three months of the year.",
      "2024-05-22",
      "2024-10-01",
      "2024-12-31",
    ],
    // Must not change: the start of a year, and the months before publication.
    [
      "The economy grew 0.6% in the first three months of 2024.",
      "2024-05-22",
      "2024-01-01",
      "2024-03-31",
    ],
    ["Sales rose 4% over the last six months.", "2024-05-22", "2023-11-22", "2024-05-22"],
  ])("the end of a year: %s (published %s) → %s..%s", expectPeriod);

  it.each([
    // A month after "by" or "until" is a deadline ahead …
    ["Markets price in one more cut by December.", "2025-06-05", "2025-12-01", "2025-12-31"],
    ["The offer runs until March.", "2025-06-05", "2026-03-01", "2026-03-31"],
    // … unless the sentence tells of the past.
    ["Sales had risen 5% by March.", "2025-06-05", "2025-03-01", "2025-03-31"],
    ["Prices rose 4% in December.", "2025-06-05", "2024-12-01", "2024-12-31"],
    // A deadline with its year runs from publication to the month's end, as "by 2029" does to the year's.
    [
      "65% of patients will be treated within 18 weeks by March 2026.",
      "2025-09-11",
      "2025-09-11",
      "2026-03-31",
    ],
    ["Sales had risen 5% by March 2024.", "2025-09-11", "2024-03-01", "2024-03-31"],
    // So is a weekday (published on a Sunday).
    [
      "Winds of up to 70 mph are forecast through Wednesday.",
      "2025-01-12",
      "2025-01-15",
      "2025-01-15",
    ],
    ["Talks will continue until Thursday.", "2025-01-12", "2025-01-16", "2025-01-16"],
    ["The deal was agreed by Friday.", "2025-01-12", "2025-01-10", "2025-01-10"],
    ["Officials said 24 people died on Friday.", "2025-01-12", "2025-01-10", "2025-01-10"],
  ])("a month or a day as a deadline: %s (published %s) → %s..%s", expectPeriod);
});

describe("periods in two parts", () => {
  it.each([
    ["GDP grew 4.7 pct in the 1986 fourth quarter.", "1987-03-20", "1986-10-01", "1986-12-31"],
    [
      "In the 1986 first quarter, it earned 606,000 dlrs.",
      "1987-03-20",
      "1986-01-01",
      "1986-03-31",
    ],
    ["Earnings rose 5 pct in the 1987 first half.", "1987-09-20", "1987-01-01", "1987-06-30"],
    [
      "Reserves rose 1.7 billion rand during January and February.",
      "1987-03-20",
      "1987-01-01",
      "1987-02-28",
    ],
    ["Exports rose 4% from March to May 1987.", "1987-09-20", "1987-03-01", "1987-05-31"],
    ["Exports rose 4% in March to May.", "1987-09-20", "1987-03-01", "1987-05-31"],
    ["Sales grew 2% in April-June.", "1987-09-20", "1987-04-01", "1987-06-30"],
    [
      "Demand rose 0.1 pct in the four weeks ended March 20.",
      "1987-03-25",
      "1987-02-21",
      "1987-03-20",
    ],
    ["Demand rose 2% in the 13 weeks to June 30, 2024.", "2024-08-20", "2024-04-01", "2024-06-30"],
    [
      "In the first 78 days of the year, runs were up 1.8 pct.",
      "1987-03-25",
      "1987-01-01",
      "1987-03-19",
    ],
    ["Sales rose 2% in the first 10 weeks of the year.", "2024-08-20", "2024-01-01", "2024-03-10"],
    [
      "January's record 3.0 pct jobless rate stemmed from job losses.",
      "1987-03-02",
      "1987-01-01",
      "1987-01-31",
    ],
    [
      "In the year ended this past March, the deficit fell 4%.",
      "1987-05-02",
      "1986-04-01",
      "1987-03-31",
    ],
    ["Reserves stood at 10.5 billion dlrs at end-1986.", "1987-03-02", "1986-12-01", "1986-12-31"],
    [
      "Inflation was running at 2.1 pct at the end of 1986.",
      "1987-03-02",
      "1986-12-01",
      "1986-12-31",
    ],
    [
      "Inflation will reach 2.9 pct at the end of this year.",
      "1987-03-02",
      "1987-12-01",
      "1987-12-31",
    ],
    ["Stocks fell 4% towards the end of last year.", "1987-03-02", "1986-12-01", "1986-12-31"],
    ["First-half profit rose 5% to $2 billion.", "2024-10-03", "2024-01-01", "2024-06-30"],
    ["Sales rose 4% earlier this month.", "2024-10-16", "2024-10-01", "2024-10-16"],
    ["The index fell 3% late last month.", "2024-10-16", "2024-09-16", "2024-09-30"],
    ["Prices rose 2% early next month.", "2024-10-16", "2024-11-01", "2024-11-15"],
    ["Unemployment hit 5% in mid-2023.", "2024-10-16", "2023-04-01", "2023-09-30"],
    ["Sales fell 3% in early 2023.", "2024-10-16", "2023-01-01", "2023-06-30"],
    ["Prices rose 2% over the weekend.", "2024-10-16", "2024-10-12", "2024-10-13"],
    ["Shares rose 3% last weekend.", "2024-10-13", "2024-10-12", "2024-10-13"],
    // A year "so far" runs to publication.
    ["It takes the total for 2024 so far to 31,079.", "2024-10-16", "2024-01-01", "2024-10-16"],
    // Analysts' shorthand for quarters and halves.
    ["Sales rose 5% in 1H24.", "2024-10-16", "2024-01-01", "2024-06-30"],
    ["Profit fell 3% in 3Q 2024.", "2024-10-16", "2024-07-01", "2024-09-30"],
    ["Profit fell 3% in 4Q87.", "1988-02-16", "1987-10-01", "1987-12-31"],
    // A forecast's weekend is the coming one.
    ["Highs are forecast to reach 32C over the weekend.", "2024-10-16", "2024-10-19", "2024-10-20"],
    ["Highs will reach 32C over the weekend.", "2024-10-16", "2024-10-19", "2024-10-20"],
    ["The company cut 500 jobs in the year to date.", "2024-10-16", "2024-01-01", "2024-10-16"],
    [
      "Home prices rose 4.5% in the year to the end of June.",
      "2024-10-16",
      "2023-07-01",
      "2024-06-30",
    ],
    ["Revenue rose 5% in Q3 FY2024.", "2024-10-16", "2024-07-01", "2024-09-30"],
    // A sports season runs July to June; a school year September to August; a bare split year April to March.
    ["Club revenue rose 4% in the 2022-23 season.", "2024-10-16", "2022-07-01", "2023-06-30"],
    [
      "Pupils missed 5% of lessons in the 2023-24 school year.",
      "2024-10-16",
      "2023-09-01",
      "2024-08-31",
    ],
    ["Tax receipts were £800bn in 2023-24.", "2024-10-16", "2023-04-01", "2024-03-31"],
  ])("%s (published %s) → %s..%s", expectPeriod);

  it.each([
    // Two months apart are two months, not the span between them: the first dates the claim.
    ["Output rose 3% in January and March.", "1987-09-20", "1987-01-01", "1987-01-31"],
    [
      "Jobless claims fell by 5,000 in the week ended August 16.",
      "1987-08-20",
      "1987-08-10",
      "1987-08-16",
    ],
    ["Profit rose 5% in the fourth quarter of 1986.", "1987-03-20", "1986-10-01", "1986-12-31"],
    // "May's" opening a sentence is as often Theresa May's as the month's.
    ["May's government raised taxes by 2% in 2017.", "2019-03-02", "2017-01-01", "2017-12-31"],
  ])("what must not change: %s", expectPeriod);
});

describe("a forward-looking sentence", () => {
  it.each([
    // A relative clause's past is an aside: the claim is what the main clause expects.
    [
      "Revenue, which rose 5% in 2023, is expected to grow 3% next year.",
      "2025-01-01",
      "2025-12-31",
    ],
    // A level reached from a time ahead takes effect then; it is no baseline.
    ["The tax will rise to 20% from April 2026.", "2026-04-01", "2026-04-30"],
    ["Energy bills will fall by 7% from April.", "2025-04-01", "2025-04-30"],
    ["Flights will resume from Monday.", "2024-05-27", "2024-05-27"],
    // Ahead, a results period names what will be published; the day is when.
    ["Tesla will report second-quarter earnings on July 23.", "2024-07-23", "2024-07-23"],
    [
      "The company expects to release third-quarter results in mid-November.",
      "2024-11-01",
      "2024-11-30",
    ],
    // What was promised is ahead of the promise.
    [
      "Elon Musk has promised a robotaxi unveiling with 50 cars on Aug. 8.",
      "2024-08-08",
      "2024-08-08",
    ],
    // How long something has been so, in a relative clause closing a sentence that looks ahead, is its
    // history.
    [
      "Ana Ruiz will take over as chief executive of its 40 stores, replacing Jo Park, who had held the job since 2022.",
      "2024-05-22",
      "2024-05-22",
    ],
    // A forecast reported in the past tense looks ahead: the coming quarter, not last year's.
    [
      "The finance chief said Apple expected revenue to grow 5% in the September quarter.",
      "2024-07-01",
      "2024-09-30",
    ],
    // A speaker's own forecast, quoted and then attributed in the past tense.
    [
      '"We expect inflation to fall to 2% by June," said Andrew Bailey, the governor.',
      "2024-06-01",
      "2024-06-30",
    ],
  ])("%s", (text, start, end) => {
    expect(periods(text, "2024-05-22")).toEqual([[start, end]]);
  });

  it.each([
    // In the past tense the relative clause's year still dates the sentence.
    ["Revenue, which rose 5% in 2023, was $4 billion.", "2023-01-01", "2023-12-31"],
    // A change set against a time behind stays compared with it.
    ["Prices rose 5% from last year.", "2024-05-22", "2024-05-22"],
    // Told in the past tense, a weekday after the figures is when it happened; a date stays a baseline.
    ["The bank raised its rate to 0.5% from 0.25% on Monday.", "2024-05-20", "2024-05-20"],
    ["Reserves fell to 5.2 bln dlrs from 5.5 bln on March 31.", "2024-05-22", "2024-05-22"],
    // Looking ahead, a change from a time gone is still set against it.
    ["Sales are expected to rise 3% from 2023 levels.", "2024-05-22", "2024-05-22"],
    ["Prices will rise 5% from last year.", "2024-05-22", "2024-05-22"],
    ["Wages rose 0.4% from August and 4% from a year earlier.", "2024-05-22", "2024-05-22"],
    // The figure set against the year before may have thousands in it.
    ["Rents reached £2,252, up from £2,122 a year earlier.", "2024-05-22", "2024-05-22"],
    ["Sales rose to $1,200,000, from $1,000,000 in 2023.", "2024-05-22", "2024-05-22"],
  ])("what must not change: %s", (text, start, end) => {
    expect(periods(text, "2024-05-22")).toEqual([[start, end]]);
  });
});

describe("centuries and eras", () => {
  it.each([
    ["Its population doubled in the 19th century.", "1801-01-01", "1900-12-31"],
    ["Output rose 3% in the twentieth century.", "1901-01-01", "2000-12-31"],
    ["The world is on track for 2.5C of heating this century.", "2001-01-01", "2100-12-31"],
    ["Output rose 3% a year last century.", "1901-01-01", "2000-12-31"],
    ["Sea levels rose 20cm over the past century.", "1925-01-01", "2025-01-15"],
    ["Defence spending was 9% of GDP during the Cold War era.", "1947-01-01", "1991-12-31"],
    ["Britain spent 50% of GDP on defence in the Second World War.", "1939-01-01", "1945-12-31"],
    ["He won 3 medals in World War One.", "1914-01-01", "1918-12-31"],
    ["Life expectancy has risen 20 years since World War II.", "1945-01-01", "2025-01-15"],
    // Events a story counts from: from the event to publication.
    ["Trade with the EU has fallen 15% since Brexit.", "2020-01-31", "2025-01-15"],
    ["Air traffic has recovered 90% since the Covid-19 pandemic.", "2020-03-01", "2025-01-15"],
    ["Wages have risen 20% since the global financial crisis.", "2008-01-01", "2025-01-15"],
    ["On that spring morning in 2019, 300 workers walked out.", "2019-03-01", "2019-05-31"],
    ["In the fall of 2021, the plant laid off 400 workers.", "2021-09-01", "2021-11-30"],
    ["The summer of 2022 saw 45 days above 30C.", "2022-06-01", "2022-08-31"],
  ])("%s → %s..%s", (text, start, end) => {
    expect(times(text)[0]!.slice(0, 2)).toEqual([start, end]);
  });

  it("an ordinal that ranks is no century", () => {
    expect(times("He was the 19th president to visit, in 2024.")[0]!.slice(0, 2)).toEqual([
      "2024-01-01",
      "2024-12-31",
    ]);
  });
});

describe("words that point back", () => {
  it.each([
    [
      "Revenue was $5 billion in 2019. That year, profit is expected to rise 3%.",
      "2019-01-01",
      "2019-12-31",
    ],
    [
      "Sales fell 5% in the third quarter.\n\nIn the period, costs are 3% higher than planned.",
      "2024-07-01",
      "2024-09-30",
    ],
    ["Sales fell 5% in March 2024. The same month, costs rose 3%.", "2024-03-01", "2024-03-31"],
  ])("take the period last named: %s", (text, start, end) => {
    expect(times(text)[1]).toEqual([start, end, "inherited"]);
  });

  it("'for the month' points back as 'in the month' does", () => {
    expect(
      periods(
        "China's exports grew 6.7% in November.\n\nImports fell 3.9%. The surplus widened to $97 billion.\n\nSoybean imports jumped 26.8%, the highest for the month on record.",
        "2024-12-10",
      ).at(-1),
    ).toEqual(["2024-11-01", "2024-11-30"]);
  });

  it("'the period' is the last period named, not a day named since", () => {
    expect(
      periods(
        "Admissions for heat illness doubled in July to 4,812. Temperatures peaked at 41.2C on July 19.\n\nDeaths rose to 312 in the period, from 190 a year earlier.",
        "2024-10-14",
      ).at(-1),
    ).toEqual(["2024-07-01", "2024-07-31"]);
  });

  it("a sentence naming the period again hands it to the past-tense sentences after it", () => {
    expect(
      periods(
        "GDP rose 0.3% in the July-September quarter.\n\nThe Australian dollar slipped to $0.65.\n\nConsumption, about half of GDP, was flat in the quarter. Per capita GDP fell 0.2%.",
        "2025-12-03",
      ).at(-1),
    ).toEqual(["2025-07-01", "2025-09-30"]);
  });

  it("a sentence opening on the time it sets its figures against is about the story's period", () => {
    expect(
      periods(
        "GDP rose 0.3% in the third quarter. From a year earlier, the economy expanded 1.4%.",
        "2025-12-03",
      ).at(-1),
    ).toEqual(["2025-07-01", "2025-09-30"]);
  });

  it("a sentence comparing with an earlier period does not move the paragraph to it", () => {
    expect(
      periods(
        "England had 2,911 measles cases last year. That compares with 368 cases in 2023. London accounted for 41% of cases.",
        "2025-02-14",
      ).at(-1),
    ).toEqual(["2024-01-01", "2024-12-31"]);
  });

  it("a forecast's period is not the quarter the story reported", () => {
    expect(
      periods(
        "Net profit rose 6.8% to 33.5 billion rupees in the three months ended Sept. 30.\n\nWipro expects revenue for the December quarter to be between $2.59 billion and $2.65 billion.\n\nThe firm added 1,157 employees in the quarter.",
        "2025-11-05",
      ).at(-1),
    ).toEqual(["2025-07-01", "2025-09-30"]);
  });

  it.each([
    [
      "In 2019, the firm launched its first phone. Since then, sales have tripled to 3 million.",
      ["2019-01-01", "2025-01-15", "inherited"],
    ],
    [
      "Inflation peaked at 11.1% in October 2022. It has fallen by 8 points since then.",
      ["2022-10-01", "2025-01-15", "inherited"],
    ],
    [
      "The minister, who took office in 2021, said crime had fallen 10% since then.",
      ["2021-01-01", "2025-01-15", "explicit"],
    ],
    // Must not change: a time of the claim's own after it, and no time named before.
    ["Since then, sales have risen 5% in 2023.", ["2023-01-01", "2023-12-31", "explicit"]],
    ["Sales have risen 40% since then.", ["2025-01-15", "2025-01-15", "publication"]],
  ])("'since then' runs from the time named before to publication: %s", (text, expected) => {
    expect(times(text).at(-1)).toEqual(expected);
  });

  it.each([
    [
      "Resale prices rose 0.9% in the third quarter.\n\nIt was the 22nd consecutive rise, HDB said on Friday.\n\nResale volumes fell 7.4% quarter on quarter to 6,720 flats.",
      ["2024-07-01", "2024-09-30", "inherited"],
    ],
    [
      "Retail sales rose 0.4% in November.\n\nClothing did best, the office said.\n\nOnline sales fell 1.2% month-on-month.",
      ["2024-11-01", "2024-11-30", "inherited"],
    ],
    // must not change: a time of its own
    [
      "Resale prices rose 0.9% in the third quarter.\n\nVolumes fell 7.4% quarter on quarter in the fourth quarter of 2023.",
      ["2023-10-01", "2023-12-31", "explicit"],
    ],
  ])("a change measured quarter on quarter is of the quarter named last: %s", (text, expected) => {
    expect(times(text).at(-1)).toEqual(expected);
  });

  it.each([
    // A month named in between does not make "in the quarter" March.
    [
      "GDP grew 0.6% in the first quarter of 2024. Output fell 0.4% in March alone. Spending rose 0.2% in the quarter.",
      "2024-01-01",
      "2024-03-31",
    ],
    [
      "Sales rose 4% in 2023. Costs fell 1% in the fourth quarter. That year, profit doubled.",
      "2023-01-01",
      "2023-12-31",
    ],
    // "the same quarter last year" is the baseline: the claim is about the quarter the story is on.
    [
      "GDP grew 0.6% in the first quarter of 2024. Compared with the same quarter last year, GDP was 1.3% higher. Output fell 0.4% in March.",
      "2024-01-01",
      "2024-03-31",
    ],
  ])("take the last period of the length they name: %s", (text, start, end) => {
    const claim = extractClaims({ text, publishedAt: "2025-01-15" }).claims.find((c) =>
      /the quarter|That year|Compared/.test(c.text),
    );
    expect([claim?.time?.start, claim?.time?.end, claim?.time?.basis]).toEqual([
      start,
      end,
      "inherited",
    ]);
  });

  // "6% more than in the same month last year", "20% more cars than a year earlier": a baseline after a
  // figure and "more"; the claim stays in the story's August.
  it.each([
    "The airline carried 4.5 million passengers in August 2024. That was 6% more than in the same month last year.",
    "The airline carried 4.5 million passengers in August 2024. It sold 20% more seats than a year earlier.",
    "The airline carried 4.5 million passengers in August 2024. Fares were 4% higher than in 2023.",
  ])("a figure more than a time before is measured against it: %s", (text) => {
    expect(times(text)[1]).toEqual(["2024-08-01", "2024-08-31", "inherited"]);
  });

  // An amount with its rate or scale before "more than": the time after is the baseline, the claim is now.
  it.each([
    "Rents are now $300 a month more than in 2020.",
    "The scheme costs £2bn more than in 2019.",
    "Families pay £40 a week more than last year.",
  ])("an amount more than a time before is measured against it: %s", (text) => {
    expect(times(text)[0]).toEqual(["2025-01-15", "2025-01-15", "publication"]);
  });

  it.each([
    "About 48,000 runners took part, a record for the race, which was first held in 1974.",
    "He was the 456th person placed on the FBI's most wanted list, which began in 1950.",
  ])("a closing clause telling how a thing began dates the thing, not the claim: %s", (text) => {
    expect(times(text)[0]).toEqual(["2025-01-15", "2025-01-15", "publication"]);
  });

  it.each([
    [
      "Last year's champion, Ruth Chebet, finished fifth in 2:19:02.",
      ["2025-01-15", "2025-01-15", "publication"],
    ],
    ["Last year's winner finished 12th.", ["2025-01-15", "2025-01-15", "publication"]],
    // Must not change: a time owning a figure dates it.
    ["Last year's profit was $5 million.", ["2024-01-01", "2024-12-31", "relative"]],
  ])("a time owning a person says who they are, not when: %s", (text, period) => {
    expect(times(text)[0]).toEqual(period);
  });

  it("a closing clause with a figure of its own still dates it", () => {
    expect(times("It bought Acme, which had sales of $5m in 2023.")[0]).toEqual([
      "2023-01-01",
      "2023-12-31",
      "explicit",
    ]);
  });

  it.each([
    "Alemu ran the second half in 59 minutes 41 seconds.",
    "Arsenal scored twice in the first half of the match.",
  ])("a half of a race or a match is no half-year: %s", (text) => {
    expect(times(text)[0]).toEqual(["2025-01-15", "2025-01-15", "publication"]);
  });

  it.each([
    [
      "Ambulances took 47 minutes last month. In the same month last year, the figure was 42 minutes.",
      "2025-11-13",
      ["2024-10-01", "2024-10-31", "relative"],
    ],
    [
      "Sales were 5,000 in February. In the same month last year, the figure was 4,200.",
      "2025-03-13",
      ["2024-02-01", "2024-02-29", "relative"],
    ],
    [
      "Profit rose 5% in the third quarter. In the same quarter last year, it fell 2%.",
      "2025-11-13",
      ["2024-07-01", "2024-09-30", "relative"],
    ],
  ])(
    "'the same month last year' is the month named before, a year back: %s",
    (text, publishedAt, period) => {
      const claims = extractClaims({ text, publishedAt }).claims;
      const c = claims[1]!;
      expect([c.time?.start, c.time?.end, c.time?.basis]).toEqual(period);
    },
  );

  it("a year-back comparison does not become the story's time", () => {
    const claims = extractClaims({
      text: "Ambulances took 47 minutes last month. In the same month last year, the figure was 42 minutes.\n\nJust 68.4% of patients started treatment within 62 days, compared with 70.1% a year earlier.",
      publishedAt: "2025-11-13",
    }).claims;
    expect([claims[2]!.time?.start, claims[2]!.time?.end]).toEqual(["2025-10-01", "2025-10-31"]);
  });

  it("'more than a year ago' with no figure before it is still a time", () => {
    const claim = extractClaims({
      text: "The plant closed more than a year ago.",
      publishedAt: "2025-01-15",
    }).claims[0];
    expect(claim?.time?.text).toBe("a year ago");
  });

  it.each([
    "In 2023, the airline carried 45 million passengers. It flew 300,000 flights.",
    "In 2023, the pound sank 10% against the dollar. The currency shrank to a record low of $1.03.",
    "In 2023, the firm fought 12 lawsuits. It withdrew from 3 markets.",
  ])("an irregular past verb is told as done and takes the paragraph's period: %s", (text) => {
    expect(times(text)[1]).toEqual(["2023-01-01", "2023-12-31", "inherited"]);
  });

  it.each([
    ["The new rates take effect Jan. 1.", "2025-01-01"],
    ["The law comes into force on April 6.", "2025-04-06"],
  ])("a scheduled change told in the present is ahead: %s", (text, day) => {
    expect(periods(text, "2024-05-16")).toEqual([[day, day]]);
  });

  it("a change that took effect is done", () => {
    expectPeriod("The rules took effect on Jan. 1.", "2024-05-16", "2024-01-01", "2024-01-01");
  });

  it.each([
    ["More than 3,000 migrants crossed in the past week.", "2024-10-04", "2024-10-11"],
    ["Prices rose 5% over the past month.", "2024-09-11", "2024-10-11"],
    ["Prices rose 5% over the past year.", "2023-10-11", "2024-10-11"],
    // "last week" is still the calendar's week before.
    ["Prices rose 5% last week.", "2024-09-30", "2024-10-06"],
  ])("'the past week/month/year' runs up to publication: %s", (text, start, end) => {
    expectPeriod(text, "2024-10-11", start, end);
  });

  it.each([
    "The Croatian, 22, has made 30 appearances this season.",
    "He has scored 12 goals so far.",
    "The club now employs 400 people.",
  ])("a sentence about now inherits no period: %s", (sentence) => {
    const story = `City paid £47.5 million for the defender in 2023. ${sentence}`;
    expect(times(story)[1]).toEqual(["2025-01-15", "2025-01-15", "publication"]);
  });

  it("a past sentence after it still inherits the period", () => {
    const story = "City paid £47.5 million for the defender in 2023. He made 30 appearances.";
    expect(times(story)[1]).toEqual(["2023-01-01", "2023-12-31", "inherited"]);
  });

  it("a period fades after its paragraph unless pointed back to", () => {
    expect(
      times(
        "Revenue was $5 billion in 2019.\n\nThe company was founded by two engineers.\n\nProfit at the company rose 3%.",
      )[2],
    ).toEqual(["2025-01-15", "2025-01-15", "publication"]);
  });
});

describe("wire copy, a paragraph a sentence", () => {
  const wire = (...paragraphs: string[]) => times(paragraphs.join("\n\n"));

  it("the next paragraph's past-tense sentence takes the period its one sentence named", () => {
    expect(
      wire(
        "Infosys reported a 4.5% rise in profit in the quarter ended Dec. 31 on Thursday.",
        "Net profit rose to 68.1 billion rupees, the company said.",
      )[1],
    ).toEqual(["2024-10-01", "2024-12-31", "inherited"]);
  });

  it.each([
    [
      "not two paragraphs on",
      [
        "Revenue rose 5% to $2 billion in the third quarter of 2024.",
        "The company employs engineers in 12 countries.",
        "Net income fell 3% to $400 million.",
      ],
    ],
    [
      "not a day after a paragraph of several sentences",
      [
        "Blake stabbed the boy 8 times on Monday. The jury saw the footage.",
        "The family paid $4,000 for the funeral.",
      ],
    ],
    [
      "not from a period the one sentence itself inherited",
      [
        "Revenue rose 5% to $2 billion in the third quarter of 2024.",
        "Net income fell 3% to $400 million.",
        "Operating costs rose 2% to $900 million.",
      ],
    ],
  ])("%s", (_, paragraphs) => {
    expect(wire(...paragraphs).at(-1)).toEqual(["2025-01-15", "2025-01-15", "publication"]);
  });

  it("a reporting period carries on into the next paragraph whatever that paragraph's length", () => {
    expect(
      wire(
        "Ryanair carried 55.5 million passengers in the quarter to June 30. Its load factor was 95%.",
        "Profit after tax fell 46% to €360m.",
      ).at(-1),
    ).toEqual(["2024-04-01", "2024-06-30", "inherited"]);
  });

  it.each([
    [
      "a remark with no figure is now",
      "The chief executive said the board viewed the bid as a very positive move.",
      ["2025-01-15", "2025-01-15", "publication"],
    ],
    [
      "the period's results told without a figure keep it",
      "The company said its shipments declined because of weak demand from carmakers.",
      ["2024-04-01", "2024-06-30", "inherited"],
    ],
  ])("after a reporting period carried on: %s", (_, sentence, time) => {
    expect(
      wire(
        "Ryanair carried 55.5 million passengers in the quarter to June 30. Its load factor was 95%.",
        sentence,
      ).at(-1),
    ).toEqual(time);
  });

  it.each([
    "The Commerce Department later halted shipments to 12 customers.",
    "Later, the company closed 12 stores.",
    "The bank subsequently raised its rate to 5%.",
  ])("what came after it takes no period: %s", (sentence) => {
    expect(times(`Nvidia made $17.1 billion in China in 2024. ${sentence}`)[1]).toEqual([
      "2025-01-15",
      "2025-01-15",
      "publication",
    ]);
  });

  it("a time later in the day is no sequence: the sentence still takes the period", () => {
    expect(
      times(
        "Talks began in Geneva on Monday. Envoys were joined by 12 ministers later that day.",
      )[1],
    ).toEqual(["2025-01-13", "2025-01-13", "inherited"]);
  });
});

describe("a trading session is the story's day", () => {
  it.each([
    "Shares rose as much as 2.5% in premarket trading.",
    "The utility's shares fell 3.4% in afternoon trading.",
  ])("%s", (sentence) => {
    expect(times(`Tesla delivered 497,099 vehicles in the third quarter. ${sentence}`)[1]).toEqual([
      "2025-01-15",
      "2025-01-15",
      "publication",
    ]);
  });
});

describe("a market's close is the story's day", () => {
  it.each([
    "Benchmark futures closed down RM45 at RM3,820 a tonne.",
    "The ringgit was little changed at 4.21 per dollar.",
  ])("not a month named before: %s", (sentence) => {
    expect(
      times(`Palm oil exports fell 8.4% in December to 1.32 million tonnes. ${sentence}`)[1],
    ).toEqual(["2025-01-15", "2025-01-15", "publication"]);
  });

  it("must not change: the trading day the story names", () => {
    expect(
      times("Shares of Acme fell 3% yesterday. Acme closed at $28.25, down 50 cents.")[1],
    ).toEqual(["2025-01-14", "2025-01-14", "inherited"]);
  });

  it("must not change: a mill closing down is no market", () => {
    expect(
      times(
        "The region lost 4,000 jobs in 2019. The mill closed down, leaving 300 people jobless.",
      )[1],
    ).toEqual(["2019-01-01", "2019-12-31", "inherited"]);
  });
});

describe("what an apposition describes the subject by is not what the sentence tells", () => {
  it.each([
    "The H20, a cut-down version of the H100 designed to comply with US rules, costs about $12,000.",
    "Prakash Shah, 58, a former ambassador who served at the UN, is part of a team of 12.",
  ])("a present sentence stays now: %s", (sentence) => {
    expect(
      times(
        `Chinese firms ordered $16 billion of chips in the first quarter of 2025. ${sentence}`,
      )[1],
    ).toEqual(["2025-01-15", "2025-01-15", "publication"]);
  });
});

describe("a quote has its own tense, whichever side of its speaker it stands", () => {
  it("'\"The deal is bullish,\" said an analyst' is now", () => {
    expect(
      times(
        'OPEC+ extended 3.66 million bpd of cuts on Sunday. "The deal is bullish for 40 producers," said Giovanni Staunovo, an analyst at UBS.',
      )[1],
    ).toEqual(["2025-01-15", "2025-01-15", "publication"]);
  });

  it("'said: \"We are determined …\"' is now, not the paragraph's period", () => {
    expect(
      times(
        'The Home Office returned 15,000 people since July. A spokesperson said: "We are determined to smash 40 gangs."',
      )[1],
    ).toEqual(["2025-01-15", "2025-01-15", "publication"]);
  });
});

describe("a present passive is no past", () => {
  it.each([
    "She is survived by two sons and three grandchildren.",
    "About 30% of its profit already is derived from the U.S.",
    "The remaining 40% are owned by pension funds.",
  ])("%s", (sentence) => {
    expect(times(`The actress died on Monday aged 84. ${sentence}`)[1]).toEqual([
      "2025-01-15",
      "2025-01-15",
      "publication",
    ]);
  });

  it("must not change: a past passive after it keeps the period", () => {
    expect(times("The actress died on Monday aged 84. She was survived by 2 sons.")[1]).toEqual([
      "2025-01-13",
      "2025-01-13",
      "inherited",
    ]);
  });
});

describe("an apposition naming the period", () => {
  it.each([
    [
      "Sales rose 5% in the fourth quarter, the three months to 31 March.",
      "2025-01-01",
      "2025-03-31",
    ],
    [
      "Profit fell 2% in the third quarter, the three months ended Dec. 31, 2024.",
      "2024-10-01",
      "2024-12-31",
    ],
  ])("says which quarter: %s", (text, start, end) => {
    expect(periods(text, "2025-05-15")).toEqual([[start, end]]);
  });

  it("a quarter without one stays the calendar's", () => {
    expect(periods("Sales rose 5% in the fourth quarter, the company said.", "2025-05-15")).toEqual(
      [["2024-10-01", "2024-12-31"]],
    );
  });
});

describe("a fiscal quarter of a financial year the story does not give", () => {
  it.each([
    [
      "Apple reported revenue of $94.9 billion for its fiscal fourth quarter.",
      "2024-10-31",
      "2024-07-01",
      "2024-09-30",
    ],
    [
      "Nike's fiscal first-quarter revenue fell 10% to $11.6 billion.",
      "2024-10-02",
      "2024-07-01",
      "2024-09-30",
    ],
    [
      "Delta's earnings rose 33% in the fiscal second quarter.",
      "2025-01-20",
      "2024-10-01",
      "2024-12-31",
    ],
  ])(
    "reported, it is the quarter just ended: %s (published %s)",
    (text, publishedAt, start, end) => {
      expectPeriod(text, publishedAt, start, end);
    },
  );

  it("must not change: a calendar quarter told with its year", () => {
    expectPeriod(
      "Revenue rose 5% in the fiscal fourth quarter of 2023.",
      "2024-10-31",
      "2023-10-01",
      "2023-12-31",
    );
  });
});

describe("a company's financial year set earlier in the story", () => {
  it.each([
    [
      "Calder’s financial year ends on 31 March. Sales rose 5% in the third quarter.",
      "2024-10-01",
      "2024-12-31",
    ],
    [
      "Calder’s financial year ends in June.\n\nSales rose 5% in the first quarter.",
      "2024-07-01",
      "2024-09-30",
    ],
  ])("makes its quarters that year's: %s", (text, start, end) => {
    expectLastPeriod(text, "2025-05-15", start, end);
  });

  it.each([
    [
      "The company, whose financial year ends in January, said revenue in the second quarter rose 20% to $9 billion.",
      "2025-05-01",
      "2025-07-31",
    ],
    [
      "Helix, whose fiscal year ends in June, reported third-quarter profit of $2 billion.",
      "2025-01-01",
      "2025-03-31",
    ],
  ])(
    "set in the same sentence, it dates nothing itself and makes its quarters that year's: %s",
    (text, start, end) => {
      expectLastPeriod(text, "2025-08-21", start, end);
    },
  );

  it.each([
    [
      "Qantas reported a profit of A$2.39 billion for the year to June 30. In the second half, capacity rose 3%.",
      "2025-01-01",
      "2025-06-30",
    ],
    [
      "Qantas reported a profit of A$2.39 billion for the year to June 30. Bookings for the first half are up 5%.",
      "2025-07-01",
      "2025-12-31",
    ],
    [
      "Qantas reported a profit of A$2.39 billion for the year to June 30. It expects to take 24 aircraft this financial year.",
      "2025-07-01",
      "2026-06-30",
    ],
  ])(
    "told by the year a company reports its results for, makes its halves and 'this financial year' that year's: %s",
    (text, start, end) => {
      expectLastPeriod(text, "2025-08-28", start, end);
    },
  );

  it.each([
    [
      "Qantas flew 14.2 million passengers in the first quarter of its financial year, which began on July 1.",
      "2025-07-01",
      "2025-09-30",
    ],
    [
      "Qantas's financial year began on July 1. It plans to spend A$3.8 billion on new planes in fiscal 2026.",
      "2025-07-01",
      "2026-06-30",
    ],
    [
      "Helix, whose fiscal year ends in September, expects revenue of $9 billion in fiscal 2026.",
      "2025-10-01",
      "2026-09-30",
    ],
    // A year ending in March is named by its start in Japan and by its end in India: the calendar's stands.
    [
      "Toyota's financial year ends in March. It expects to sell 11 million vehicles in fiscal 2026.",
      "2026-01-01",
      "2026-12-31",
    ],
    ["Helix expects revenue of $9 billion in fiscal 2026.", "2026-01-01", "2026-12-31"],
  ])(
    "a company's year told by when it begins or ends names its quarters and its numbered years: %s",
    (text, start, end) => {
      expectLastPeriod(text, "2025-11-03", start, end);
    },
  );

  it.each([
    [
      "Qantas now expects profit of A$1.3 billion for the six months to December 31.",
      "2025-07-01",
      "2025-12-31",
    ],
    [
      "Qantas's financial year began on July 1. It now expects profit of A$1.3 billion for the six months to December 31.",
      "2025-07-01",
      "2025-12-31",
    ],
    [
      "Qantas reported a profit of A$1.1 billion for the six months to December 31.",
      "2024-07-01",
      "2024-12-31",
    ],
    [
      "Qantas's financial year began on July 1. It reported a profit of A$1.1 billion for the six months to December 31.",
      "2024-07-01",
      "2024-12-31",
    ],
  ])(
    "a forecast for the months to a day is for the period under way; a report, the last one: %s",
    (text, start, end) => {
      expectLastPeriod(text, "2025-11-03", start, end);
    },
  );

  it("must not change: a span of twelve months to a month is no company's year", () => {
    expectLastPeriod(
      "Average rents rose 6.1% in the year to September. In the third quarter, rents rose 3%.",
      "2025-10-20",
      "2025-07-01",
      "2025-09-30",
    );
  });

  it.each([
    [
      "Collections in the first seven months of the fiscal year that began on April 1 totalled Rs 12.74 lakh crore.",
      "2025-04-01",
      "2025-10-31",
    ],
    [
      "Calder’s financial year ends in March. Sales in the first six months of the financial year rose 4%.",
      "2025-04-01",
      "2025-09-30",
    ],
  ])(
    "the first months of the financial year under way count from its start: %s",
    (text, start, end) => {
      expectLastPeriod(text, "2025-11-01", start, end);
    },
  );

  it("must not change: the first months of a year split across two are that year's", () => {
    expect(
      periods(
        "The deficit for the first 11 months of 1986/87 narrowed to $12 billion.",
        "1987-06-15",
      ),
    ).toEqual([["1986-04-01", "1987-03-31"]]);
  });

  it("a year told as ended still dates the sentence", () => {
    expectLastPeriod(
      "Its fiscal year ended in June 2024, with sales of $4bn.",
      "2025-08-21",
      "2023-07-01",
      "2024-06-30",
    );
  });

  it.each([
    [
      "Calder’s financial year ends in March.\n\nBorrowing in the three months to June was £49.8bn.",
      "2024-04-01",
      "2024-06-30",
    ],
    [
      "Calder’s financial year ends in March. Sales rose 5% in the June quarter.",
      "2024-04-01",
      "2024-06-30",
    ],
    [
      "Receipts were £62bn in the fiscal year that ended in March 2024. Sales fell 3% in the three months to June.",
      "2024-04-01",
      "2024-06-30",
    ],
  ])("leaves a quarter named by its months the calendar's: %s", (text, start, end) => {
    expectLastPeriod(text, "2025-05-15", start, end);
  });

  it.each([
    ["Sales rose 5% in the June quarter.", "2024-04-01", "2024-06-30"],
    ["Sales rose 5% in the March quarter.", "2025-01-01", "2025-03-31"],
    ["Sales will rise 5% in the June quarter.", "2025-04-01", "2025-06-30"],
  ])("tells a quarter named by its last month as done once it is over: %s", (text, start, end) => {
    expectPeriod(text, "2025-05-15", start, end);
  });

  it("without it, a quarter is the calendar's", () => {
    expectPeriod("Sales rose 5% in the third quarter.", "2025-05-15", "2024-07-01", "2024-09-30");
  });

  it.each([
    // Said in the same sentence, after the year it ends.
    [
      "Toyota expects tariffs to cost it $9 billion this fiscal year, which ends in March.",
      "2025-08-06",
      "2025-04-01",
      "2026-03-31",
    ],
    [
      "Calder’s financial year ends in June. Sales fell 3% last financial year.",
      "2025-08-06",
      "2024-07-01",
      "2025-06-30",
    ],
    [
      "Calder’s financial year ends in June. Profit will rise 5% next fiscal year.",
      "2025-03-06",
      "2025-07-01",
      "2026-06-30",
    ],
    // Without it, the calendar year stands for the company's.
    ["Sales fell 3% last fiscal year.", "2025-08-06", "2024-01-01", "2024-12-31"],
    // "full-year": the year under way when looked ahead to, the last one closed when reported.
    [
      "Tesco expects full-year profit of about £2.9 billion.",
      "2025-07-10",
      "2025-01-01",
      "2025-12-31",
    ],
    [
      "Tesco's full-year profit rose 10% to £2.8 billion.",
      "2025-07-10",
      "2024-01-01",
      "2024-12-31",
    ],
    [
      "Calder’s financial year ends in March. It expects full-year sales of $2 billion.",
      "2025-07-10",
      "2025-04-01",
      "2026-03-31",
    ],
    ["Full-year 2024 revenue rose 5%.", "2025-07-10", "2024-01-01", "2024-12-31"],
    // A forecast's full year is the one under way, however the sentence is told.
    [
      "The ministry kept its full-year growth forecast at 1% to 3%.",
      "2025-08-01",
      "2025-01-01",
      "2025-12-31",
    ],
    [
      "Tesco raised its full-year profit guidance to £2.9 billion.",
      "2025-07-10",
      "2025-01-01",
      "2025-12-31",
    ],
    // A year named before its end: that year; its quarters after it are the company's.
    [
      "Apple sold 231.8 million iPhones in its 2023 fiscal year, which ended on Sept. 30.",
      "2023-11-03",
      "2022-10-01",
      "2023-09-30",
    ],
    [
      "Apple's 2023 fiscal year ended on Sept. 30. Services revenue rose 16% in the fourth quarter.",
      "2023-11-03",
      "2023-07-01",
      "2023-09-30",
    ],
  ])(
    "makes 'this', 'last', 'next fiscal year' and 'full-year' its own: %s",
    (text, publishedAt, start, end) => {
      expectLastPeriod(text, publishedAt, start, end);
    },
  );
});

describe("parliaments", () => {
  it.each([
    // 15 January 2025: the 2024 parliament sits; the previous one ran December 2019 to May 2024.
    [
      "Defence spending fell 4% during the previous parliament.",
      "2025-01-15",
      "2019-12-17",
      "2024-05-30",
    ],
    [
      "Net migration rose to 745,000 during this parliament.",
      "2023-06-01",
      "2019-12-17",
      "2023-06-01",
    ],
    // between the dissolution and the new parliament's first sitting, "the last" is the one just dissolved
    [
      "In the last Parliament, 1.2 million homes were built.",
      "2024-06-15",
      "2019-12-17",
      "2024-05-30",
    ],
    [
      "In the last parliament, 1.2 million homes were built.",
      "2018-03-01",
      "2015-05-18",
      "2017-05-03",
    ],
  ])("%s (published %s) → %s..%s", expectPeriod);

  it("does not read a parliament's name or a verb as a period", () => {
    expect(
      periods("Prices fall in 2019 surprised analysts, who expected 3% growth.", "2025-01-15"),
    ).toEqual([["2019-01-01", "2019-12-31"]]);
    expectPeriod(
      "The Scottish Parliament has 129 members.",
      "2025-01-15",
      "2025-01-15",
      "2025-01-15",
    );
  });
});

describe("a story's own time words", () => {
  it.each([
    [
      "The company was founded in 1998. That year it sold 2,000 units.",
      [
        ["1998-01-01", "1998-12-31"],
        ["1998-01-01", "1998-12-31"],
      ],
    ],
    [
      "In 2019, sales reached $4bn. By the following year they had doubled.",
      [
        ["2019-01-01", "2019-12-31"],
        ["2020-01-01", "2020-12-31"],
      ],
    ],
    [
      "Prices rose 3% in March. In the same month a year earlier they fell 1%.",
      [
        ["2024-03-01", "2024-03-31"],
        ["2023-03-01", "2023-03-31"],
      ],
    ],
    ["Over the past decade, emissions fell 20%.", [["2014-05-22", "2024-05-22"]]],
    ["Emissions will fall 30% over the next decade.", [["2024-05-22", "2034-05-22"]]],
    ["In the decade to 2020, the population grew 7%.", [["2011-01-01", "2020-12-31"]]],
    ["In the five years to 2023, wages rose 12%.", [["2019-01-01", "2023-12-31"]]],
    ["The bill will cost $1.2 trillion over 10 years.", [["2024-05-22", "2034-05-22"]]],
    ["The firm aims to double sales within two years.", [["2024-05-22", "2026-05-22"]]],
    ["Debt will fall to 80% by the end of the decade.", [["2024-05-22", "2029-12-31"]]],
    ["Growth will pick up to 2% in the second half of next year.", [["2025-07-01", "2025-12-31"]]],
    ["Sales fell 3% in the first quarter of last year.", [["2023-01-01", "2023-03-31"]]],
    ["Unemployment peaked at 10% in the early 1980s.", [["1980-01-01", "1983-12-31"]]],
    ["Berg added that prices would rise 3% in June.", [["2024-06-01", "2024-06-30"]]],
    [
      "The minister said on Tuesday that prices would rise 3% in June.",
      [["2024-06-01", "2024-06-30"]],
    ],
    ["She added that inflation should fall to 3% in December.", [["2024-12-01", "2024-12-31"]]],
    ["He said prices could rise 5% in March.", [["2025-03-01", "2025-03-31"]]],
    ["Analysts said output might recover in February.", [["2025-02-01", "2025-02-28"]]],
    // Must not change: told as done, and a "should have" looks back.
    ["He said prices rose 5% in March.", [["2024-03-01", "2024-03-31"]]],
    ["He said prices should have fallen in March.", [["2024-03-01", "2024-03-31"]]],
    ["The firm has hired 400 engineers since January.", [["2024-01-01", "2024-05-22"]]],
    ["Prices rose 8% in the mid-1990s.", [["1994-01-01", "1996-12-31"]]],
    ["Prices fell 3% in the late 1990s.", [["1997-01-01", "1999-12-31"]]],
    ["Prices fell 3% in the 1990s.", [["1990-01-01", "1999-12-31"]]],
    // "in two years": ahead from publication, or back from it in the present perfect.
    ["Prices will rise 20% in two years.", [["2024-05-22", "2026-05-22"]]],
    ["Prices have gone up 20% in two years.", [["2022-05-22", "2024-05-22"]]],
    ["Sales have doubled in five years.", [["2019-05-22", "2024-05-22"]]],
    // Must not change: years that measure a record, a rise told in the simple past, "for over".
    ["Unemployment has fallen to its lowest level in 50 years.", [["2024-05-22", "2024-05-22"]]],
    ["Exports will rise for the first time in seven years.", [["2024-05-22", "2024-05-22"]]],
    ["Prices rose 20% in two years.", [["2024-05-22", "2024-05-22"]]],
    ["Nvidia has been operating in China for over 20 years.", [["2024-05-22", "2024-05-22"]]],
    // Must not change: more than ten years is no span of time ahead, nor is a rise told in the past.
    ["He was jailed for over 10 years.", [["2024-05-22", "2024-05-22"]]],
    ["He was jailed within two years.", [["2024-05-22", "2024-05-22"]]],
    // A reported "would" looks ahead only to its clause's comma.
    [
      "They said they would appeal the 5-year ban, imposed on Tuesday.",
      [["2024-05-21", "2024-05-21"]],
    ],
    ["Prices rose 20% over five years.", [["2024-05-22", "2024-05-22"]]],
    // Must not change: a baseline a year earlier leaves the claim its own period.
    ["Prices rose 3% in March, up from 2% a year earlier.", [["2024-03-01", "2024-03-31"]]],
  ])("%s", (text, expected) => {
    expect(periods(text, "2024-05-22")).toEqual(expected);
  });

  it("a short sentence told in the past with its year is a claim; one without is not", () => {
    const read = (text: string) => extractClaims({ text, publishedAt: "2024-05-22" });
    expect(read("The company was founded in 1998.").claims).toHaveLength(1);
    expect(read("He gave no other details.").claims).toHaveLength(0);
    expect(read("We will leave in 2016.").claims).toHaveLength(0);
  });
});

describe("asides, baselines and times still ahead", () => {
  it.each([
    // A relative clause in the past, in a sentence telling nothing past outside it, is background.
    [
      "Nordhaven, which was founded in 1998 with three planes, employs 6,500 people.",
      ["2025-01-15", "2025-01-15", "publication"],
    ],
    // An aside running to now describes the subject, not what the sentence tells of it.
    [
      "The previous government, led by the Social Democrats since 2009, lost nearly half its seats.",
      ["2025-01-15", "2025-01-15", "publication"],
    ],
    // The time of a figure compared against, a few words after it, is the baseline's.
    [
      "The Civic Alliance won 38 seats, up from 31 at the last election in 2019.",
      ["2025-01-15", "2025-01-15", "publication"],
    ],
    // Must not change: told in the past of its subject, the aside's time is the sentence's.
    [
      "The survey, conducted in February, was based on questionnaires returned by 8,328 firms.",
      ["2024-02-01", "2024-02-29", "relative"],
    ],
    [
      "Nordhaven, which was founded in 1998, carried 3.1 million passengers in 2024.",
      ["2024-01-01", "2024-12-31", "explicit"],
    ],
    // Must not change: "from … to" a time is a range, not a figure set against the time.
    ["The number rose from 200 to 300 in 2008.", ["2008-01-01", "2008-12-31", "explicit"]],
  ])("%s", (text, time) => {
    expect(times(text)[0]).toEqual(time);
  });

  it("a time still ahead is not what the next sentences report on", () => {
    expect(
      periods(
        "The new parliament will meet for the first time on Oct. 14. The previous government lost 20 of its 45 seats.",
        "2024-09-23",
      ),
    ).toEqual([
      ["2024-10-14", "2024-10-14"],
      ["2024-09-23", "2024-09-23"],
    ]);
    // Must not change: a time gone is inherited by the past-tense sentence after it.
    expect(
      periods("Sales fell 5% in March. Profit rose 3% to $40 million.", "2024-09-23").at(-1),
    ).toEqual(["2024-03-01", "2024-03-31"]);
  });

  it("'predict' looks ahead: a figure set against today is no baseline of the story's past", () => {
    const [claim] = extractClaims({
      text: "Traders said rates fell in December. They predict the bill rate to slip to 3.875% from 4% today.",
      publishedAt: "1987-03-19",
    }).claims.slice(-1);
    expect([claim!.kind, claim!.time?.start]).toEqual(["projection", "1987-03-19"]);
  });
});

describe("what has happened by now", () => {
  it("a level told in the present after a span running to now is of now", () => {
    expectLastPeriod(
      "The village has grown by 1,500 homes over the past decade. The waiting list stands at 2,800 households, up from 1,900 in 2019.",
      "2025-11-22",
      "2025-11-22",
      "2025-11-22",
    );
  });

  it("must not change: a change told in the past after such a span is of it", () => {
    expectLastPeriod(
      "The village has grown by 1,500 homes over the past decade. The waiting list rose to 2,800 households, up from 1,900 in 2019.",
      "2025-11-22",
      "2015-11-22",
      "2025-11-22",
    );
  });

  it("a sentence in the present perfect does not inherit its paragraph's past period", () => {
    expect(
      periods(
        "Costa joined Real Madrid from Flamengo in 2021 for €45m. He has won two La Liga titles with the club.",
        "2024-11-01",
      ),
    ).toEqual([
      ["2021-01-01", "2021-12-31"],
      ["2024-11-01", "2024-11-01"],
    ]);
  });

  it("a figure set against a year before, told in the present perfect, is now, not another paragraph's period", () => {
    expect(
      periods(
        "The cap peaked at £4,279 in early 2023.\n\nDebts owed to suppliers have reached a record £3.7bn, up from £2.4bn a year earlier.",
        "2024-11-01",
      ).at(-1),
    ).toEqual(["2024-11-01", "2024-11-01"]);
  });

  it.each([
    // Must not change: told in the past, a follow-on sentence keeps its paragraph's period…
    [
      "Costa joined Real Madrid in 2021 for €45m. He scored 19 goals.",
      ["2021-01-01", "2021-12-31"],
    ],
    // … so does a baseline in the past tense, and a modal's or an infinitive's perfect.
    [
      "Revenue rose 5% in the third quarter of 2024. Net income was $1.1bn, up from $900m a year earlier.",
      ["2024-07-01", "2024-09-30"],
    ],
    [
      "Troops crossed the border in 2021. They were said to have breached 12 minefields.",
      ["2021-01-01", "2021-12-31"],
    ],
    [
      "In 2021 the firm sold 2,000 cars. Without the strike it would have sold 3,000.",
      ["2021-01-01", "2021-12-31"],
    ],
  ])("%s", (text, period) => {
    expect(periods(text, "2024-11-01").at(-1)).toEqual(period);
  });

  it.each([
    [
      "The typical rate is now 5.4%, compared with just 2.3% in late 2021.",
      "2024-11-01",
      "2024-11-01",
    ],
    [
      "Chelsea have spent more than £1bn since the club was bought by a consortium in May 2022.",
      "2022-05-01",
      "2024-11-01",
    ],
    // A "whose" clause is background to what has happened by now, and to a past told after it.
    [
      "Salah, whose contract expires in June, has been involved in 21 goals in 15 games.",
      "2024-11-01",
      "2024-11-01",
    ],
    [
      "Ogden, whose shares began trading in August, closed yesterday at $26.875.",
      "2024-10-31",
      "2024-10-31",
    ],
    // The year of a figure in words it grew from is a baseline, as a figure in digits is.
    ["The party has grown from a single MP in 2019 to 14 seats.", "2024-11-01", "2024-11-01"],
    ["The chain has grown from two stores in 2015 to 340.", "2024-11-01", "2024-11-01"],
  ])("%s", (text, start, end) => {
    expectPeriod(text, "2024-11-01", start, end);
  });
});

describe("levels, same months and years a figure is set against", () => {
  it.each([
    "The airport handled 6.6 million people, up 3% on the same month in 2023.",
    "Fines rose to 354,000, up 48% on the previous year.",
    "The average sea temperature reached 20.87C, 0.51C above the 1991-2020 average.",
    "Output is 2% below its 2019 peak.",
    "Smallholders earn about RM120 a day, the group said, against RM150 last year.",
    "Sales were C$348.2 million, compared with C$307.2 million in 2023.",
    "His approval rating fell to minus 38, down from minus 31 in November.",
    "Forward bookings for the summer were 8% ahead of last year.",
    "Of those, 71.1% were seen within four hours, below the 78% target for March 2025.",
    "Only 60% were treated, against a target of 92% by March 2025.",
    "Bookings were 3% behind 2023 levels.",
    "Its load factor was 96%, unchanged from a year ago.",
    "Headline inflation came in at 0.7%, unchanged from the previous month.",
    "The Met Office said 86mm of rain fell at Libanus, nearly double the November average.",
    "Exports rose 3% from the previous quarter.",
    "Economists had expected growth of 0.1% after a 0.3% contraction in April.",
    "Output is projected to grow 2.8 pct after 1.5 pct contraction in 2024.",
    "Turnout was 58.5%, up from 52.1% in the previous upper house election in 2022.",
    "Average hourly earnings rose 0.3% after gaining 0.2% in June.",
    "That beat a forecast for a 5.4% rise and followed a 5.8% gain in June.",
    "That is still about £800 lower than at the peak of the energy crisis in early 2023.",
    "There were 11% more rental properties available than at this time last year.",
  ])("a baseline, not the claim's time: %s", (text) => {
    expect(times(text)[0]).toEqual(["2025-01-15", "2025-01-15", "publication"]);
  });

  it("must not change: a target set is of its year", () => {
    expect(times("Beijing has set a growth target of around 5% for 2024.")[0]).toEqual([
      "2024-01-01",
      "2024-12-31",
      "explicit",
    ]);
  });

  it("what economists had expected is of the period reported, not ahead", () => {
    expect(
      periods(
        "Inflation rose to 2.6% in November from 2.3% in October, the ONS said.\n\nEconomists polled by Reuters had expected the rate to rise to 2.6%.",
        "2024-12-18",
      ).at(-1),
    ).toEqual(["2024-11-01", "2024-11-30"]);
  });

  it("a look back at a peak does not move the story to it", () => {
    expect(
      periods(
        "The waiting list fell to 7.54 million in November.\n\nThe list peaked at 7.77 million in September 2023. About 3.14 million patients were waiting more than 18 weeks.",
        "2025-01-09",
      ).at(-1),
    ).toEqual(["2024-11-01", "2024-11-30"]);
  });

  it("a running total since a year does not move the story to it", () => {
    expect(
      periods(
        "Runners raised £87.3m for charity, bringing the total raised since the first race in 1981 to more than £1.3bn.\n\nTemperatures reached 19C, and 1,200 runners needed treatment.",
        "2025-04-27",
      ),
    ).toEqual([
      ["1981-01-01", "2025-04-27"],
      ["2025-04-27", "2025-04-27"],
    ]);
  });

  it("must not change: a count since a year goes on into the sentences that break it down", () => {
    expect(
      periods(
        "Since 1993, eight women have been killed in the city.\n\nOf the eight victims, three were stabbed, the police said.",
        "1998-04-02",
      ).at(-1),
    ).toEqual(["1993-01-01", "1998-04-02"]);
  });

  it("a month ranked within the year told of does not move the story to it", () => {
    expect(
      periods(
        "Heathrow handled a record 83.9 million passengers in 2024.\n\nDecember was its busiest month, with 6.6 million people. Its biggest market carried 22 million passengers.",
        "2025-01-14",
      ),
    ).toEqual([
      ["2024-01-01", "2024-12-31"],
      ["2024-12-01", "2024-12-31"],
      ["2024-01-01", "2024-12-31"],
    ]);
  });

  it("earlier months' figures revised do not move the story to them", () => {
    expect(
      periods(
        "Employers added 119,000 jobs in September.\n\nJob gains for July and August were revised down by a combined 33,000.\n\nAverage hourly pay rose 3.8% from a year earlier.",
        "2025-11-20",
      ),
    ).toEqual([
      ["2025-09-01", "2025-09-30"],
      ["2025-07-01", "2025-08-31"],
      ["2025-09-01", "2025-09-30"],
    ]);
  });

  it("a revised figure for an earlier quarter does not move the story to it", () => {
    expect(
      periods(
        "The economy grew 4.0% in the July-September quarter from a year earlier. The economy expanded a revised 5.5% in the second quarter. Household consumption grew 4.1%.",
        "2025-11-07",
      ),
    ).toEqual([
      ["2025-07-01", "2025-09-30"],
      ["2025-04-01", "2025-06-30"],
      ["2025-07-01", "2025-09-30"],
    ]);
  });

  it.each([
    ["The October jobs report will not be released, the bureau said.", "2025-10-01", "2025-10-31"],
    ["The October inflation figures will be published on Dec 3.", "2025-10-01", "2025-10-31"],
    // must not change: a month still to come, named for what will happen in it
    ["The December meeting will decide on a cut of 25 basis points.", "2025-12-01", "2025-12-31"],
  ])("a month's report still to come is of the month just gone: %s", (text, start, end) => {
    expect(periods(text, "2025-11-20")).toEqual([[start, end]]);
  });

  it("a month that is what was said of is the claim's time: 'said December was its busiest month'", () => {
    expect(
      times("The airport said December was its busiest month, with 6.6 million people.")[0],
    ).toEqual(["2024-12-01", "2024-12-31", "relative"]);
  });

  it("a level said to be now, set against a year long past, is now", () => {
    expect(
      periods(
        "Just 234,000 homes were granted permission in the 12 months to June 2024. The average home now costs 8.3 times earnings, up from 3.5 times in 1997.",
        "2025-01-15",
      ).at(-1),
    ).toEqual(["2025-01-15", "2025-01-15"]);
  });

  it("must not change: 'said on Tuesday' is the time of the saying, not of what was said", () => {
    expect(
      periods(
        "Sales rose 5% in 2024. Profit was $2 million, the bank said on Tuesday.",
        "2025-01-15",
      ).at(-1),
    ).toEqual(["2024-01-01", "2024-12-31"]);
  });
});

describe("years that are not the calendar's", () => {
  it.each([
    // Britain's financial year, where the story counts in pounds and names no company's calendar.
    ["Borrowing is forecast to be £127.5bn this financial year.", "2024-04-01", "2025-03-31"],
    ["Pupils missed 20% of lessons in the last academic year.", "2023-09-01", "2024-08-31"],
    ["Enrolment will rise 2% this school year.", "2024-09-01", "2025-08-31"],
    // Must not change: a company's year told by its end, and a fiscal year in dollars.
    [
      "Nvidia made $17.1 billion in the financial year ending January 2025.",
      "2024-02-01",
      "2025-01-31",
    ],
    ["The agency spent $2 billion this fiscal year.", "2025-01-01", "2025-12-31"],
  ])("%s", (text, start, end) => {
    expectPeriod(text, "2025-01-10", start, end);
  });
});

describe("times ahead in what was announced", () => {
  it.each([
    [
      "The minister announced that 18 new hubs would open from September.",
      "2025-09-01",
      "2025-09-30",
    ],
    ["The firm confirmed that it would cut 200 jobs in March.", "2025-03-01", "2025-03-31"],
    [
      "The government has pledged to recruit 6,500 teachers by the end of this parliament.",
      "2025-01-10",
      "2029-07-08",
    ],
    // A thing named with when it began is background to a sentence that looks ahead …
    [
      "Fuel duty will remain frozen for another 12 months, keeping the 5p cut introduced in 2022.",
      "2025-01-10",
      "2025-01-10",
    ],
    // … but not what is due to begin.
    ["A 10% tax is due to be introduced in 2026.", "2026-01-01", "2026-12-31"],
  ])("%s", (text, start, end) => {
    expectPeriod(text, "2025-01-10", start, end);
  });
});

describe("a relative clause's past", () => {
  it("is not the sentence's: 'Microsoft, which briefly topped $4 trillion last week, is valued at $3.75 trillion' is now", () => {
    expect(
      periods(
        "Nvidia's stock has climbed 22% this year.\n\nMicrosoft, which briefly topped $4 trillion in intraday trading last week, is valued at $3.75 trillion.",
        "2025-07-10",
      ).at(-1),
    ).toEqual(["2025-07-10", "2025-07-10"]);
  });

  it("is not the sentence's however long the clause runs on after the time", () => {
    expectPeriod(
      "The discounter, which overtook Morrisons last year to become Britain's fourth-largest supermarket, now has a 10.9% share of the market.",
      "2025-11-12",
      "2025-11-12",
      "2025-11-12",
    );
  });

  it("must not change: a past main clause keeps its past", () => {
    expect(
      periods(
        "Profit rose 5% in 2024.\n\nNordhaven, which was founded in 1998, carried 3.1 million passengers.",
        "2025-07-10",
      ).at(-1),
    ).toEqual(["2024-01-01", "2024-12-31"]);
  });
});

describe("a move set off beside the subject", () => {
  it.each([
    [
      "Apple shares, down about 17% this year, rose 2% in after-hours trading.",
      "2025-07-31",
      "2025-07-31",
    ],
    [
      "Industrial production, down 0.5% in January from December, is likely to turn positive in February.",
      "2026-02-01",
      "2026-02-28",
    ],
  ])("is background to what the sentence reports: %s", (text, start, end) => {
    expect(periods(text, "2025-07-31")).toEqual([[start, end]]);
  });
});

describe("an opening clause telling how the subject began", () => {
  it.each([
    ["Born in Leeds in 1933, she qualified as a doctor in 1957.", "1957-01-01", "1957-12-31"],
    [
      "Launched in 2018 at a cost of $1.5bn, the probe has now completed 22 orbits.",
      "2025-01-03",
      "2025-01-03",
    ],
    ["Founded in 1998, the firm employs 500 people.", "2025-01-03", "2025-01-03"],
    // Must not change: a fronted time of the claim's own.
    ["In 1968 she was part of the team that carried out 40 bypasses.", "1968-01-01", "1968-12-31"],
  ])("%s", (text, start, end) => {
    expectPeriod(text, "2025-01-03", start, end);
  });

  it("a level named by a month's figure is a baseline: '1% above July's RPI figure'", () => {
    expectPeriod(
      "The increase is 1% above July's retail prices index (RPI) figure of 3.6%.",
      "2025-01-03",
      "2025-01-03",
      "2025-01-03",
    );
  });
});

describe("durations that are no time the story reached", () => {
  it("'16 years before he can be considered' is a term, not sixteen years back", () => {
    expect(
      periods(
        "A boy was sentenced to life on Friday. He must serve at least 16 years before he can be considered for parole, the judge said.",
        "2024-09-16",
      ),
    ).toEqual([
      ["2024-09-13", "2024-09-13"],
      ["2024-09-13", "2024-09-13"],
    ]);
    // Must not change: a shift from the story's time.
    expect(
      periods(
        "The plant closed in March 2020. Two years later, it reopened with 300 staff.",
        "2024-09-16",
      ).at(-1),
    ).toEqual(["2022-03-01", "2022-03-31"]);
  });

  it("'its first full year' is no financial year of the calendar", () => {
    expect(
      periods("It carried 3.1 million passengers in its first full year.", "2024-09-16"),
    ).toEqual([["2024-09-16", "2024-09-16"]]);
    // Must not change: the full year the company last closed.
    expect(periods("Full-year profit rose 8% to $2 billion.", "2024-09-16")).toEqual([
      ["2023-01-01", "2023-12-31"],
    ]);
  });
});

describe("seasons", () => {
  it("'the past three seasons' are the three years to publication, not the story's last period", () => {
    expect(
      periods(
        "Arsenal have not won the league since 2004. They finished second in each of the past three seasons.",
        "2025-01-11",
      ),
    ).toEqual([
      ["2004-01-01", "2025-01-11"],
      ["2022-01-11", "2025-01-11"],
    ]);
    // Must not change: years.
    expect(periods("Prices rose 20% over the past three years.", "2025-01-11")).toEqual([
      ["2022-01-11", "2025-01-11"],
    ]);
  });

  it.each([
    // A season runs July to June: in August the one just ended is last season; in May, the one before.
    [
      "United finished 15th in the Premier League last season.",
      "2025-08-01",
      "2024-07-01",
      "2025-06-30",
    ],
    [
      "United finished 15th in the Premier League last season.",
      "2025-05-10",
      "2023-07-01",
      "2024-06-30",
    ],
    ["He scored 27 goals in the previous season.", "2025-08-01", "2024-07-01", "2025-06-30"],
    ["Season tickets will cost £30 more next season.", "2025-03-01", "2025-07-01", "2026-06-30"],
    // Must not change: "this season" is the present.
    ["He has scored 12 goals this season.", "2025-03-01", "2025-03-01", "2025-03-01"],
  ])("'last season', 'next season': %s (%s)", (text, publishedAt, start, end) => {
    expectPeriod(text, publishedAt, start, end);
  });
});

describe("when a thing was founded", () => {
  it("dates the founding, not what the story tells of the thing next", () => {
    expect(
      periods(
        "Born in Birmingham in 1948, Osbourne co-founded Black Sabbath in 1968. The band sold more than 75 million records worldwide.",
        "2025-07-23",
      ),
    ).toEqual([
      ["1968-01-01", "1968-12-31"],
      ["2025-07-23", "2025-07-23"],
    ]);
  });

  it("must not change: what began in a year goes on in it", () => {
    expect(
      periods(
        "The group began to fall apart in mid-1996 after the defection of a leader. Other commanders, and thousands of guerrillas, followed him.",
        "1998-04-16",
      ).at(-1),
    ).toEqual(["1996-04-01", "1996-09-30"]);
  });
});

describe("decades ago", () => {
  it("must not change: 'more than four decades ago' in what someone did is history, not the claim's year", () => {
    expect(
      periods(
        "Thousands paid tribute to the men who launched the revolution more than four decades ago in a rally on Saturday.",
        "2000-04-03",
      ),
    ).toEqual([["2000-04-01", "2000-04-01"]]);
  });
});

describe("'since' a time named in words", () => {
  it.each([
    ["The Home Office has seized 60,000 knives since last summer.", "2024-06-01", "2025-08-07"],
    ["Ticket prices have risen 7% since last season.", "2024-07-01", "2025-08-07"],
    ["Since Tuesday, the shares have gained nearly 4%.", "2025-08-05", "2025-08-07"],
    ["The fund has seen $161 million flow out since early June.", "2025-06-01", "2025-08-07"],
    [
      "About 1.9 million Syrians have returned home since the fall of the Assad government in December.",
      "2024-12-01",
      "2025-08-07",
    ],
    [
      "Since KKR bought RJR in February, it has agreed to sell $5 billion of assets.",
      "2025-02-01",
      "2025-08-07",
    ],
  ])("runs from it to publication: %s", (text, start, end) => {
    expectPeriod(text, "2025-08-07", start, end);
  });

  it("must not change: a record's 'since' is no time of the claim", () => {
    expect(
      periods("Homicides rose to 570 in 2024, the highest since last decade.", "2025-08-07"),
    ).toEqual([["2024-01-01", "2024-12-31"]]);
  });
});

describe("a company's year shown by its quarters", () => {
  const story =
    "Microsoft reported revenue of $76.4 billion for its fiscal fourth quarter. Azure grew 39% in the quarter ended June 30. For the full fiscal year, Azure surpassed $75 billion in revenue. It expects capital expenditures of $30 billion in the first quarter of fiscal 2026.";

  it("'fiscal fourth quarter' and 'the quarter ended June 30' make a year ending in June", () => {
    expect(periods(story, "2025-07-31").slice(2)).toEqual([
      ["2024-07-01", "2025-06-30"],
      ["2025-07-01", "2025-09-30"],
    ]);
  });

  it("must not change: another company's quarter in a round-up stays the calendar's", () => {
    expect(
      periods(
        "Delta's earnings rose 33% in the fiscal first quarter. For the quarter ended Sept. 30, Delta earned $133 million.\n\nAmerica West reported third-quarter profit of $5.8 million.",
        "1989-10-26",
      ).at(-1),
    ).toEqual(["1989-07-01", "1989-09-30"]);
  });
});

describe("a company's year told after its quarters", () => {
  it("names the quarters the story told before it: 'Micron's fiscal year ends in late August'", () => {
    expect(
      periods(
        "Micron forecast first-quarter revenue of $12.5 billion on Wednesday. Revenue for the fourth quarter rose 46% to $11.32 billion. Micron's fiscal year ends in late August.",
        "2025-09-24",
      ).slice(0, 2),
    ).toEqual([
      ["2025-09-01", "2025-11-30"],
      ["2025-06-01", "2025-08-31"],
    ]);
  });

  it("must not change: with no year end told, a quarter is the calendar's", () => {
    expect(
      periods("Revenue for the fourth quarter rose 46% to $11.32 billion.", "2025-09-24"),
    ).toEqual([["2024-10-01", "2024-12-31"]]);
  });
});

describe("what reported speech looks ahead to", () => {
  it("runs past a long subject and a figure's comma: 'said the cap … would increase by £35 to £1,755 a year between October and December'", () => {
    expect(
      periods(
        "Ofgem said the cap for a typical dual-fuel household paying by direct debit would increase by £35 to £1,755 a year between October and December.",
        "2025-08-02",
      ),
    ).toEqual([["2025-10-01", "2025-12-31"]]);
  });
});

describe("'the previous quarter'", () => {
  it("is the one before the quarter the story named, not before publication", () => {
    expect(
      periods(
        "India's economy grew 7.8% in the April-June quarter. Growth in the previous quarter was 7.4%.",
        "2025-08-29",
      ),
    ).toEqual([
      ["2025-04-01", "2025-06-30"],
      ["2025-01-01", "2025-03-31"],
    ]);
  });

  it("must not change: growth 'over the previous year' is of the year the story reports", () => {
    expect(
      periods(
        "Passengers totalled 4.2 mln last year. Cargo grew 21 pct over the previous year.",
        "1987-03-18",
      ).at(-1),
    ).toEqual(["1986-01-01", "1986-12-31"]);
  });
});

describe("'the previous two months'", () => {
  it("is set against the story's period: the sentence after it is of the month reported", () => {
    expect(
      periods(
        "Employers added 73,000 jobs in July, and hiring in the previous two months was revised down by 258,000. The unemployment rate rose to 4.2% from 4.1% in June.",
        "2025-08-02",
      ).at(-1),
    ).toEqual(["2025-07-01", "2025-07-31"]);
  });
});

describe("a forecast's period", () => {
  it("is not what the plain past after it tells of: the figures reported are the quarter's", () => {
    expect(
      periods(
        "Singapore's economy grew 2.9% in the second quarter. The ministry kept its full-year growth forecast at 1% to 3%. Manufacturing rose 5.2%. Construction grew 4.6%.",
        "2025-08-01",
      ),
    ).toEqual([
      ["2025-04-01", "2025-06-30"],
      ["2025-01-01", "2025-12-31"],
      ["2025-04-01", "2025-06-30"],
      ["2025-04-01", "2025-06-30"],
    ]);
  });

  it("must not change: 'a year earlier' still counts back from it", () => {
    expect(
      periods(
        "Ryanair expects profit of €1.5 billion in the year to March 2025. It made €512 million a year earlier.",
        "2024-09-17",
      ),
    ).toEqual([
      ["2024-04-01", "2025-03-31"],
      ["2023-04-01", "2024-03-31"],
    ]);
  });
});

describe("a closing clause that ranks what the sentence reports", () => {
  it.each([
    "Typhoon Kalmaegi killed at least 188 people, making it the deadliest storm to hit the country this year.",
    "Exports grew 12%, the fastest pace this year.",
    "The index fell 3.1%, its biggest one-day drop since 2020.",
    "Attendance reached 41,000, a club record for a league match since the ground opened in 1994.",
  ])("names the span it ranks within, not when it happened: %s", (text) => {
    expect(times(text)).toEqual([["2025-01-15", "2025-01-15", "publication"]]);
  });

  it.each([
    ["Sales fell 5% in March, the biggest drop since 2008.", ["2024-03-01", "2024-03-31"]],
    ["Exports grew 12% in 2024, the fastest pace in a decade.", ["2024-01-01", "2024-12-31"]],
    // Not a ranking: a closing clause that dates the fact.
    ["Sales rose 5%, the company's results for 2024 showed.", ["2024-01-01", "2024-12-31"]],
    ["Prices rose 4%, the second rise in 2024.", ["2024-01-01", "2024-12-31"]],
  ])("must not change: the time the sentence states outside it: %s", (text, period) => {
    expect(times(text)[0]!.slice(0, 2)).toEqual(period);
  });
});

describe("parts of a month", () => {
  it.each([
    ["Exports rose 9.2% in the first 25 days of November.", "2025-11-01", "2025-11-25"],
    ["Exports rose 9.2% in the first 20 days of the month.", "2025-11-01", "2025-11-20"],
    ["Output fell in the last 10 days of March.", "2025-03-22", "2025-03-31"],
    ["Sales rose in the first two weeks of May.", "2025-05-01", "2025-05-14"],
    ["Sales rose in the first half of November.", "2025-11-01", "2025-11-15"],
    ["Sales rose in the second half of October 2024.", "2024-10-16", "2024-10-31"],
    ["Sales will rise in the second half of December.", "2025-12-16", "2025-12-31"],
  ])("%s → %s..%s", (text, start, end) => {
    expectPeriod(text, "2025-11-28", start, end);
  });

  it.each([
    ["Sales rose 8% in the first half.", "2025-01-01", "2025-06-30"],
    ["Profit fell in the first six months of the year.", "2025-01-01", "2025-06-30"],
    ["Exports rose in November.", "2025-11-01", "2025-11-30"],
  ])("must not change: a half of the year, and a month whole: %s", (text, start, end) => {
    expectPeriod(text, "2025-11-28", start, end);
  });
});

describe("when a record measured against was set", () => {
  it("is background to the sentence that beats it", () => {
    expect(
      times(
        "Ruth Chepngetich won in Chicago on Sunday. She took almost two minutes off the previous mark of 2:11:53, set by Tigst Assefa in Berlin last year.",
      ),
    ).toEqual([
      ["2025-01-12", "2025-01-12", "relative"],
      ["2025-01-12", "2025-01-12", "inherited"],
    ]);
  });

  it("is background when written without a comma, and a figure's comma does not hide it", () => {
    expect(
      times(
        "Bitcoin was down 3.1% at $89,450, about 29% below its record high of $126,272 set on Oct. 6.",
      ),
    ).toEqual([["2025-01-15", "2025-01-15", "publication"]]);
  });

  it("must not change: a record set at a time the sentence reports", () => {
    expect(times("Tigst Assefa set a record of 2:11:53 in Berlin last year.")).toEqual([
      ["2024-01-01", "2024-12-31", "relative"],
    ]);
  });
});

describe("a trading session", () => {
  const story = (line: string) => `Exports during Nov. 1-25 were 1.21 million tonnes.\n\n${line}`;
  it.each([
    "Palm oil futures gained 41 ringgit, or 0.9%, to 4,512 ringgit a tonne by the midday break.",
    "Brent crude fell 1.2% to $62.10 a barrel in early Asian trade.",
    "The contract was down 0.5% at the close.",
    "Bitcoin was down 3.1% at $89,450 by 1430 GMT.",
  ])("is the story's day, not the period the paragraph before named: %s", (line) => {
    expect(periods(story(line), "2025-11-28").at(-1)).toEqual(["2025-11-28", "2025-11-28"]);
  });

  it("must not change: the close of a year is that year", () => {
    expect(periods("Sales rose 5% at the close of 2024.", "2025-11-28")).toEqual([
      ["2024-01-01", "2024-12-31"],
    ]);
  });
});

describe("a half of a match", () => {
  it.each([
    "Erling Haaland scored twice in the first half, taking his tally to 14 goals.",
    "City were 2-0 up at the end of the first half.",
    "Foden netted the opener in the second half.",
  ])("is no half of the year: %s", (text) => {
    expect(times(text)).toEqual([["2025-01-15", "2025-01-15", "publication"]]);
  });

  it.each([
    ["Profit was up 4% in the first half.", "2025-01-01"],
    ["Operating profit led growth in the first half.", "2025-01-01"],
    ["The company booked revenue of $2 billion in the second half.", "2024-07-01"],
  ])("must not change: a company's half: %s", (text, start) => {
    expect(times(text)[0]![0]).toBe(start);
  });
});

describe("two years that follow each other", () => {
  it.each([
    ["Amazon shed 27,000 jobs across 2022 and 2023.", "2022-01-01", "2023-12-31"],
    ["During 1988 and 1989, costs will fall 4%.", "1988-01-01", "1989-12-31"],
  ])("are one span: %s", (text, start, end) => {
    expectPeriod(text, "2025-11-26", start, end);
  });

  it.each([
    ["Sales rose 4% in 2019 and 2023.", "2019-01-01", "2019-12-31"],
    ["Sales rose 4% between 2022 and 2023.", "2022-01-01", "2023-12-31"],
  ])("must not change: years apart, and a span written out: %s", (text, start, end) => {
    expectPeriod(text, "2025-11-26", start, end);
  });
});

describe("'cut' in the past", () => {
  it("a cut made, in a sentence that also looks ahead, is of the month gone", () => {
    expect(
      periods(
        "The central bank cut its benchmark rate by 50 basis points to 27% in September, its first cut in five years, and is due to meet again on Nov. 24-25.",
        "2025-11-17",
      )[0],
    ).toEqual(["2025-09-01", "2025-09-30"]);
  });

  it.each([
    ["The bank will cut its rate to 4% in March.", "2026-03-01"],
    ["A rate cut in September is likely to follow, with rates at 4%.", "2026-09-01"],
  ])("must not change: a cut still to come: %s", (text, start) => {
    expect(periods(text, "2025-11-17")[0]![0]).toBe(start);
  });
});

describe("'now' in a part, and the year a deadline names", () => {
  it("a part that says 'now' is about publication, whatever the rest looks ahead to", () => {
    expect(
      times(
        "The company now employs 128,000 people, and it plans to cut 7,500 jobs by the end of 2026.",
      ),
    ).toEqual([
      ["2025-01-15", "2025-01-15", "publication"],
      ["2025-01-15", "2026-12-31", "explicit"],
    ]);
  });

  it("a market's close beside another part's time is the story's day", () => {
    expect(
      times("Its shares closed up 1.9% before the results, and have gained 4% this year."),
    ).toEqual([
      ["2025-01-15", "2025-01-15", "publication"],
      // Told in the present perfect, this year runs to now.
      ["2025-01-01", "2025-01-15", "relative"],
    ]);
  });

  it("'that year' points back to the year a deadline names", () => {
    expect(
      times(
        "Unilever plans to cut 7,500 jobs by the end of 2026. That year, it expects margins of at least 18%.",
      )[1],
    ).toEqual(["2026-01-01", "2026-12-31", "inherited"]);
  });

  it("must not change: a deadline is not where the story's next sentence is", () => {
    expect(
      times("Unilever plans to cut 7,500 jobs by 2026. Profit rose 5% to €2 billion.")[1],
    ).toEqual(["2025-01-15", "2025-01-15", "publication"]);
  });
});
