// Compound claims: clauses joined by a comma and a conjunction, each with its own figure, are separate
// claims with their own periods; lists, asides and continuations stay one claim.
import { describe, expect, it } from "vitest";
import { extractClaims } from "../../src/extract/index.js";

const read = (text: string, publishedAt = "2025-03-01") =>
  extractClaims({ text, publishedAt }).claims.map((c) => ({
    text: c.text,
    kind: c.kind,
    period: c.time ? `${c.time.start}..${c.time.end}` : null,
    figures: c.quantities.map((q) => q.text),
  }));

describe("compound claims", () => {
  it("splits two forecasts, each with its figure and its period", () => {
    expect(
      read(
        "The company expects sales to reach $9 billion in 2026, and plans to hire 2,000 staff by the end of next year.",
      ),
    ).toEqual([
      {
        text: "The company expects sales to reach $9 billion in 2026",
        kind: "projection",
        period: "2026-01-01..2026-12-31",
        figures: ["$9 billion"],
      },
      {
        text: "plans to hire 2,000 staff by the end of next year",
        kind: "projection",
        period: "2025-03-01..2026-12-31",
        figures: ["2,000"],
      },
    ]);
  });

  it("splits a second pledge told as an infinitive, which stays a projection", () => {
    expect(
      read(
        "The government has pledged to cut the list to 6.5 million by March 2026, and to hire 8,500 mental health workers over the next two years.",
      ).map((c) => [c.text, c.kind, c.period]),
    ).toEqual([
      [
        "The government has pledged to cut the list to 6.5 million by March 2026",
        "projection",
        "2025-03-01..2026-03-31",
      ],
      [
        "to hire 8,500 mental health workers over the next two years",
        "projection",
        "2025-03-01..2027-03-01",
      ],
    ]);
  });

  it("splits a second plan told with a bare verb, which stays a projection", () => {
    expect(
      read("The firm will open 30 stores this year and close 12 in 2026.").map((c) => [
        c.text,
        c.kind,
        c.period,
      ]),
    ).toEqual([
      ["The firm will open 30 stores this year", "projection", "2025-01-01..2025-12-31"],
      ["close 12 in 2026", "projection", "2026-01-01..2026-12-31"],
    ]);
  });

  it("a part told in the present with no time of its own is about now", () => {
    expect(
      read(
        "The city has 12,000 homeless people, up 20% since 2020, and spends $40 million a year on shelters.",
      ).map((c) => c.period),
    ).toEqual(["2020-01-01..2025-03-01", "2025-03-01..2025-03-01"]);
  });

  it("splits 'and would' a second figure with its own period", () => {
    expect(
      read(
        "Tim Cook said tariffs had cost the company about $800 million in the June quarter and would add about $1.1 billion to costs in the current quarter.",
        "2025-07-31",
      ).map((c) => c.period),
    ).toEqual(["2025-04-01..2025-06-30", "2025-07-01..2025-09-30"]);
  });

  it("splits 'and another' a figure with its own time, the verb left out", () => {
    expect(
      read("The bank cut 300 jobs in 2023 and another 500 in 2024.").map((c) => [c.text, c.period]),
    ).toEqual([
      ["The bank cut 300 jobs in 2023", "2023-01-01..2023-12-31"],
      ["another 500 in 2024", "2024-01-01..2024-12-31"],
    ]);
    // Must not change: one time for both is one claim.
    expect(read("The bank cut 300 jobs and another 500 contractors in 2024.")).toHaveLength(1);
  });

  it("must not change: 'and close to 40%' is no second verb", () => {
    expect(read("Prices rose 3% and close to 40% of firms raised wages in 2024.")).toHaveLength(1);
  });

  it("must not change: a second recipient after 'and to a' is one claim", () => {
    expect(
      read(
        "Kit exports sold to Kia, which is 8% owned by Mazda, and to a Mexico unit of Ford will rise to 150,000.",
      ),
    ).toHaveLength(1);
  });

  it.each([
    [
      "Revenue rose 12% to $4.1 billion in 2024, while the workforce shrank to 9,000 by March 2025.",
      ["Revenue rose 12% to $4.1 billion in 2024", "the workforce shrank to 9,000 by March 2025"],
    ],
    [
      "Exports to the region rose 11.6% from 2023, but imports fell 4.2%.",
      ["Exports to the region rose 11.6% from 2023", "imports fell 4.2%"],
    ],
    [
      "Sales nearly tripled last year, and about a third of buyers were first-time owners.",
      ["Sales nearly tripled last year", "about a third of buyers were first-time owners"],
    ],
    [
      "The average price was 96.9, and prices ranged from 96.5 to 97.1.",
      ["The average price was 96.9", "prices ranged from 96.5 to 97.1"],
    ],
    // The next clause may open with a name.
    [
      "Spain had the highest rate at 11.2%, while Czechia and Malta had the lowest, at 2.8% and 3.1%.",
      ["Spain had the highest rate at 11.2%", "Czechia and Malta had the lowest, at 2.8% and 3.1%"],
    ],
    [
      "Shares of Calder jumped 22.4% to $37.10 on Wednesday, while Northgate's stock slipped 3.5%.",
      ["Shares of Calder jumped 22.4% to $37.10 on Wednesday", "Northgate's stock slipped 3.5%"],
    ],
    [
      "Ministers promised to build 1.5 million homes by 2029, yet only 200,000 were started last year.",
      [
        "Ministers promised to build 1.5 million homes by 2029",
        "only 200,000 were started last year",
      ],
    ],
    // Without a comma, a second verb of the same subject after "and".
    [
      "It expects sales to reach $6 billion next year and plans to open 50 stores by 2026.",
      ["It expects sales to reach $6 billion next year", "plans to open 50 stores by 2026"],
    ],
    [
      "It reported a 58.7% rise in 2024 profit to $1.2 billion and announced a dividend of 14 cents.",
      [
        "It reported a 58.7% rise in 2024 profit to $1.2 billion",
        "announced a dividend of 14 cents",
      ],
    ],
    // "but" joins them too; a second subject with a verb of change, when each part has its own time.
    [
      "The company hired 500 people in 2022 but cut 300 jobs in 2023.",
      ["The company hired 500 people in 2022", "cut 300 jobs in 2023"],
    ],
    [
      "Exports rose 4% in March and imports fell 2% in April.",
      ["Exports rose 4% in March", "imports fell 2% in April"],
    ],
    // What was and what is expected: a forecast after "and" is its own claim, with its own period.
    [
      "Sales rose 5% in 2024 and are expected to rise 3% in March, the company said.",
      ["Sales rose 5% in 2024", "are expected to rise 3% in March, the company said"],
    ],
    [
      "Revenue was $4 billion last year and is forecast to reach $5 billion in 2026.",
      ["Revenue was $4 billion last year", "is forecast to reach $5 billion in 2026"],
    ],
    // A second subject that looks ahead or speaks, each part with its own time.
    [
      "Revenue rose 12% to £4bn in 2024 and the firm expects it to hit £5bn in 2026.",
      ["Revenue rose 12% to £4bn in 2024", "the firm expects it to hit £5bn in 2026"],
    ],
  ])("%s → two claims", (text, parts) => {
    expect(read(text).map((c) => c.text)).toEqual(parts);
  });

  it("dates the forecast part ahead, the reported part in its year", () => {
    const [past, ahead] = read(
      "Sales rose 5% in 2024 and are expected to rise 3% in March, the company said.",
      "2025-06-10",
    );
    expect([past!.kind, past!.period]).toEqual(["change", "2024-01-01..2024-12-31"]);
    expect([ahead!.kind, ahead!.period]).toEqual(["projection", "2026-03-01..2026-03-31"]);
  });

  it("a part told in the present, with no time of its own, is about now", () => {
    const [staff, research] = read(
      "Helix employs 26,000 people and spent $1.8 billion on research in 2024.",
      "2025-08-21",
    );
    expect(staff!.period).toBe("2025-08-21..2025-08-21");
    expect(research!.period).toBe("2024-01-01..2024-12-31");
  });

  it.each([
    [
      "The airline has 299 aircraft on order, and plans to spend A$3.8 billion on new planes in 2026.",
      ["2025-11-03..2025-11-03", "2026-01-01..2026-12-31"],
    ],
    [
      "The company employs 5,000 people, and plans to hire 2,000 staff by the end of next year.",
      ["2025-11-03..2025-11-03", "2025-11-03..2026-12-31"],
    ],
    // A part that looks ahead in its own words keeps the forecast's time.
    [
      "Inflation is likely to rise to 2.9 pct at the end of this year, the institute said, while the government has forecast 2.5 pct.",
      ["2025-12-01..2025-12-31", "2025-12-01..2025-12-31"],
    ],
    [
      "The airline will have 320 aircraft, and plans to spend A$3.8 billion on new planes in 2026.",
      ["2026-01-01..2026-12-31", "2026-01-01..2026-12-31"],
    ],
  ])("a part told in the present beside one that looks ahead is about now: %s", (text, periods) => {
    expect(read(text, "2025-11-03").map((c) => c.period)).toEqual(periods);
  });

  it("a part told in the present negative, with no time of its own, is about now", () => {
    expect(
      read(
        "One in three adults does not get enough exercise, the WHO says, and the share has risen by five percentage points since 2010.",
        "2025-08-28",
      ).map((c) => c.period),
    ).toEqual(["2025-08-28..2025-08-28", "2010-01-01..2025-08-28"]);
  });

  it.each([
    [
      "Rainfall in June was just a third of the average, and reservoir levels in Yorkshire have dropped to 62%, down from 81% at the start of May.",
      ["2025-06-01..2025-06-30", "2025-07-01..2025-07-01"],
    ],
    [
      "Exports fell 3% in May, and the trade deficit has widened to $4 billion.",
      ["2025-05-01..2025-05-31", "2025-07-01..2025-07-01"],
    ],
    // Must not change: a level reached in the past tense keeps the sentence's time.
    [
      "Exports fell 3% in May, and the trade deficit widened to $4 billion.",
      ["2025-05-01..2025-05-31", "2025-05-01..2025-05-31"],
    ],
  ])("a level a part has reached, in the present perfect, stands now: %s", (text, periods) => {
    expect(read(text, "2025-07-01").map((c) => c.period)).toEqual(periods);
  });

  it("a part with no verb keeps its sentence's time", () => {
    expect(
      read(
        "Unemployment rose in January for high-school leavers, 4.1 percent, and for college graduates, 1.9 percent.",
        "2025-02-06",
      ).map((c) => c.period),
    ).toEqual(["2025-01-01..2025-01-31", "2025-01-01..2025-01-31"]);
  });

  it("gives each part its own period", () => {
    const [revenue, staff] = read(
      "Revenue rose 12% to $4.1 billion in 2024, while the workforce shrank to 9,000 by March 2025.",
      "2025-06-01",
    );
    expect(revenue!.period).toBe("2024-01-01..2024-12-31");
    expect(staff!.period).toBe("2025-03-01..2025-03-31");
  });

  it.each([
    // a list of figures is one claim
    "Output rose 5%, 6%, and 7% in the three years to 2024.",
    // the second clause states no figure of its own
    "Prices rose 3% in May, and analysts expect further rises.",
    "Prices rose 3% in May, and Britain's regulator said it would look into it.",
    // a list of names sharing one figure
    "Sales rose 5% in Spain, Italy, and France in 2024.",
    "The firm, which employs 2,000 people, and its rival agreed to merge.",
    // a comparison that continues the first clause
    "Growth is expected to remain close to 2.6% in 2025, but above the 2.4% average of 2015-24.",
    // no comma: one clause with two figures
    "Sales rose 4% and profit rose 9% in 2024.",
    "It sold 5,000 cars and 2,000 trucks in 2024.",
    "It expects sales of $6 billion and will say more in May.",
    "Sales of cars and trucks rose 5% in 2024.",
    "Sales rose 4% in 2024 but remained below the 2019 level.",
    "Prices rose 3% in May and are expected to keep rising.",
    "Sales rose 4% and the company said profit rose 9% in 2024.",
  ])("%s stays one claim", (text) => {
    expect(read(text)).toHaveLength(1);
  });
});

