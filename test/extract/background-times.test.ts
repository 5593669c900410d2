// Times that date something the sentence measures against or ranks within — an estimate, a record, a
// ranking's span — are background: the claim keeps the period the story reports.
import { describe, expect, it } from "vitest";
import { extractClaims } from "../../src/extract/index.js";

const periods = (text: string, publishedAt = "2024-07-31") =>
  extractClaims({ text, publishedAt }).claims.map((c) => [c.time?.start, c.time?.end]);

const QUARTER = ["2024-04-01", "2024-06-30"];

describe("when an estimate measured against was made", () => {
  it.each([
    "That was in line with its preliminary estimate earlier this month.",
    "That was above the forecast it gave in May.",
    "Profit of 6.4 trillion won beat the company's own guidance issued in April.",
  ])("is background; the sentence keeps the quarter reported: %s", (line) => {
    const text = `Revenue for the April-June quarter rose 23% to 74.07 trillion won. ${line}\n\nThe chip division posted a profit of 6.45 trillion won, after losing 4.36 trillion won in the same period last year.`;
    expect(periods(text)).toEqual([QUARTER, QUARTER, QUARTER]);
  });

  it("must not change: a figure told of the month named", () => {
    expect(periods("Revenue rose 5% earlier this month.")).toEqual([["2024-07-01", "2024-07-31"]]);
  });
});

describe("a day named before the verb of saying a figure", () => {
  const story = (line: string) =>
    `Samsung's operating profit for the April-June quarter jumped to 10.44 trillion won.\n\n${line}`;
  it.each([
    "Rival SK Hynix on Thursday reported operating profit of 5.47 trillion won.",
    "SK Hynix on Thursday said its operating profit rose to 5.47 trillion won.",
    "On Thursday, SK Hynix reported an operating profit of 5.47 trillion won.",
    "On Thursday, the company said its operating profit rose to 5.47 trillion won.",
  ])("dates the saying, and the figure keeps the story's quarter: %s", (line) => {
    expect(periods(story(line)).at(-1)).toEqual(QUARTER);
  });

  it.each([
    // The day is the figure's, told before its speaker.
    ["Sales rose 5% on Thursday, Tesco said.", ["2024-07-25", "2024-07-25"]],
    ["SK Hynix shares on Thursday rose 5%.", ["2024-07-25", "2024-07-25"]],
    // What was done that day, with no figure said.
    ["On Thursday, Netanyahu said he had no qualms about the plan.", ["2024-07-25", "2024-07-25"]],
  ])("must not change: %s", (line, period) => {
    expect(periods(story(line)).at(-1)).toEqual(period);
  });
});

describe("'since' after a superlative", () => {
  it.each([
    "It was the deadliest flood disaster in Spain since 1973, when at least 150 people died.",
    "Unemployment is at its lowest since 1974.",
    "It is the first time since 2008 that the bank has cut rates to 4%.",
    "It was the second-wettest autumn on record since 1910.",
  ])("names the span ranked within, not when it was: %s", (text) => {
    expect(periods(text, "2024-10-30")).toEqual([["2024-10-30", "2024-10-30"]]);
  });

  it.each([
    ["Interest rates have been held at 5% since 2022.", ["2022-01-01", "2024-10-30"]],
    ["She has held the top position since 2019.", ["2019-01-01", "2024-10-30"]],
  ])("must not change: what has run since then: %s", (text, span) => {
    expect(periods(text, "2024-10-30")).toEqual([span]);
  });
});

describe("when a figure the sentence beats was set", () => {
  it("is background to the record that beats it", () => {
    expect(
      periods(
        "The deal, worth an initial £100m plus £16m in add-ons, surpasses the £115m Chelsea paid Brighton for Moises Caicedo in 2023.",
        "2025-06-10",
      ),
    ).toEqual([["2025-06-10", "2025-06-10"]]);
  });

  it("must not change: a figure of its own year", () => {
    expect(
      periods("Chelsea paid Brighton £115m for Moises Caicedo in 2023.", "2025-06-10"),
    ).toEqual([["2023-01-01", "2023-12-31"]]);
  });
});

