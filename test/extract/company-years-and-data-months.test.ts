// Periods, claimants, subjects and units in airline, housing, harvest, carmaker and health stories the
// extractor had not seen: a company's quarter told beside its months sets its year; a forecast's full year
// is the one under way; a month inside what a modal tells of is ahead; a month's figures still to come are
// of the month gone; a figure is no speaker; shares trading somewhere are not about that place.
import { describe, expect, it } from "vitest";
import { extractClaims } from "../../src/extract/index.js";

const claims = (text: string, publishedAt: string) => extractClaims({ text, publishedAt }).claims;
const periods = (text: string, publishedAt: string) =>
  claims(text, publishedAt).map((c) => [c.time?.start, c.time?.end]);

describe("a company's quarter told beside the three months it ran", () => {
  const story = (second: string) =>
    `Ryanair reported a 46% fall in profits for the three months to the end of June.\n\n${second}`;

  it("is those months, and its later quarters and full year are that company's year", () => {
    const text = story(
      "Profit after tax fell to €360m in its first quarter, from €663m a year earlier. The airline said it still expected full-year costs per passenger to rise by about 4%.",
    );
    expect(periods(text, "2024-07-22")).toEqual([
      ["2024-04-01", "2024-06-30"],
      ["2024-04-01", "2024-06-30"],
      ["2024-04-01", "2025-03-31"],
    ]);
  });

  it("must not change: a calendar quarter set beside three months of an economy stays the calendar's", () => {
    const text =
      "The economy grew 0.6% in the three months to June, after 0.7% in the first quarter, the ONS said.";
    expect(periods(text, "2024-08-15")).toEqual([["2024-04-01", "2024-06-30"]]);
    expect(
      periods("GDP grew 0.7% in the first quarter, the ONS said on Thursday.", "2024-08-15"),
    ).toEqual([["2024-01-01", "2024-03-31"]]);
  });
});

describe("a full year a forecast is of", () => {
  it.each([
    "The airline said it still expected full-year costs per passenger to rise by about 4%.",
    "The retailer expects full-year profit of £2.9 billion.",
    "It forecast full-year sales growth of 3% to 4%.",
  ])("is the year under way: %s", (s) => {
    expect(periods(s, "2024-07-22")).toEqual([["2024-01-01", "2024-12-31"]]);
  });

  it.each([
    "Full-year profit rose 5% to £2.9 billion.",
    "The company saw full-year sales fall 4%.",
  ])("must not change: a full year told as done is the last: %s", (s) => {
    expect(periods(s, "2024-07-22")).toEqual([["2023-01-01", "2023-12-31"]]);
  });
});

describe("a month inside what a modal tells of", () => {
  it.each([
    "Some analysts warned the rise in stamp duty for first-time buyers from April could cool demand by 5%.",
    "Analysts said the tax rise in April would cut sales by 2%.",
  ])("is ahead, though the saying is past: %s", (s) => {
    expect(periods(s, "2024-11-29")).toEqual([["2025-04-01", "2025-04-30"]]);
  });

  it.each([
    ["Sales fell 3% in April, and analysts said May would be worse.", "2024-04-01"],
    ["Sales in April could have been 3% higher, the company said.", "2024-04-01"],
  ])("must not change: a month told as past stays past: %s", (s, start) => {
    expect(periods(s, "2024-05-05")[0]![0]).toBe(start);
  });
});

describe("the figures for a month, still to come", () => {
  it.each([
    "The figures for April will be published next week and are expected to show a 3% rise.",
    "Data for April will show a 3% rise, analysts said.",
  ])("are of the month just gone: %s", (s) => {
    expect(periods(s, "2024-05-05")[0]).toEqual(["2024-04-01", "2024-04-30"]);
  });

  it("must not change: a month's event still to come is the next one", () => {
    expect(periods("The tax will rise by 2% in April.", "2024-05-05")).toEqual([
      ["2025-04-01", "2025-04-30"],
    ]);
  });
});

