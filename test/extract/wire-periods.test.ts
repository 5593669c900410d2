// Periods in results and statistics stories as the wires and papers write them: a company's halves of a
// named financial year, a forecast's period, a guidance revised on a named day, a figure set against one
// recorded years before, and a share move after a paragraph on the results.
import { describe, expect, it } from "vitest";
import { extractClaims } from "../../src/extract/index.js";

// Published on Thursday 27 November 2025.
const PUBLISHED = "2025-11-27";
const DAY = [PUBLISHED, PUBLISHED];
const periods = (...paragraphs: string[]) =>
  extractClaims({ text: paragraphs.join("\n\n"), publishedAt: PUBLISHED }).claims.map((c) => [
    c.time?.start,
    c.time?.end,
  ]);
const periodOf = (text: string) => {
  const all = periods(text);
  expect(all).toHaveLength(1);
  return all[0];
};
// A company whose financial year runs July to June, as Australia's mostly do.
const JUNE_YEAR = "Qantas, whose financial year runs to June 30, carried 14 million passengers.";
const inJuneYear = (text: string) => periods(JUNE_YEAR, text).at(-1);

describe("a half or a quarter of a named financial year, as the company counts it", () => {
  it.each([
    [
      "Profit will rise 5% in the first half of the 2026 financial year.",
      "2025-07-01",
      "2025-12-31",
    ],
    ["Profit rose 5% in the first half of the 2025 fiscal year.", "2024-07-01", "2024-12-31"],
    ["Profit will rise 5% in the second half of fiscal 2026.", "2026-01-01", "2026-06-30"],
    ["Profit rose 5% in the third quarter of the 2025 fiscal year.", "2025-01-01", "2025-03-31"],
  ])("%s", (text, start, end) => {
    expect(inJuneYear(text)).toEqual([start, end]);
  });

  it.each([
    "Chief Executive Vanessa Hudson said capacity would grow 3% in the second half.",
    "Capacity will grow 3% in the second half.",
  ])("a half told as still ahead is the next one when this one is over: %s", (text) => {
    expect(inJuneYear(text)).toEqual(["2026-01-01", "2026-06-30"]);
  });

  it.each([
    // The calendar's, with no company year told.
    ["Profit rose 5% in the first half of 2025.", "2025-01-01", "2025-06-30"],
    ["Profit rose 5% in the third quarter of 2025.", "2025-07-01", "2025-09-30"],
  ])("must not change: %s", (text, start, end) => {
    expect(inJuneYear(text)).toEqual([start, end]);
  });

  it("must not change: with no year end told, a named half is the calendar's", () => {
    expect(periodOf("Profit rose 5% in the first half of fiscal 2025.")).toEqual([
      "2025-01-01",
      "2025-06-30",
    ]);
  });
});

describe("a forecast is for a period not yet over", () => {
  it.each([
    [
      "Qantas forecast profit of A$1.2 billion for the six months to December.",
      "2025-07-01",
      "2025-12-31",
    ],
    [
      "Qantas had previously forecast pre-tax profit of A$1.2 billion to A$1.3 billion for the six months to December.",
      "2025-07-01",
      "2025-12-31",
    ],
    ["Tesco forecast profit of £1.2 billion for the year to February.", "2025-03-01", "2026-02-28"],
  ])("%s", (text, start, end) => {
    expect(periodOf(text)).toEqual([start, end]);
  });

  it.each([
    ["Tesco made a profit of £1.2 billion for the year to February.", "2024-03-01", "2025-02-28"],
    [
      "Tesco had expected profit of £1.2 billion for the year ended February.",
      "2024-03-01",
      "2025-02-28",
    ],
  ])("must not change: a result, or a year told as ended — %s", (text, start, end) => {
    expect(periodOf(text)).toEqual([start, end]);
  });
});