describe("a sports season in the summer break", () => {
  it.each([
    ["2025-06-10", ["2024-07-01", "2025-06-30"], ["2025-07-01", "2026-06-30"]],
    ["2025-07-20", ["2024-07-01", "2025-06-30"], ["2025-07-01", "2026-06-30"]],
    // Must not change: in a season, the last is the one before it and the next the one after.
    ["2025-03-01", ["2023-07-01", "2024-06-30"], ["2025-07-01", "2026-06-30"]],
  ])("published %s: last season %j, next season %j", (date, last, next) => {
    expect(
      periods("Wirtz scored 16 goals last season. He will play 40 games next season.", date),
    ).toEqual([last, next]);
  });
});

describe("what another did first, in a clause of its own", () => {
  it("is background to the figure the sentence reports", () => {
    expect(
      periods(
        "Net migration fell in the year ending June 2024. The number of dependants of students fell by 80%, after the previous government banned most overseas students from bringing family members from January.",
        "2024-11-28",
      ),
    ).toEqual([
      ["2023-07-01", "2024-06-30"],
      ["2023-07-01", "2024-06-30"],
    ]);
  });

  it("must not change: a day told before the clause is the claim's", () => {
    expect(
      periods(
        "Shares fell 5% on Monday, after the company warned that profit would fall.",
        "2024-11-28",
      ),
    ).toEqual([["2024-11-25", "2024-11-25"]]);
  });
});

describe("when a figure compared against was", () => {
  it("is background however the figure is described", () => {
    expect(
      periods(
        "Net migration fell in the year ending June 2024. It was 728,000, down from a revised record of 906,000 in the year to June 2023.",
        "2024-11-28",
      ).at(-1),
    ).toEqual(["2023-07-01", "2024-06-30"]);
  });
});

describe("a clause telling when a thing recurs", () => {
  it("is background to what the sentence says", () => {
    expect(
      periods(
        "The United Nations said that more than 17 million people had been affected, and warned that the monsoon season, which begins in May, could worsen the crisis.",
        "2025-04-03",
      ),
    ).toEqual([["2025-04-03", "2025-04-03"]]);
  });

  it("must not change: a relative clause telling what was done then", () => {
    expect(periods("The plant, which was shut in May, employed 400 people.", "2025-04-03")).toEqual(
      [["2024-05-01", "2024-05-31"]],
    );
  });
});

describe("a level the figure is set against", () => {
  it.each([
    "Bills are still about £1,000 lower than the peak in early 2023.",
    "Reserves increased 4% from their level at end-1986.",
  ])("is a baseline, not the claim's time: %s", (text) => {
    expect(periods(text, "2024-11-22")).toEqual([["2024-11-22", "2024-11-22"]]);
  });
});

describe("what a story's event comes after", () => {
  it("is that long before now", () => {
    expect(
      periods(
        "The fire comes two weeks after the Palisades and Eaton fires killed at least 28 people.",
        "2025-01-23",
      ),
    ).toEqual([["2025-01-09", "2025-01-09"]]);
  });

  it("must not change: 'later' counts on from the story's time", () => {
    expect(
      periods("Sales rose 5% in March 2024. Two weeks later, they fell 3%.", "2025-01-23").at(-1),
    ).toEqual(["2024-03-15", "2024-04-14"]);
  });
});

describe("the time a figure is judged typical of", () => {
  it("is no time of the claim", () => {
    expect(
      periods(
        "Temperatures reached 27C by the finish, unusually warm for late September.",
        "2025-09-22",
      ),
    ).toEqual([["2025-09-22", "2025-09-22"]]);
  });

  it("must not change: a figure of its month", () => {
    expect(periods("Temperatures reached 27C in late September.", "2025-09-22")).toEqual([
      ["2025-09-01", "2025-09-30"],
    ]);
  });
});

describe("a record named as a figure's cause", () => {
  it("dates the cause; the figure keeps the period reported", () => {
    expect(
      periods(
        "Wind generated 30.4% of electricity in the third quarter. Solar contributed a record 8.2%, helped by the sunniest June since 1957.",
        "2025-10-30",
      ),
    ).toEqual([
      ["2025-07-01", "2025-09-30"],
      ["2025-07-01", "2025-09-30"],
    ]);
  });

  it("must not change: a figure of the month named", () => {
    expect(periods("Solar contributed a record 8.2% in June.", "2025-10-30")).toEqual([
      ["2025-06-01", "2025-06-30"],
    ]);
  });
});