describe("first-time buyers", () => {
  it("are no ranking", () => {
    const [c] = claims(
      "The stamp duty threshold for first-time buyers will fall to £300,000 from £425,000.",
      "2024-11-29",
    );
    expect(c!.kind).not.toBe("ranking");
  });

  it("must not change: the first company to do something ranks", () => {
    const [c] = claims("Tesla became the first carmaker to sell cars in space.", "2025-07-10");
    expect(c!.kind).toBe("ranking");
  });
});

describe("a figure before a verb of saying", () => {
  it.each([
    "Europe recorded 127,350 measles cases in 2024, double the number reported the year before, the World Health Organization said on Thursday.",
    "Europe recorded 127,350 measles cases in 2024, above the total recorded in 2019, the World Health Organization said on Thursday.",
  ])("is no speaker: %s", (s) => {
    expect(claims(s, "2025-03-13")[0]!.claimant).toBe("the World Health Organization");
  });

  it("must not change: a body before its verb speaks", () => {
    expect(
      claims("The number of cases doubled to 4,000, the agency reported.", "2025-03-13")[0]!
        .claimant,
    ).toBe("the agency");
  });
});

describe("a consensus compiled by a data firm", () => {
  it("is the firm's, its whole name", () => {
    const [c] = claims(
      "The figure was well short of the 449,080 vehicles analysts had expected, according to a consensus compiled by Visible Alpha.",
      "2024-04-02",
    );
    expect(c!.claimant).toBe("Visible Alpha");
  });
});

describe("a comparative opening the sentence", () => {
  it.each([
    "Lower grain prices are a blow to farm incomes, which will fall 25.5% this year.",
    "Higher interest rates cut sales by 5% in 2023.",
    "Weaker demand pushed profit down 12% to $3 billion.",
  ])("is no subject: %s", (s) => {
    expect(claims(s, "2024-08-16")[0]!.subject).toBeNull();
  });

  it("must not change: inside a name it is the name", () => {
    expect(claims("Lower Manhattan rents rose 5% in 2023.", "2024-08-16")[0]!.subject).toBe(
      "Lower Manhattan",
    );
  });
});

describe("a company's shares moving somewhere", () => {
  it.each([
    "Its shares, which have lost about a third of their value this year, fell 4.9% to $166.63 in New York.",
    "Shares fell 13% in Dublin on Monday morning.",
  ])("are not about the place they trade: %s", (s) => {
    expect(claims(s, "2024-04-02")[0]!.subject).toBeNull();
  });

  it.each([
    ["Shares in Tesla fell 5% in New York.", "Tesla"],
    ["Shares of BP rose 2% in London.", "BP"],
  ])("must not change: the company named is: %s", (s, subject) => {
    expect(claims(s, "2024-04-02")[0]!.subject).toBe(subject);
  });
});

describe("units", () => {
  it("a shortened 'tons' after metric tons is metric", () => {
    const [c] = claims(
      "Russia is expected to harvest 91.5 million metric tons of wheat this season, up from an earlier estimate of 89.6 million tons.",
      "2024-08-16",
    );
    expect(c!.quantities.map((q) => q.unit)).toEqual(["tonne", "tonne"]);
  });

  it("must not change: tons alone are tons", () => {
    const [c] = claims("The US shipped 89.6 million tons of coal in 2023.", "2024-08-16");
    expect(c!.quantities[0]!.unit).toBe("ton");
  });

  it.each([
    ["Residents who use more than 10.5 kilolitres a month pay more.", "kl/month", 10.5],
    ["The dams hold 480,000 megalitres.", "Ml", 480_000],
  ])("water is measured in kilolitres and megalitres: %s", (s, unit, value) => {
    const [q] = claims(s, "2024-08-05")[0]!.quantities;
    expect([q!.type, q!.unit, q!.value]).toEqual(["measure", unit, value]);
  });
});

describe("a company's year ending in May", () => {
  const STORY =
    "Oracle said revenue rose 7% in the fiscal first quarter, which ended Aug. 31.\n\nOracle now expects revenue of $104 billion in fiscal 2029.";

  it("names its fiscal years by the year they end in", () => {
    expect(periods(STORY, "2024-09-10").at(-1)).toEqual(["2028-06-01", "2029-05-31"]);
  });

  it("must not change: a year ending in March is the calendar's, unless written FY", () => {
    const story =
      "Tata said revenue rose 7% in the fiscal first quarter, which ended June 30.\n\nTata expects revenue of $40 billion in fiscal 2029.";
    expect(periods(story, "2024-07-10").at(-1)).toEqual(["2029-01-01", "2029-12-31"]);
  });
});