describe("a forecast revised on a named day is of the period it is for", () => {
  it.each([
    "Qantas Airways on Thursday raised its profit guidance for the first half of 2026 to between A$1.3 billion and A$1.4 billion.",
    "SYDNEY, Nov 27 (Reuters) - Qantas Airways on Thursday raised its profit guidance for the first half of 2026 to A$1.4 billion.",
    "Tesco on Thursday lowered its sales forecast for the first half of 2026 to £31 billion.",
  ])("%s", (text) => {
    expect(periodOf(text)).toEqual(["2026-01-01", "2026-06-30"]);
  });

  it("must not change: what was done that day is of that day", () => {
    expect(periodOf("Tesco on Wednesday raised prices by 5%.")).toEqual([
      "2025-11-26",
      "2025-11-26",
    ]);
  });
});

describe("a figure set against one recorded long before", () => {
  it("is the story's figure, of the story's period", () => {
    expect(
      periods(
        "There were 53,500 knife offences in the 12 months to the end of June, the ONS said.",
        "That is still 4 per cent above the 51,400 recorded in the year ending March 2020.",
      ),
    ).toEqual([
      ["2024-07-01", "2025-06-30"],
      ["2024-07-01", "2025-06-30"],
    ]);
  });

  it.each([
    "Sales are 4 per cent above the 51,400 recorded in the year ending March 2020.",
    "Visitors fell to 2 million, below the 2.1 million seen in 2019.",
    "US emissions are set to increase by 1.9 per cent, reversing last year's decline.",
  ])("alone, is of publication: %s", (text) => {
    expect(periodOf(text)).toEqual(DAY);
  });

  it.each([
    ["Unemployment stayed below 4% in 2023.", "2023-01-01", "2023-12-31"],
    ["Emissions fell 2% last year, reversing a decade of growth.", "2024-01-01", "2024-12-31"],
  ])("must not change: %s", (text, start, end) => {
    expect(periodOf(text)).toEqual([start, end]);
  });
});

describe("a share move after a paragraph on the results is the day's trading", () => {
  const RESULTS = "Qantas made a profit of A$1.4 billion in the six months to December 2024.";
  it.each([
    "Qantas shares jumped as much as 6.2% to A$11.40.",
    "Shares in the airline fell 3% to A$10.20.",
    "Analysts at Jefferies lifted their price target to A$12.50.",
  ])("%s", (text) => {
    expect(periods(RESULTS, text).at(-1)).toEqual(DAY);
  });

  it.each([
    ["Revenue rose 5% to A$12 billion.", "2024-07-01", "2024-12-31"],
    ["Shares fell 12% in the third quarter of 2025.", "2025-07-01", "2025-09-30"],
  ])("must not change: %s", (text, start, end) => {
    expect(periods(RESULTS, text).at(-1)).toEqual([start, end]);
  });
});

describe("a compound telling how a figure came about names no one", () => {
  const subjectOf = (text: string) =>
    extractClaims({ text, publishedAt: PUBLISHED }).claims[0]?.subject;
  it.each([
    "Police-recorded knife crime fell by 9 per cent in the year to June.",
    "State-owned lenders cut rates by 0.5 per cent.",
  ])("%s", (text) => {
    expect(subjectOf(text)).toBeNull();
  });

  it("must not change: a name that does", () => {
    expect(subjectOf("Thames Valley Police recorded 1,200 offences in June.")).toBe(
      "Thames Valley Police",
    );
  });
});

describe("when a thing began, in a clause of its own, is background to what it has done by now", () => {
  it.each([
    "An outbreak that began in January has sickened more than 760 people.",
    "Three people have died in Texas, where an outbreak that began in January has sickened 760 people.",
    "The strike that began in March has cost the firm $40 million.",
  ])("%s", (text) => {
    expect(periodOf(text)).toEqual(DAY);
  });

  it("must not change: what it did then is of then", () => {
    expect(periodOf("An outbreak that began in January sickened 760 people.")).toEqual([
      "2025-01-01",
      "2025-01-31",
    ]);
  });
});

