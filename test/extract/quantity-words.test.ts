// Quantities told in words news uses beside the usual ones: parts of a unit of time, "trebled", a record's
// ordinal, a letting agent's month, a fraction of a point written in digits.
import { describe, expect, it } from "vitest";
import { findQuantities } from "../../src/extract/index.js";

const read = (s: string) =>
  findQuantities(s).map((q) => [q.text, q.type, q.value, q.unit, q.bound ?? null]);

describe("parts of a unit of time", () => {
  it.each([
    ["It took a quarter of an hour.", ["a quarter of an hour", "duration", 0.25, "hour", null]],
    [
      "It took three quarters of an hour.",
      ["three quarters of an hour", "duration", 0.75, "hour", null],
    ],
    ["He won by a tenth of a second.", ["a tenth of a second", "duration", 0.1, "second", null]],
    ["The storm lasted a day and a half.", ["a day and a half", "duration", 1.5, "day", null]],
    ["The talks lasted an hour and a half.", ["an hour and a half", "duration", 1.5, "hour", null]],
    ["She won in 2hr 14min.", ["2hr 14min", "duration", 134, "minute", null]],
    ["It took 1 hr 20 min.", ["1 hr 20 min", "duration", 80, "minute", null]],
    ["The lights changed every 3 min.", ["3 min", "duration", 3, "minute", null]],
  ])("%s", (s, quantity) => {
    expect(read(s)).toEqual([quantity]);
  });

  it.each([
    ["A quarter of voters said no.", ["A quarter", "ratio", 0.25, null, null]],
    ["He waited two and a half hours.", ["two and a half hours", "duration", 2.5, "hour", null]],
  ])("must not change: %s", (s, quantity) => {
    expect(read(s)).toEqual([quantity]);
  });
});

describe("multiples and ranks in words", () => {
  it.each([
    ["Exports almost trebled in 2023.", ["almost trebled", "ratio", 3, null, "lt"]],
    ["She won a record eighth title.", ["eighth", "rank", 8, null, null]],
  ])("%s", (s, quantity) => {
    expect(read(s)).toContainEqual(quantity);
  });

  it("must not change: a count of records is a count", () => {
    expect(read("He holds a record of three wins.")).toEqual([["three", "count", 3, null, null]]);
  });
});

describe("money by the month, points by the fraction", () => {
  it.each([
    [
      "Rent is £1,200 per calendar month.",
      ["£1,200 per calendar month", "money", 1200, "GBP/month", null],
    ],
    ["The flat costs £950pcm.", ["£950pcm", "money", 950, "GBP/month", null]],
    ["Workers earn $10/hour.", ["$10/hour", "money", 10, "USD/hour", null]],
    [
      "Inflation was 0.3 of a percentage point higher.",
      ["0.3 of a percentage point", "percentage_points", 0.3, "pp", null],
    ],
  ])("%s", (s, quantity) => {
    expect(read(s)).toEqual([quantity]);
  });
});

describe("money as finance and other papers write it", () => {
  it.each([
    ["The company raised $5MM in seed funding.", ["$5MM", "money", 5e6, "USD", null]],
    ["Fees are Rs.500 per month.", ["Rs.500 per month", "money", 500, "INR/month", null]],
    ["It had sales of Dh2.5 billion.", ["Dh2.5 billion", "money", 2.5e9, "AED", null]],
    ["It cost SAR 10 billion.", ["SAR 10 billion", "money", 1e10, "SAR", null]],
    ["It cost Rp 5 trillion.", ["Rp 5 trillion", "money", 5e12, "IDR", null]],
  ])("%s", (s, quantity) => {
    expect(read(s)).toEqual([quantity]);
  });

  it.each([
    ["Rain of 5mm fell.", ["5mm", "measure", 5, "mm", null]],
    ["Version 2.5 was out in 2024.", null],
  ])("must not change: %s", (s, quantity) => {
    expect(read(s)).toEqual(quantity ? [quantity] : []);
  });
});

describe("points hyphened or fused", () => {
  it.each([
    ["A 25-basis-point cut was made.", ["25-basis-point", "percentage_points", 0.25, "pp", null]],
    ["It cut rates by 50bp.", ["50bp", "percentage_points", 0.5, "pp", null]],
    ["A 3-percentage-point cut.", ["3-percentage-point", "percentage_points", 3, "pp", null]],
  ])("%s", (s, quantity) => {
    expect(read(s)).toEqual([quantity]);
  });

  it("must not change: a company's initials are no basis points", () => {
    expect(read("He bought 50 BP shares.")).toEqual([["50", "count", 50, null, null]]);
  });
});