describe("a year-earlier figure told with its amount a share", () => {
  const STORY = (s: string) =>
    `Oracle said revenue rose 7% in the fiscal first quarter, which ended Aug. 31.\n\n${s}`;

  it.each([
    "Net income for the quarter rose to $2.93 billion, or $1.03 per share, from $2.42 billion, or 86 cents per share, a year earlier.",
    "The company earned $2.93 billion, or $1.03 a share, compared with $2.42 billion, or 86 cents a share, a year earlier.",
  ])("is a baseline: the claim is of the quarter: %s", (s) => {
    expect(periods(STORY(s), "2024-09-10").at(-1)).toEqual(["2024-06-01", "2024-08-31"]);
  });

  it("must not change: without the amount a share too", () => {
    const s = "Net income rose to $2.93 billion from $2.42 billion a year earlier.";
    expect(periods(STORY(s), "2024-09-10").at(-1)).toEqual(["2024-06-01", "2024-08-31"]);
  });
});

describe("'the nine months' of a results story", () => {
  const QUARTER = "Du Pont said third-quarter net rose 10% to $500 million.";

  it.each([
    "For the nine months, Du Pont earned $2 billion, or $8.46 a share, up 18%.",
    "In the nine months, net rose 4.3% to $525.8 million from $504.2 million last year.",
    "Net for the nine months was $254 million, up 56% from $163 million a year earlier.",
  ])("are the year's months to the end of the quarter named: %s", (s) => {
    expect(periods(`${QUARTER}\n\n${s}`, "1989-10-26").at(-1)).toEqual([
      "1989-01-01",
      "1989-09-30",
    ]);
  });

  it("are January to September, told in the autumn with no quarter named", () => {
    const text =
      "Milton Roy agreed to buy a testing firm.\n\nIn the nine months, Milton Roy earned $6.6 million.";
    expect(periods(text, "1989-10-30").at(-1)).toEqual(["1989-01-01", "1989-09-30"]);
  });

  it.each([
    ["Sales rose 3% in the nine months to September.", ["1989-01-01", "1989-09-30"]],
    ["The project will take nine months and cost $5 million.", ["1989-10-26", "1989-10-26"]],
  ])("must not change: %s", (s, period) => {
    expect(periods(s, "1989-10-26").at(-1)).toEqual(period);
  });
});

describe("a year-earlier profit or loss compared with", () => {
  it.each([
    "For the nine months, America West posted earnings of $18.9 million, or 97 cents a share, compared with a loss of $9.7 million, or 74 cents a share, a year earlier.",
    "For the nine months, losses totaled $212 million, or $10.83 a share, compared with net income of $48.7 million, or $1.11 a share, a year earlier.",
  ])("is a baseline: %s", (s) => {
    const text = `The airline said third-quarter net rose 10% to $50 million.\n\n${s}`;
    expect(periods(text, "1989-10-26").at(-1)).toEqual(["1989-01-01", "1989-09-30"]);
  });
});

describe("a share move after a balance-sheet date", () => {
  const STORY = (s: string) =>
    `HDFC Bank reported a 2.2% rise in third-quarter profit on Wednesday.\n\nDeposits grew 15.8% to 25.64 trillion rupees at the end of December. ${s}`;

  it.each([
    "Shares of HDFC Bank closed 0.6% lower ahead of the results.",
    "Shares of HDFC Bank ended 0.6% lower.",
  ])("is the day's trading, not the balance date: %s", (s) => {
    expect(periods(STORY(s), "2025-01-22").at(-1)).toEqual(["2025-01-22", "2025-01-22"]);
  });

  it("must not change: a share move after a trading day named this week is that day", () => {
    const text =
      "HDFC Bank reported results on Monday, Jan. 20. Shares of HDFC Bank closed 0.6% lower.";
    expect(periods(text, "2025-01-22").at(-1)).toEqual(["2025-01-20", "2025-01-20"]);
  });

  it("must not change: a balance after the balance date is of that date", () => {
    expect(
      periods(STORY("Advances rose 3% to 25.4 trillion rupees."), "2025-01-22").at(-1),
    ).toEqual(["2024-12-31", "2024-12-31"]);
  });
});