describe("a modal's passive is no past tense", () => {
  it.each([
    "That status could be lost if 12 more cases are reported until January 20.",
    "The rule could be delayed for 30 days until January 20.",
  ])("a day it names is still ahead: %s", (text) => {
    expect(periodOf(text)).toEqual(["2026-01-20", "2026-01-20"]);
  });

  it("must not change: a past verb keeps the day gone", () => {
    expect(periodOf("He lost 12 seats on January 20.")).toEqual(["2025-01-20", "2025-01-20"]);
  });
});

describe("days from one to another of a month", () => {
  it.each([
    [
      "Petrol prices for the week from Dec 4 to 10 will remain unchanged, with RON97 at RM3.18 a litre.",
      "2025-12-04",
      "2025-12-10",
    ],
    [
      "The festival runs from 13 to 19 December and expects 40,000 visitors.",
      "2025-12-13",
      "2025-12-19",
    ],
    ["Prices rose 3% between Nov 3 and 19.", "2025-11-03", "2025-11-19"],
  ])("%s", (text, start, end) => {
    expect(periodOf(text)).toEqual([start, end]);
  });

  it("keeps the second day out of the figures", () => {
    const [claim] = extractClaims({
      text: "Petrol prices for the week from Dec 4 to 10 will remain unchanged, with RON97 at RM3.18 a litre.",
      publishedAt: PUBLISHED,
    }).claims;
    expect(claim!.quantities.map((q) => q.text)).toEqual(["RM3.18"]);
  });

  it.each([
    ["Sales rose 3% on Nov 13 and 19% on Nov 14.", "2025-11-13", "2025-11-13"],
    ["Sales on Nov 13 to 19 million customers rose 4%.", "2025-11-13", "2025-11-13"],
  ])("must not change: %s", (text, start, end) => {
    expect(periodOf(text)).toEqual([start, end]);
  });
});

describe("two days of the week in a row", () => {
  // Published on Thursday 27 November 2025.
  it.each([
    ["Capel Curig recorded 154.6mm of rain on Saturday and Sunday.", "2025-11-22", "2025-11-23"],
    [
      "The survey of 2,124 adults, carried out on Sunday and Monday, put Reform on 29%.",
      "2025-11-23",
      "2025-11-24",
    ],
  ])("are one span: %s", (text, start, end) => {
    expect(periodOf(text)).toEqual([start, end]);
  });

  it("must not change: two days apart are each their own", () => {
    expect(periodOf("Talks were held on Monday and Wednesday, and 40 delegates attended.")).toEqual(
      ["2025-11-24", "2025-11-24"],
    );
  });
});

describe("a market quote is no year", () => {
  it("'4.1850/1900' is the bid and offer, not 1900", () => {
    expect(
      periodOf(
        "The ringgit appreciated 0.6 per cent to close at 4.1850/1900 against the greenback on Friday.",
      ),
    ).toEqual(["2025-11-21", "2025-11-21"]);
  });

  it("must not change: a year after a year", () => {
    expect(periodOf("Sales rose 5% in 2023/2024.")).toEqual(["2024-01-01", "2024-12-31"]);
  });
});

describe("how a business was born of another is background", () => {
  it.each([
    "The commercial vehicle business, which was demerged in October, posted revenue of Rs 18,431 crore, up 9 per cent.",
    "The unit, which was spun off in March, made a profit of $40 million.",
  ])("%s", (text) => {
    expect(periodOf(text)).toEqual(DAY);
  });

  it("must not change: a listing told as what happened", () => {
    expect(periodOf("The company was listed in March at $40 a share.")).toEqual([
      "2025-03-01",
      "2025-03-31",
    ]);
  });
});

describe("a year named by the month it ends in", () => {
  it.each([
    [
      'The net loss of 47,100 citizens was "the largest on record for a September year".',
      "2024-10-01",
      "2025-09-30",
    ],
    ["Exports rose 4% in the June 2025 year.", "2024-07-01", "2025-06-30"],
  ])("%s", (text, start, end) => {
    expect(periodOf(text)).toEqual([start, end]);
  });

  it("must not change: a year-end is a month's", () => {
    expect(periodOf("Exports rose 4% in the March year-end accounts.")).toEqual([
      "2025-03-01",
      "2025-03-31",
    ]);
  });
});