describe("a clock time", () => {
  it.each(["It broke out at about 10:50am local time.", "You can leave office at 6:30PM today."])(
    "is no amount: %s",
    (s) => {
      expect(read(s)).toEqual([]);
    },
  );
});

describe("a range written with a dash and one unit", () => {
  const ends = (s: string) => read(s).map(([text, type, value, unit]) => [text, type, value, unit]);
  it.each([
    [
      "The government aims for 43-50GW by 2030.",
      ["43", "measure", 43, "GW"],
      ["50GW", "measure", 50, "GW"],
    ],
    ["The stretch is 10-14 km long.", ["10", "measure", 10, "km"], ["14 km", "measure", 14, "km"]],
    ["Each bag weighs 3-5kg.", ["3", "measure", 3, "kg"], ["5kg", "measure", 5, "kg"]],
  ])("%s", (s, low, high) => {
    expect(ends(s)).toEqual([low, high]);
  });

  it.each(["Arsenal won 3-1 at home.", "Where were you from 3-8pm yesterday?"])(
    "must not change: a score or a span of hours is no amount: %s",
    (s) => {
      expect(read(s)).toEqual([]);
    },
  );
});

describe("'plus' after an amount", () => {
  it("before something else adds it: no lower bound", () => {
    expect(read("He earned £180,000 a year plus bonuses.")).toEqual([
      ["£180,000 a year", "money", 180000, "GBP/year", null],
    ]);
  });

  it("must not change: closing the clause, it is a lower bound", () => {
    expect(read("Salaries start at £100,000 plus.")).toEqual([
      ["£100,000 plus", "money", 100000, "GBP", "gte"],
    ]);
  });
});

describe("sport's tables, ages and records", () => {
  it.each([
    ["They are seventh, on 19 points.", ["seventh", "rank", 7, null, null]],
    [
      "Liverpool, the champions, are eighth, 10 points behind the leaders.",
      ["eighth", "rank", 8, null, null],
    ],
    ["He was second, 3 points clear of Smith.", ["second", "rank", 2, null, null]],
    [
      "Fabian Hurzeler, at 32 the youngest in the league's history, said his side were brave.",
      ["32", "duration", 32, "year", null],
    ],
    [
      "Salah has 187 goals, three more than Sergio Aguero's 184, the previous record.",
      ["184", "count", 184, null, null],
    ],
  ])("%s", (s, quantity) => {
    expect(read(s)).toContainEqual(quantity);
  });

  it.each([
    ["Intel's 80486 chip is fast.", []],
    ["It's 15 past seven o'clock.", []],
  ])("must not change: a possessive's model number, a contraction: %s", (s, quantities) => {
    expect(read(s)).toEqual(quantities);
  });
});

describe("a forecast of growth in a range", () => {
  const roles = (s: string) => findQuantities(s).map((q) => [q.text, q.role]);
  it("'could rise by a further 3% to 4%' is a range of percentages", () => {
    expect(roles("Analysts said prices could rise by a further 3% to 4% in 2026.")).toEqual([
      ["3%", "low"],
      ["4%", "high"],
    ]);
  });

  it("the forecasting verb may stand some way back", () => {
    expect(
      roles(
        "SD Guthrie said last week it expected its fresh fruit bunch output to grow by 2% to 3% this year.",
      ),
    ).toEqual([
      ["2%", "low"],
      ["3%", "high"],
    ]);
  });

  it("must not change: a rate rising to a level is a change and where it went", () => {
    expect(roles("Inflation could rise 0.3% to 2.6% in 2026.")).toEqual([
      ["0.3%", null],
      ["2.6%", "to"],
    ]);
  });
});

describe("vague scales and an hour and minutes", () => {
  it.each([
    [
      "Berlin set aside hundreds of billions of euros for defence.",
      ["hundreds of billions", "money", 1e11, "EUR", "gte"],
    ],
    ["It cost tens of billions of dollars.", ["tens of billions", "money", 1e10, "USD", "gte"]],
    [
      "The match lasted an hour and 34 minutes.",
      ["an hour and 34 minutes", "duration", 94, "minute", null],
    ],
  ])("%s", (s, quantity) => {
    expect(read(s)).toEqual([quantity]);
  });

  it.each([
    ["Hundreds of people marched.", ["Hundreds", "count", 100, null, "gte"]],
    ["I'll leave for an hour and a half.", ["an hour and a half", "duration", 1.5, "hour", null]],
  ])("must not change: %s", (s, quantity) => {
    expect(read(s)).toEqual([quantity]);
  });
});