describe("a cause named with when it began", () => {
  it.each([
    "Car sales rose 4.1% in the quarter to 144,000 units, helped by the sales tax cut that came into effect on September 22.",
    "Car sales rose 4.1% in the quarter, hit by the tariffs that were imposed in August.",
  ])("dates the cause; the figure keeps the period reported: %s", (text) => {
    expect(periods(`Revenue fell 4.8% in the third quarter. ${text}`, "2025-11-15").at(-1)).toEqual(
      ["2025-07-01", "2025-09-30"],
    );
  });

  it("must not change: a figure of the day it took effect", () => {
    expect(
      periods("The tax cut came into effect on September 22, saving drivers $900.", "2025-11-15"),
    ).toEqual([["2025-09-22", "2025-09-22"]]);
  });
});

describe("a span of years after a count introduced by 'from'", () => {
  it("dates the claim, not a baseline", () => {
    expect(
      periods(
        "He diverted money from 23 clients' accounts between 2014 and 2023, spending it on a villa.",
        "2025-10-18",
      ),
    ).toEqual([["2014-01-01", "2023-12-31"]]);
  });

  it("must not change: a figure set against a year is a baseline", () => {
    expect(periods("Sales rose to 40 in 2024, up from 23 in 2023.", "2025-10-18")).toEqual([
      ["2024-01-01", "2024-12-31"],
    ]);
  });
});

describe("a fixture told as 'next up'", () => {
  it("looks ahead: its weekday is the coming one", () => {
    expect(
      periods(
        "Next up for Liverpool is a trip to Real Madrid on Wednesday, where 3 players return.",
        "2025-11-02",
      ),
    ).toEqual([["2025-11-05", "2025-11-05"]]);
  });

  it("must not change: a weekday told in the past is the last one", () => {
    expect(
      periods("Liverpool beat Real Madrid 2-0 on Wednesday, with 3 players back.", "2025-11-02"),
    ).toEqual([["2025-10-29", "2025-10-29"]]);
  });
});

describe("a level a figure returns to", () => {
  it("dates the level, not the claim", () => {
    expect(
      periods(
        "Qantas reported a profit of A$2.39 billion for the year to June 30. The airline carried 52.6 million passengers in the period, almost back to the 55 million it flew in 2019.",
        "2025-08-28",
      ),
    ).toEqual([
      ["2024-07-01", "2025-06-30"],
      ["2024-07-01", "2025-06-30"],
    ]);
  });

  it("must not change: where a figure falls back to by a time is dated by it", () => {
    expect(
      periods(
        "The institute said inflation would fall back to 2.5% at the end of 2026.",
        "2025-08-28",
      ),
    ).toEqual([["2026-12-01", "2026-12-31"]]);
  });
});

describe("a month named as what comes next", () => {
  it.each([
    "Demand remained robust heading into the December holidays, with bookings up 5%.",
    "Sales rose 5% ahead of the December holidays.",
  ])("is the coming one: %s", (text) => {
    expect(periods(text, "2025-08-28")).toEqual([["2025-12-01", "2025-12-31"]]);
  });

  it("must not change: a month told as past is the last one", () => {
    expect(periods("Sales rose 5% in the December holidays.", "2025-08-28")).toEqual([
      ["2024-12-01", "2024-12-31"],
    ]);
  });
});

describe("a record, an average and a figure joined by 'and'", () => {
  it("a record told as set then is dated by it", () => {
    expect(
      periods(
        "The lowest maximum on record was set in 2017, at 14.29 million sq km.",
        "2025-03-25",
      ),
    ).toEqual([["2017-01-01", "2017-12-31"]]);
  });

  it("a level a figure stands below, however long the figure's unit, dates nothing", () => {
    expect(
      periods("The figure is 1.03 million sq km below the 1981-2010 average.", "2025-03-25"),
    ).toEqual([["2025-03-25", "2025-03-25"]]);
  });

  it("a figure after 'and' goes on with the sentence's tense", () => {
    expect(
      periods(
        "Temperatures were 2C above average for much of the winter, and as much as 10C warmer in the Barents Sea in February.",
        "2025-10-15",
      ),
    ).toEqual([["2025-02-01", "2025-02-28"]]);
  });

  it("must not change: a predicate of its own after 'and' keeps its own tense", () => {
    expect(
      periods(
        "The party took 13 percent of the vote in a state election, and hopes to win its first seats in parliament this September.",
        "1998-06-26",
      ),
    ).toEqual([["1998-09-01", "1998-09-30"]]);
  });
});