describe("a span running to now is no period the next sentences tell of", () => {
  it("the next past sentence is of its own day", () => {
    expect(
      periods(
        "The HSE said it had opened 1,150 additional beds since 2020. The minister urged people to get vaccinated.",
      ),
    ).toEqual([["2020-01-01", PUBLISHED], DAY]);
  });

  it("must not change: a span that ended still dates the sentence after it", () => {
    expect(
      periods("Revenue was $5 billion in 2019. Profit at the company rose 3%.").at(-1),
    ).toEqual(["2019-01-01", "2019-12-31"]);
  });
});

describe("a company's year told by a quarter's end", () => {
  const NVIDIA = [
    "Nvidia forecast fourth-quarter revenue above estimates on Wednesday.",
    "Revenue for the third quarter ended Oct. 26 rose 62% to $57.01 billion.",
  ];
  const at = (line: string) =>
    extractClaims({ text: [...NVIDIA, line].join("\n\n"), publishedAt: "2025-11-19" }).claims.map(
      (c) => [c.time?.start, c.time?.end],
    );

  it("its fourth quarter is November to January, its fiscal 2026 February to January", () => {
    expect(
      at(
        "The company returned $12.7 billion to shareholders in the first nine months of fiscal 2026.",
      ),
    ).toEqual([
      ["2025-11-01", "2026-01-31"],
      ["2025-07-27", "2025-10-26"],
      ["2025-02-01", "2025-10-31"],
    ]);
  });

  it("must not change: quarters ending where the calendar's do leave the calendar", () => {
    expect(
      periods(
        "Revenue for the second quarter ended June 30 rose 5% to $2 billion.",
        "The company expects fourth-quarter revenue of $2.4 billion.",
      ),
    ).toEqual([
      ["2025-04-01", "2025-06-30"],
      ["2025-10-01", "2025-12-31"],
    ]);
  });

  it("a year ending in January looked ahead to, already over, is the one named for its start", () => {
    expect(
      extractClaims({
        text: "U.S. Shoe reported that earnings dropped 61 pct for the year ended January 31. It expects capital outlays in fiscal 1987 to exceed 165 mln dlrs.",
        publishedAt: "1987-03-25",
      }).claims.map((c) => [c.time?.start, c.time?.end])[1],
    ).toEqual(["1987-02-01", "1988-01-31"]);
  });
});

describe("a total to the end of a month", () => {
  it.each([
    [
      "Tax revenues of €84.1 billion were collected to the end of October, up 14.8 per cent.",
      "2025-01-01",
      "2025-10-31",
    ],
    ["Sales to the end of October totalled $4 billion.", "2025-01-01", "2025-10-31"],
    ["Prices will stay frozen at $4 a litre to the end of December.", PUBLISHED, "2025-12-31"],
  ])("%s", (text, start, end) => {
    expect(periodOf(text)).toEqual([start, end]);
  });

  it("must not change: a year to the end of a month is that year", () => {
    expect(periodOf("Rents rose 5% in the year to the end of September.")).toEqual([
      "2024-10-01",
      "2025-09-30",
    ]);
  });
});

describe("the ones before a rank in a count", () => {
  it("are background to it", () => {
    const [claim] = extractClaims({
      text: "It is the third named storm of the season, after Amy in October and Benjamin earlier this month.",
      publishedAt: PUBLISHED,
    }).claims;
    expect([claim!.subject, claim!.time?.start, claim!.time?.end]).toEqual([
      null,
      PUBLISHED,
      PUBLISHED,
    ]);
  });

  it("must not change: what came after something else is of its own time", () => {
    expect(periodOf("Storm Amy hit 20,000 homes in October, after a dry summer.")).toEqual([
      "2025-10-01",
      "2025-10-31",
    ]);
  });
});