describe("a figure set against their peak of a month", () => {
  it("is of now, not the peak's month", () => {
    const s =
      "Melbourne values fell 3.1% over the year and are now 6.3% below their March 2022 peak.";
    expect(periods(s, "2025-02-03")).toEqual([["2025-02-03", "2025-02-03"]]);
  });

  it("must not change: a peak in a month told as the claim is of that month", () => {
    expect(periods("Melbourne values peaked in March 2022.", "2025-02-03")).toEqual([
      ["2022-03-01", "2022-03-31"],
    ]);
  });
});

describe("'Standalone' opening an Indian bank's results", () => {
  it("is no subject", () => {
    const [c] = claims(
      "Standalone net profit rose to 167.36 billion rupees for the three months ended Dec. 31.",
      "2025-01-22",
    );
    expect(c!.subject).toBeNull();
  });
});

describe("'Real' opening a sentence", () => {
  it("describes a figure: 'Real wages' name no one", () => {
    expect(claims("Real wages fell 2% in 2023.", "2024-08-16")[0]!.subject).toBeNull();
  });

  it("must not change: 'Real Madrid' is a name", () => {
    expect(claims("Real Madrid won 3-1 on Sunday.", "2024-08-16")[0]!.subject).toBe("Real Madrid");
  });
});

describe("a fiscal year named with when it ends", () => {
  const STORY = (s: string) =>
    `The restructuring will cost about $1 billion, most of it in the fourth quarter of fiscal 2025, which ends on Sept. 28, the company said.\n\n${s}`;

  it("sets the company's year: its quarters and its later fiscal years", () => {
    const text = STORY(
      "Starbucks ended its third quarter with 18,734 locations. Analysts said the closures could add 5 cents a share to earnings in fiscal 2026.",
    );
    expect(periods(text, "2025-09-25")).toEqual([
      ["2025-07-01", "2025-09-30"],
      ["2025-04-01", "2025-06-30"],
      ["2025-10-01", "2026-09-30"],
    ]);
  });

  it("and 'finish the fiscal year' is the one under way", () => {
    const text = STORY(
      "After the closures, it expects to finish the fiscal year with about 18,300.",
    );
    expect(periods(text, "2025-09-25").at(-1)).toEqual(["2024-10-01", "2025-09-30"]);
  });

  it("must not change: 'the fiscal year to March' names its own end", () => {
    expect(periods("Sales rose 5% in the fiscal year to March 2025.", "2025-06-01").at(-1)).toEqual(
      ["2024-04-01", "2025-03-31"],
    );
  });
});

describe("a change 'on the month'", () => {
  const STORY =
    "Gross domestic product fell 0.1% in October, the ONS said.\n\nOutput was flat over the three months to October as a whole.\n\n";

  it("is of the month named last, not the three months named since", () => {
    expect(
      periods(`${STORY}Production output fell 0.6% on the month.`, "2024-12-13").at(-1),
    ).toEqual(["2024-10-01", "2024-10-31"]);
  });

  it("must not change: with no month named, the story's three months carry", () => {
    const text =
      "Output was flat over the three months to October, the ONS said. Production output fell 0.6%.";
    expect(periods(text, "2024-12-13").at(-1)).toEqual(["2024-08-01", "2024-10-31"]);
  });
});

describe("a monthly figure told after the change it follows", () => {
  it.each([
    "Monthly hours worked fell 0.4% after rising 0.5% in November.",
    "Monthly hours worked fell 0.4%, the ABS said, after rising 0.5% in November.",
  ])("is of the month after that change's: %s", (s) => {
    expect(periods(s, "2025-01-16")).toEqual([["2024-12-01", "2024-12-31"]]);
  });

  it("must not change: a poll's last reading set against is no month's figure", () => {
    expect(
      periods("Confidence rose to minus 17, up from minus 31 in November.", "2025-01-16"),
    ).toEqual([["2025-01-16", "2025-01-16"]]);
  });
});