describe("a forecast's period and a deadline for what was meant to happen", () => {
  it("'That would be a 12.5% increase on last year' is the forecast's year, set against the one before", () => {
    expect(
      periods(
        "The retailer now expects pre-tax profit of £1.135bn for the year to January 2026. That would be a 12.5% increase on last year.",
        "2025-11-04",
      ),
    ).toEqual([
      ["2025-02-01", "2026-01-31"],
      ["2025-02-01", "2026-01-31"],
    ]);
  });

  it("'expected to reconnect most customers by Sunday night' is the coming Sunday", () => {
    expect(
      periods("Engineers expected to reconnect 40,000 customers by Sunday night.", "2025-10-04"),
    ).toEqual([["2025-10-05", "2025-10-05"]]);
  });

  it("must not change: what had been expected by a day told as past is the last one", () => {
    expect(
      periods("Engineers had expected to reconnect 40,000 customers by Sunday.", "2025-10-08"),
    ).toEqual([["2025-10-05", "2025-10-05"]]);
  });

  it("the span an average is of dates nothing of the claim", () => {
    expect(
      periods(
        "Storm Amy hit on Friday. Rainfall reached 120mm in 24 hours, more than the average for the whole of October.",
        "2025-10-04",
      ).at(-1),
    ).toEqual(["2025-10-03", "2025-10-03"]);
  });
});

describe("a second baseline, and when a product went on sale", () => {
  const QUARTER = ["2025-07-01", "2025-09-30"];
  it.each([
    "The chip division posted a profit of 7 trillion won, up from 3.86 trillion won a year earlier and 0.4 trillion won in the previous quarter.",
    "The mobile division's profit rose to 3.6 trillion won, helped by its new foldable phones, which went on sale in July.",
  ])("are background; the sentence keeps the quarter reported: %s", (line) => {
    const text = `Samsung's operating profit rose 32% in the third quarter. ${line}`;
    expect(periods(text, "2025-10-30")).toEqual([QUARTER, QUARTER]);
  });
});

describe("a level a thing reached before, told in a relative clause", () => {
  it("is background to where it is now", () => {
    expect(
      periods(
        "Inflation slowed to 3.2% in September. Food inflation, which hit 11.4% in March 2023, eased to 4.3%.",
        "2025-10-22",
      ),
    ).toEqual([
      ["2025-09-01", "2025-09-30"],
      ["2025-09-01", "2025-09-30"],
    ]);
  });

  it("must not change: a relative clause telling when a thing began dates nothing of the claim either", () => {
    expect(
      periods("Nordhaven, which was founded in 1998, employs 6,500 people.", "2025-10-22"),
    ).toEqual([["2025-10-22", "2025-10-22"]]);
  });
});

describe("where a person was born, with its county", () => {
  it("dates the person, not what the sentence says they did", () => {
    expect(
      periods(
        "Born in Brigg, Lincolnshire, in 1929, she made her London stage debut in 1954.",
        "2025-10-18",
      ),
    ).toEqual([["1954-01-01", "1954-12-31"]]);
  });
});

describe("what a figure was then, and what a rank came after", () => {
  it.each([
    "Ticket prices started at $250, nearly triple what they were in 2019.",
    "Anisimova reached her second straight grand slam final after losing at Wimbledon in July.",
    "More than 1.1 million people voted early, double the number who did so in 2021.",
    "More than 1.1 million people voted early, twice as many as in 2021.",
    "Exports are three times the level seen in 2019.",
    "A record 56,640 runners finished the race, beating last year's figure of 53,677.",
    "Turnout was 71%, above last year's record of 68%.",
    "The price of $10 would be the second-highest on record, behind the $10.20 paid in the 2021-22 season.",
  ])("dates nothing of the claim: %s", (text) => {
    expect(periods(text, "2025-09-07")).toEqual([["2025-09-07", "2025-09-07"]]);
  });

  it.each([
    ["Sales rose 5% in July after falling in June.", "2025-07-01", "2025-07-31"],
    ["Sales doubled in 2021.", "2021-01-01", "2021-12-31"],
    ["Turnout was twice as high in 2021.", "2021-01-01", "2021-12-31"],
    ["Last year's figure was 53,677.", "2024-01-01", "2024-12-31"],
    ["Spain finished second behind France in 2024.", "2024-01-01", "2024-12-31"],
    ["Police believe the gang was behind two killings last week.", "2025-08-25", "2025-08-31"],
  ])("must not change: a figure told of its time keeps it: %s", (text, start, end) => {
    expect(periods(text, "2025-09-07")).toEqual([[start, end]]);
  });
});