describe("a figure moving on to another, each with its own time", () => {
  it.each([
    [
      "The government has pledged that 65% of patients will be treated within 18 weeks by March 2026, rising to 92% by the end of this parliament.",
      [
        [
          "The government has pledged that 65% of patients will be treated within 18 weeks by March 2026",
          "projection",
          "2025-03-01..2026-03-31",
        ],
        ["rising to 92% by the end of this parliament", "projection", "2025-03-01..2029-07-08"],
      ],
    ],
    [
      "Spending will reach €6.2 billion this year, falling to €5.1 billion in 2027.",
      [
        ["Spending will reach €6.2 billion this year", "projection", "2025-01-01..2025-12-31"],
        ["falling to €5.1 billion in 2027", "projection", "2027-01-01..2027-12-31"],
      ],
    ],
    [
      "Exports fell 3% in 2023, dropping to $4 billion in 2024.",
      [
        ["Exports fell 3% in 2023", "change", "2023-01-01..2023-12-31"],
        ["dropping to $4 billion in 2024", "change", "2024-01-01..2024-12-31"],
      ],
    ],
  ])("splits: %s", (text, parts) => {
    expect(read(text).map((c) => [c.text, c.kind, c.period])).toEqual(parts);
  });

  it.each([
    "Prices rose 3% in 2024, rising to a record £300,000.",
    "Inflation quickened in March, rising to 5%.",
    "Sales rose 4% to $2 billion, rising to $3 billion including acquisitions, in 2024.",
  ])("must not change: with no time of its own, the move is one claim: %s", (text) => {
    expect(read(text)).toHaveLength(1);
  });
});

describe("a verb inside a relative clause still open", () => {
  it("goes on telling of whom the clause describes", () => {
    const text =
      "The five-year study, which followed 17,604 adults aged 45 or older who were overweight or obese and had heart disease, is likely to strengthen the case for insurers to pay for the drug, which costs about $1,350 a month.";
    expect(extractClaims({ text, publishedAt: "2023-08-08" }).claims).toHaveLength(1);
  });

  it("must not change: one telling its own time is a claim of its own", () => {
    const text =
      "It is a threat from the brewing giant, which last year accounted for about 41% of all U.S. beer sales and is expected to see that grow to 42.5% in the current year.";
    expect(extractClaims({ text, publishedAt: "1989-10-02" }).claims).toHaveLength(2);
  });
});