describe("a stronger-than-expected figure", () => {
  it("is a result, not a projection", () => {
    const [c] = claims(
      "Australia's unemployment rate rose to 4.0% in December, though employment grew by a stronger-than-expected 56,300.",
      "2025-01-16",
    );
    expect(c!.kind).not.toBe("projection");
  });

  it("must not change: 'expected 84.2 million passengers' looks ahead", () => {
    const [c] = claims(
      "The airport said it expected 84.2 million passengers in 2025.",
      "2025-01-16",
    );
    expect(c!.kind).toBe("projection");
  });
});

describe("a company forecasting its results for a year ending in a month", () => {
  const STORY = (s: string) =>
    `Toyota cut its full-year operating profit forecast on Wednesday.\n\nToyota now expects operating profit of 4.3 trillion yen for the year ending March 2026.\n\n${s}`;

  it("sets its year: the full year before and the halves after are that year's", () => {
    const text = STORY(
      "Toyota said U.S. tariffs cost it 450 billion yen in the first half of the financial year.",
    );
    expect(periods(text, "2025-11-05")).toEqual([
      ["2025-04-01", "2026-03-31"],
      ["2025-04-01", "2026-03-31"],
      ["2025-04-01", "2025-09-30"],
    ]);
  });

  it("and the rest of the fiscal year runs to that year's end", () => {
    const text = STORY(
      "Toyota assumes an exchange rate of 145 yen to the dollar for the rest of the fiscal year.",
    );
    expect(periods(text, "2025-11-05").at(-1)).toEqual(["2025-11-05", "2026-03-31"]);
  });

  it.each([
    ["Toyota expects the yen to weaken for the rest of the year.", ["2025-11-05", "2025-12-31"]],
    ["Rents rose 6.1% in the year to September, the ONS said.", ["2024-10-01", "2025-09-30"]],
  ])("must not change: %s", (s, period) => {
    expect(periods(s, "2025-11-05").at(-1)).toEqual(period);
  });
});

describe("an economy's quarter in a story that names the government's fiscal year", () => {
  const BUDGET =
    "The government would cut spending by 150 billion shillings in the current fiscal year, which ends in June.";

  it("is the calendar's quarter", () => {
    const text = `${BUDGET}\n\nKenya's economy grew 4.6% in the second quarter, down from 5.6% a year earlier.`;
    expect(periods(text, "2025-10-31").at(-1)).toEqual(["2025-04-01", "2025-06-30"]);
  });

  it("must not change: a company's quarter in the same story is its year's", () => {
    const text = `${BUDGET}\n\nSafaricom's revenue grew 4.6% in the second quarter.`;
    expect(periods(text, "2025-10-31").at(-1)).toEqual(["2025-10-01", "2025-12-31"]);
  });

  it("must not change: India's economy counts its fiscal quarters", () => {
    const text =
      "The government plans to borrow Rs 14 lakh crore this fiscal year.\n\nIndia's economy grew 7.8% in the first quarter.";
    expect(periods(text, "2025-09-01").at(-1)).toEqual(["2025-04-01", "2025-06-30"]);
  });
});

describe("a results story's fiscal first quarter, beating forecasts", () => {
  const STORY =
    "Apple sold a record 74.5 million iPhones in its fiscal first quarter, beating Wall Street forecasts.\n\nNet income for the three months to December 27 rose 38% to $18 billion.";

  it("is the quarter just reported, and no one forecast it", () => {
    const [first] = claims(STORY, "2015-01-27");
    expect([first!.time?.start, first!.time?.end, first!.claimant, first!.kind]).toEqual([
      "2014-10-01",
      "2014-12-31",
      null,
      "statistic",
    ]);
  });

  it("must not change: Wall Street forecasting is a projection", () => {
    const [c] = claims("Wall Street forecasts revenue of $52 billion next quarter.", "2015-01-27");
    expect(c!.kind).toBe("projection");
  });
});