describe("a half of a financial year written 'FY'", () => {
  it.each([
    ["For the first half of FY26, the economy grew 8 per cent.", "2025-04-01", "2025-09-30"],
    ["Profit rose 5% in H2 FY25.", "2024-10-01", "2025-03-31"],
    // Told in Australian dollars, the year runs July to June.
    ["Qantas made a profit of A$1.4 billion in H1 FY25.", "2024-07-01", "2024-12-31"],
  ])("%s", (text, start, end) => {
    expect(periodOf(text)).toEqual([start, end]);
  });

  it("is no subject", () => {
    const [claim] = extractClaims({
      text: "For the first half of FY26, the economy grew 8 per cent.",
      publishedAt: PUBLISHED,
    }).claims;
    expect(claim!.subject).toBeNull();
  });
});

describe("a split year in a story whose year ends in another month", () => {
  it.each([
    // Told in Australian dollars, "2025-26" runs July to June.
    [
      "Farm production is forecast at A$91 billion in 2025-26, down from A$94 billion.",
      "2025-07-01",
      "2026-06-30",
    ],
    // A company whose year ends in August: its "2024-25" ends in August 2025.
    [
      "Micron's fiscal year ends in late August. Revenue reached $37 billion in 2024-25.",
      "2024-09-01",
      "2025-08-31",
    ],
  ])("%s", (text, start, end) => {
    expect(periods(text).at(-1)).toEqual([start, end]);
  });

  it.each([
    ["Revenue rose to £612m in the 2024-25 financial year.", "2024-04-01", "2025-03-31"],
    ["Exports rose 4% in 1987/88.", "1987-04-01", "1988-03-31"],
  ])("must not change: otherwise April to March: %s", (text, start, end) => {
    expect(periodOf(text)).toEqual([start, end]);
  });
});

describe("what had happened before the story's period", () => {
  it("does not move the story to its period", () => {
    expect(
      periods(
        "India's economy grew 8.2 per cent in the July-September quarter. Economists had expected 7.3 per cent.",
        "The economy had expanded 7.8 per cent in the April-June quarter.",
        "Gross value added rose 8.1 per cent.",
      ).at(-1),
    ).not.toEqual(["2025-04-01", "2025-06-30"]);
  });

  it("must not change: a change told in the past moves the story", () => {
    expect(
      periods(
        "India's economy grew 8.2 per cent in the July-September quarter.",
        "The economy expanded 7.8 per cent in the April-June quarter.",
        "Gross value added rose 8.1 per cent.",
      ).at(-1),
    ).toEqual(["2025-04-01", "2025-06-30"]);
  });
});

describe("a budget story as Malaysian papers write it", () => {
  it("the day a speaker tabled the figures, restated in brackets, is the saying's", () => {
    const [claim] = extractClaims({
      text: "Of the amount, RM338.2bil is for operating expenditure, he said when tabling the budget in the Dewan Rakyat on Friday (Oct 10).",
      publishedAt: "2025-10-11",
    }).claims;
    expect([claim!.time?.basis, claim!.subject]).toEqual(["publication", null]);
  });

  it("a level set before, in an aside, does not date what will be done", () => {
    expect(
      extractClaims({
        text: "The minimum wage, raised to RM1,700 in February this year, will be reviewed in 2026.",
        publishedAt: "2025-10-11",
      }).claims.map((c) => [c.time?.start, c.time?.end]),
    ).toEqual([["2026-01-01", "2026-12-31"]]);
  });

  it("must not change: a raise told as what happened is of its month", () => {
    expect(
      extractClaims({
        text: "The minimum wage was raised to RM1,700 in February.",
        publishedAt: "2025-10-11",
      }).claims.map((c) => [c.time?.start, c.time?.end]),
    ).toEqual([["2025-02-01", "2025-02-28"]]);
  });
});

describe("when a run a sentence sums up began", () => {
  it("is background to the run", () => {
    expect(
      periodOf(
        "England had won their previous nine tests, a run that began with a 33-31 loss to New Zealand in Auckland in July 2024.",
      ),
    ).toEqual(DAY);
  });

  it("must not change: a streak's start told as what happened", () => {
    expect(periodOf("The streak began in July 2024 with 9 wins.")).toEqual([
      "2024-07-01",
      "2024-07-31",
    ]);
  });
});