describe("a deadline said as 'no later than'", () => {
  it("runs from publication to the month's end, as 'by April 2026' does", () => {
    expect(
      periods("The mission will launch no later than April 2026, with 4 astronauts.", "2025-09-24"),
    ).toEqual([["2025-09-24", "2026-04-30"]]);
  });
});

describe("when a goal is due", () => {
  it("is background to the month reported", () => {
    expect(
      periods(
        "Just 67.3% started treatment within 62 days in August. The standard was met for 76.9% of people, just short of the 77% interim goal set for March 2025.",
        "2025-10-09",
      ),
    ).toEqual([
      ["2025-08-01", "2025-08-31"],
      ["2025-08-01", "2025-08-31"],
    ]);
  });
});

describe("a figure restated as 'That is', and what a figure stands under", () => {
  it("'That is 31% of all children' in the next paragraph is the period of the figure it restates", () => {
    expect(
      periods(
        "Child poverty rose to a record 4.5 million in the year to April 2024, government figures show.\n\nThat is 31% of all children, according to the Child Poverty Action Group.",
        "2025-03-28",
      ),
    ).toEqual([
      ["2023-05-01", "2024-04-30"],
      ["2023-05-01", "2024-04-30"],
    ]);
  });

  it("a deal named with when it was struck is background", () => {
    expect(
      periods(
        "Mike Hawes said the industry faced a hard end to the year, with tariffs on exports to the US at 10% under a deal struck in May, down from 27.5%.",
        "2025-10-30",
      ),
    ).toEqual([["2025-10-30", "2025-10-30"]]);
  });
});

describe("since an event on a day, an aside before a present perfect, a price gap in pence", () => {
  it.each([
    [
      "Bitcoin has gained about 45% since the US election on November 5.",
      "2024-11-05",
      "2024-12-05",
    ],
    [
      "US-listed bitcoin funds, launched in January, have drawn net inflows of more than $30bn.",
      "2024-12-05",
      "2024-12-05",
    ],
    [
      "A cappuccino has risen to £3.69, according to Allegra, about 20p more than in 2023.",
      "2024-12-05",
      "2024-12-05",
    ],
  ])("%s → %s..%s", (text, start, end) => {
    expect(periods(text, "2024-12-05")).toEqual([[start, end]]);
  });

  it("must not change: an aside told of a subject in the past dates it", () => {
    expect(
      periods(
        "The survey, conducted in February, was based on questionnaires from 8,328 firms.",
        "1987-03-16",
      ),
    ).toEqual([["1987-02-01", "1987-02-28"]]);
  });
});

describe("minutes or hours after a day named", () => {
  it("is that day", () => {
    expect(
      periods(
        "The quake struck on Friday, killing 3,085 people. A 6.7 magnitude aftershock followed 12 minutes later.",
        "2025-04-03",
      ),
    ).toEqual([
      ["2025-03-28", "2025-03-28"],
      ["2025-03-28", "2025-03-28"],
    ]);
  });
});

describe("a closing clause telling what the thing named once was", () => {
  it.each([
    "Planners have approved 1,200 homes on a former airfield that was used by American bombers during the Second World War.",
    "Planners have approved 1,200 homes on an airfield which was used by bombers in 1944.",
    "The council owns 400 homes that were built in the 1960s.",
  ])("dates the thing, not a claim of now: %s", (text) => {
    expect(periods(text, "2025-11-22")).toEqual([["2025-11-22", "2025-11-22"]]);
  });

  it.each([
    ["The company sold 300 homes that were built in 1998.", ["1998-01-01", "1998-12-31"]],
    ["Sales rose 5% in a quarter that was hit by strikes in March.", ["2025-03-01", "2025-03-31"]],
  ])("must not change: told of the past, the clause's time is the claim's: %s", (text, period) => {
    expect(periods(text, "2025-11-22")).toEqual([period]);
  });
});