describe("'the fourth quarterly fall in a row'", () => {
  it("counts falls, naming no quarter", () => {
    const s = "iPad sales fell 22% to 21.4 million, the fourth quarterly fall in a row.";
    expect(periods(s, "2015-01-27")).toEqual([["2015-01-27", "2015-01-27"]]);
  });

  it("must not change: 'the fourth quarter' is one", () => {
    const s = "iPad sales fell 22% to 21.4 million in the fourth quarter.";
    expect(periods(s, "2015-01-27")).toEqual([["2014-10-01", "2014-12-31"]]);
  });
});

describe("last month's figure told alone", () => {
  const STORY = (s: string) =>
    `Nigeria's annual inflation rate rose to 34.80% in December, the statistics office said on Wednesday.\n\nInflation was 34.60% in November. ${s}`;

  it("is that month's, and the story's month carries on after it", () => {
    const text = STORY("Food inflation rose to 39.84% from 39.93% a month earlier.");
    expect(periods(text, "2025-01-15")).toEqual([
      ["2024-12-01", "2024-12-31"],
      ["2024-11-01", "2024-11-30"],
      ["2024-12-01", "2024-12-31"],
    ]);
  });

  it("must not change: a month told with more than its figure moves the story", () => {
    const text =
      "Nigeria's annual inflation rate rose to 34.80% in December.\n\nIn November, prices of rice jumped 12% as floods hit farms. Bread rose 5%.";
    expect(periods(text, "2025-01-15").at(-1)).toEqual(["2024-11-01", "2024-11-30"]);
  });
});

describe('a forecast "in the year ending March 2026"', () => {
  const story =
    "Toyota Motor forecast a 21% fall in operating profit for the current financial year on Thursday.\n\nThe company expects operating profit of 3.8 trillion yen in the year ending March 2026.\n\nFull-year revenue rose 6.5% to 48 trillion yen, a record.";
  it("tells the company's year: the current one and the one just ended run April to March", () => {
    const times = extractClaims({ text: story, publishedAt: "2025-05-08" }).claims.map((c) => [
      c.time?.start,
      c.time?.end,
    ]);
    expect(times).toEqual([
      ["2025-04-01", "2026-03-31"],
      ["2025-04-01", "2026-03-31"],
      ["2024-04-01", "2025-03-31"],
    ]);
  });

  it("must not change: rents rising in the year to September tell no company's year", () => {
    const text =
      "Rents rose 6.1% in the year to September. The council expects a £2m loss in the current financial year.";
    const last = extractClaims({ text, publishedAt: "2024-11-20" }).claims.at(-1)!;
    expect([last.time?.start, last.time?.end]).toEqual(["2024-04-01", "2025-03-31"]);
  });
});

describe("a story about Australia told in no currency", () => {
  it("names Australia's financial year, July to June", () => {
    const text =
      "Australia's population grew by 2.5% in the year to June 30.\n\nThe government has promised to cut net migration to about 260,000 in the 2024-25 financial year.";
    const last = claims(text, "2024-03-21").at(-1)!;
    expect([last.time?.start, last.time?.end]).toEqual(["2024-07-01", "2025-06-30"]);
  });

  it("must not change: a British story's 2024-25 runs April to March", () => {
    const text =
      "Council tax will rise 5% in the 2024-25 financial year, an Australian-owned firm said.";
    const last = claims(text, "2024-03-21").at(-1)!;
    expect([last.time?.start, last.time?.end]).toEqual(["2024-04-01", "2025-03-31"]);
  });
});

describe("the financial year to date", () => {
  it("runs from the start of the financial year under way to publication", () => {
    const text =
      "Public sector net borrowing was £17.4bn in October, the Office for National Statistics said. Borrowing in the financial year to date reached £97.1bn.";
    const last = claims(text, "2024-11-21").at(-1)!;
    expect([last.time?.start, last.time?.end]).toEqual(["2024-04-01", "2024-11-21"]);
  });

  it("must not change: the year to date is the calendar's", () => {
    const last = claims("Sales in the year to date rose 4%.", "2024-11-21").at(-1)!;
    expect([last.time?.start, last.time?.end]).toEqual(["2024-01-01", "2024-11-21"]);
  });
});
