import { describe, expect, it } from "vitest";
import { findQuantities } from "../../src/extract/index.js";

const only = (s: string) => {
  const qs = findQuantities(s);
  expect(qs, `quantities of: ${s}`).toHaveLength(1);
  return qs[0]!;
};

describe("money", () => {
  it.each([
    ["Revenue hit $17.1 billion last year.", "$17.1 billion", 17.1e9, "USD"],
    ["Revenue hit $17.1bn last year.", "$17.1bn", 17.1e9, "USD"],
    ["The club paid £3m for him.", "£3m", 3e6, "GBP"],
    ["Exports were worth 1.5 billion dlrs in the period.", "1.5 billion dlrs", 1.5e9, "USD"],
    ["The fund raised US$250 million.", "US$250 million", 250e6, "USD"],
    ["It sold the unit for HK$5.2 billion.", "HK$5.2 billion", 5.2e9, "HKD"],
    ["The fine was €4.3bn.", "€4.3bn", 4.3e9, "EUR"],
    ["It cost ¥120,000 per unit.", "¥120,000", 120000, "JPY"],
    ["Sales reached 300 million euros.", "300 million euros", 300e6, "EUR"],
    ["The deal is worth 2.4 trillion yuan.", "2.4 trillion yuan", 2.4e12, "CNY"],
    ["A ticket costs 45 pounds.", "45 pounds", 45, "GBP"],
    ["The startup raised $500k from angels.", "$500k", 500e3, "USD"],
    ["It is a $1.2-billion deal.", "$1.2-billion", 1.2e9, "USD"],
    ["The project will cost Rs 500 crore.", "Rs 500 crore", 5e9, "INR"],
    ["The deal was worth 1.5 trillion won.", "1.5 trillion won", 1.5e12, "KRW"],
    ["The company lost 40 cents a share.", "40 cents", 0.4, "USD"],
    ["Net income was 40 cts per share.", "40 cts", 0.4, "USD"],
    ["Profit was 125 million australian dollars.", "125 million australian dollars", 125e6, "AUD"],
    ["Tickets cost 10 € each.", "10 €", 10, "EUR"],
    ["The startup raised $10M in its first round.", "$10M", 10e6, "USD"],
    ["The fund manages €10B for pensions.", "€10B", 10e9, "EUR"],
    ["Its GDP is $2.174T.", "$2.174T", 2.174e12, "USD"],
    ["The contract pays $85K a year.", "$85K a year", 85e3, "USD/year"],
    ["Gold will hold above the 400 U.S. dlr an ounce level.", "400 U.S. dlr", 400, "USD"],
    ["It earned 282 mln Canadian dlrs in 1985.", "282 mln Canadian dlrs", 282e6, "CAD"],
    ["Profit was 1.23 billion H.K. Dlrs.", "1.23 billion H.K. Dlrs", 1.23e9, "HKD"],
    ["The dollar closed at 1.8500 marks.", "1.8500 marks", 1.85, "DEM"],
    ["The loan is worth 900 billion lire.", "900 billion lire", 900e9, "ITL"],
    ["The package is worth Rs 1.5 lakh crore.", "Rs 1.5 lakh crore", 1.5e12, "INR"],
    ["He bought the shares for $US2.5 million.", "$US2.5 million", 2.5e6, "USD"],
    ["The miner made $A1.4 billion.", "$A1.4 billion", 1.4e9, "AUD"],
    ["Egypt's deficit was 10 billion Egyptian pounds.", "10 billion Egyptian pounds", 10e9, "EGP"],
    ["Shares closed at 352p in London.", "352p", 3.52, "GBP"],
    ["Prices have risen by 50p a litre.", "50p", 0.5, "GBP"],
    ["It will pay a 12-cent dividend.", "12-cent", 0.12, "USD"],
    ["Clinton requested dlrs 50 million in aid.", "dlrs 50 million", 50e6, "USD"],
    ["The 270billion dollar cut hurt.", "270billion dollar", 270e9, "USD"],
  ])("%s", (sentence, text, value, unit) => {
    expect(only(sentence)).toMatchObject({
      type: "money",
      text,
      value,
      unit,
      bound: null,
      role: null,
    });
  });

  it("reads a vague amount of money as approximate with a lower bound", () => {
    expect(only("The ban forced it to write off billions in revenue.")).toMatchObject({
      type: "money",
      text: "billions",
      value: 1e9,
      approximate: true,
      bound: "gte",
    });
  });
});

describe("percentages and points", () => {
  it.each([
    ["China accounted for 26% of revenue.", "26%", "percent", 26, "%"],
    ["Turnout was 61.5 percent.", "61.5 percent", "percent", 61.5, "%"],
    ["Inflation eased to 3.2 per cent.", "3.2 per cent", "percent", 3.2, "%"],
    ["Shares fell 3.5pc on Monday.", "3.5pc", "percent", 3.5, "%"],
    ["It owns a 51-pct stake in the mill.", "51-pct", "percent", 51, "%"],
    ["It bought a 49-percent stake.", "49-percent", "percent", 49, "%"],
    ["Prices changed by -0.3% in May.", "-0.3%", "percent", -0.3, "%"],
    ["Support fell 3 percentage points.", "3 percentage points", "percentage_points", 3, "pp"],
    [
      "The bank raised rates by 25 basis points.",
      "25 basis points",
      "percentage_points",
      0.25,
      "pp",
    ],
  ])("%s", (sentence, text, type, value, unit) => {
    expect(only(sentence)).toMatchObject({ text, type, value, unit });
  });
});

describe("counts", () => {
  it.each([
    ["The plant employs 1,200 workers.", "1,200", 1200],
    ["Five people were hurt.", "Five", 5],
    ["It has twenty-one stores.", "twenty-one", 21],
    ["She bought a dozen eggs.", "a dozen", 12],
    ["The city has 3m residents.", "3m", 3e6],
  ])("%s", (sentence, text, value) => {
    expect(only(sentence)).toMatchObject({ type: "count", text, value });
  });

  it.each([
    ["Fewer than a thousand giant pandas live in the wild.", "Fewer than a thousand", 1000],
    [
      "It raised the exemption to seven hundred and fifty dollars.",
      "seven hundred and fifty dollars",
      750,
    ],
    ["Two thousand five hundred people came.", "Two thousand five hundred", 2500],
  ])("reads spelled-out amounts whole: %s", (sentence, text, value) => {
    expect(only(sentence)).toMatchObject({ text, value });
  });

  it("'two and three bedrooms' are two numbers, not five", () => {
    expect(findQuantities("We have two and three bedroom flats.").map((q) => q.value)).toEqual([
      2, 3,
    ]);
  });

  it("reads two-thirds as a fraction: a share of a whole", () => {
    const q = only("Two-thirds of voters backed the plan.");
    expect(q.type).toBe("ratio");
    expect(q.value).toBeCloseTo(2 / 3, 6);
  });

  it("reads 'half of' as a half, its span the words that say it", () => {
    expect(only("It is a little more than half of the total.")).toMatchObject({
      type: "ratio",
      text: "more than half",
      value: 0.5,
      bound: "gt",
    });
  });

  it("reads a fraction written as two words: 'two thirds of'", () => {
    const q = only("Two thirds of voters backed the plan.");
    expect(q).toMatchObject({ type: "ratio", text: "Two thirds" });
    expect(q.value).toBeCloseTo(2 / 3, 6);
  });

  it("reads 'thousands of' as at least a thousand, approximately", () => {
    expect(only("Startups relied on thousands of GPUs.")).toMatchObject({
      text: "thousands",
      type: "count",
      value: 1000,
      approximate: true,
      bound: "gte",
    });
  });
});

describe("durations, measures, ranks and ratios", () => {
  it.each([
    [
      "It has operated there for over 20 years.",
      { text: "over 20 years", type: "duration", value: 20, unit: "year", bound: "gt" },
    ],
    ["The talks lasted 18 months.", { type: "duration", value: 18, unit: "month" }],
    [
      "The field produced 120 mln cubic feet of gas a day.",
      { type: "measure", value: 120e6, unit: "ft3" },
    ],
    ["Temperatures hit 40C in Madrid.", { text: "40C", type: "measure", value: 40, unit: "°C" }],
    [
      "Water boils at 100° Celsius.",
      { text: "100° Celsius", type: "measure", value: 100, unit: "°C" },
    ],
    [
      "Seville hit 104° Fahrenheit on Monday.",
      { text: "104° Fahrenheit", type: "measure", value: 104, unit: "°F" },
    ],
    [
      "Temperatures reached 40° in Seville.",
      { text: "40°", type: "measure", value: 40, unit: "degree" },
    ],
    ["The tower is 828m tall.", { text: "828m", type: "measure", value: 828, unit: "m" }],
    [
      "The project took two and a half years.",
      { text: "two and a half years", type: "duration", value: 2.5, unit: "year" },
    ],
    [
      "Reserves cover five-and-a-half months of imports.",
      { text: "five-and-a-half months", type: "duration", value: 5.5, unit: "month" },
    ],
    [
      "Output rose to 1.2 million barrels per day.",
      { type: "measure", value: 1.2e6, unit: "barrel/day" },
    ],
    ["The pipeline is 450 km long.", { type: "measure", value: 450, unit: "km" }],
    ["The farm produces 500 MW of power.", { type: "measure", value: 500, unit: "MW" }],
    ["The mill shipped 40,000 tonnes of steel.", { type: "measure", value: 40000, unit: "tonne" }],
    [
      "Output totaled 291,890 metric tons in the week.",
      { type: "measure", value: 291890, unit: "tonne" },
    ],
    ["It owns 190,000 square meters of offices.", { type: "measure", value: 190000, unit: "m2" }],
    ["The car can reach 188 miles an hour.", { type: "measure", value: 188, unit: "mph" }],
    [
      "The storm cut a path ten miles long.",
      { text: "ten miles", type: "measure", value: 10, unit: "mile" },
    ],
    ["He made a six-mile trip.", { text: "six-mile", type: "measure", value: 6, unit: "mile" }],
    ["They were given 50 mg of ethanol.", { type: "measure", value: 50, unit: "mg" }],
    ["The day has only 3 hrs of light.", { type: "duration", value: 3, unit: "hour" }],
    [
      "The talks lasted 3 1/2 hours.",
      { text: "3 1/2 hours", type: "duration", value: 3.5, unit: "hour" },
    ],
    ["The notes pay 12 3/4% a year.", { text: "12 3/4%", type: "percent", value: 12.75 }],
    [
      "He served 2½ years in prison.",
      { text: "2½ years", type: "duration", value: 2.5, unit: "year" },
    ],
    ["It is ranked No. 1 in the region.", { type: "rank", value: 1 }],
    [
      "It is the country's third-largest lender.",
      { type: "rank", value: 3, text: "third-largest" },
    ],
    ["It was the second-worst level on record.", { type: "rank", value: 2, text: "second-worst" }],
    ["One in five adults smokes.", { type: "ratio", value: 0.2 }],
    ["Seven in 10 voters agreed.", { type: "ratio", value: 0.7 }],
    [
      "The plant will make 5.2-million-tonne batches.",
      { type: "measure", value: 5.2e6, unit: "tonne" },
    ],
    ["The shop ran a two-for-one offer.", { type: "ratio", value: 2 }],
  ])("%s", (sentence, expected) => {
    expect(only(sentence)).toMatchObject(expected);
  });
});

describe("bounds and approximations", () => {
  it.each([
    ["more than 1,000 people", "gt", false],
    ["at least 5 ministers", "gte", false],
    ["nearly 20% of homes", "lt", true],
    ["up to $2bn in aid", "lte", false],
    ["as much as 10% more", "lte", false],
    ["as many as 300 staff", "lte", false],
    ["bids as high as €100m", "lte", false],
    ["rates as low as 3.9%", "gte", false],
    ["fewer than 300 staff", "lt", false],
    ["10,000+ signatures", "gte", false],
    ["residents aged 65 and over", "gte", false],
  ])("%s", (phrase, bound, approximate) => {
    expect(only(`They counted ${phrase} in all.`)).toMatchObject({ bound, approximate });
  });

  it.each([
    ["Nearly half of Americans say prices are too high.", "Nearly half", "lt", true],
    ["More than a third of companies cut jobs.", "More than a third", "gt", false],
    ["About two-thirds of voters backed the plan.", "About two-thirds", null, true],
    ["Roughly one in five adults smokes.", "Roughly one in five", null, true],
  ])("fractions and ratios take their bounds too: %s", (sentence, text, bound, approximate) => {
    expect(only(sentence)).toMatchObject({ text, bound, approximate });
  });

  it.each([
    "about 300 workers",
    "roughly 40 firms",
    "some 40 companies",
    "an estimated 9,000 jobs",
  ])("%s is approximate", (phrase) => {
    expect(only(`There were ${phrase} involved.`)).toMatchObject({
      approximate: true,
      bound: null,
    });
  });
});

describe("ranges and changes are linked by role", () => {
  it("from X to Y", () => {
    const qs = findQuantities("Procurement was projected to rise from 42% to 49%.");
    expect(qs.map((q) => [q.text, q.value, q.role])).toEqual([
      ["42%", 42, "from"],
      ["49%", 49, "to"],
    ]);
  });

  it.each([
    [
      "Prices rose 3 to 4 percent.",
      [
        [3, "percent", "low"],
        [4, "percent", "high"],
      ],
    ],
    [
      "The company has 10,000-12,000 employees.",
      [
        [10000, "count", "low"],
        [12000, "count", "high"],
      ],
    ],
    [
      "The index rose 12 to 1,500 points.",
      [
        [12, "count", null],
        [1500, "measure", "to"],
      ],
    ],
  ])(
    "a range with its unit written once, or a change that only looks like one: %s",
    (sentence, expected) => {
      expect(findQuantities(sentence).map((q) => [q.value, q.type, q.role])).toEqual(expected);
    },
  );

  it.each([
    "Accepted bids ranged from 5.92 to 5.99 pct.",
    "Bids range from 5.92 pct to 5.99 pct.",
    "Yields varied from 5.92 to 5.99 pct.",
  ])("'ranged from X to Y' spans a range, not a change: %s", (sentence) => {
    expect(findQuantities(sentence).map((q) => [q.value, q.role])).toEqual([
      [5.92, "low"],
      [5.99, "high"],
    ]);
  });

  it("between X and Y shares the scale written once", () => {
    const qs = findQuantities("Between 5 and 10 million people were affected.");
    expect(qs.map((q) => [q.value, q.role])).toEqual([
      [5e6, "low"],
      [10e6, "high"],
    ]);
  });

  it("a change amount and its end point are separate quantities", () => {
    const qs = findQuantities("Sales rose 3% to $4.2 billion.");
    expect(qs.map((q) => [q.type, q.value, q.role])).toEqual([
      ["percent", 3, null],
      ["money", 4.2e9, "to"],
    ]);
  });

  it.each([
    [
      // The level is an exchange rate: ringgit per dollar.
      "The ringgit firmed 0.2% to 4.12 per dollar.",
      [
        ["percent", 0.2, null],
        ["money", 4.12, "to"],
      ],
    ],
    [
      "Shell eased 1 to 416 in London.",
      [
        ["count", 1, null],
        ["count", 416, "to"],
      ],
    ],
  ])(
    "markets' verbs of change make a change and its level, not a range: %s",
    (sentence, expected) => {
      expect(findQuantities(sentence).map((q) => [q.type, q.value, q.role])).toEqual(expected);
    },
  );

  it("the level after a change in barrels or dollars is in the same unit", () => {
    const qs = findQuantities("Oil output fell by 500,000 barrels a day to 8.1 million.");
    expect(qs.map((q) => [q.type, q.value, q.unit, q.role])).toEqual([
      ["measure", 500000, "barrel/day", null],
      ["measure", 8.1e6, "barrel/day", "to"],
    ]);
  });

  it("'five or six miles' is a range in miles", () => {
    const qs = findQuantities("The islands are five or six miles off the coast.");
    expect(qs.map((q) => [q.value, q.unit, q.role])).toEqual([
      [5, "mile", "low"],
      [6, "mile", "high"],
    ]);
  });

  it("'three points to make' is a count, not a measure", () => {
    expect(findQuantities("I have three points to make.")[0]).toMatchObject({
      type: "count",
      value: 3,
    });
  });

  it("'ticked up to' is where a figure went, not a cap", () => {
    const qs = findQuantities("Unemployment ticked up to 4.2% in July from 4.1% in June.");
    expect(qs.map((q) => [q.value, q.bound, q.role])).toEqual([
      [4.2, null, "to"],
      [4.1, null, "from"],
    ]);
  });

  it("a percentage change is not the end point of an amount", () => {
    const qs = findQuantities("This was 5.19 pct up from 49.98 billion at the end of November.");
    expect(qs.map((q) => [q.type, q.value, q.role])).toEqual([
      ["percent", 5.19, null],
      ["count", 49.98e9, "from"],
    ]);
  });

  it("the earlier figure of 'X tonnes, up from Y mln' is in tonnes too", () => {
    const qs = findQuantities(
      "Exports hit 100 mln tonnes in January, up from 97.3 mln a year earlier.",
    );
    expect(qs.map((q) => [q.type, q.value, q.unit, q.role])).toEqual([
      ["measure", 100e6, "tonne", "to"],
      ["measure", 97.3e6, "tonne", "from"],
    ]);
  });

  it.each([
    ["Sales totalled 26.01 mln tonnes against 25.40 mln a year ago.", ["measure", 25.4e6, "tonne"]],
    ["Stocks were 217,554 tonnes against 224,101 a year earlier.", ["measure", 224101, "tonne"]],
    ["The rate rose to 158 yen in the first half from 207 a year earlier.", ["money", 207, "JPY"]],
    ["Exports were 3.1 billion dlrs, compared with 2.9 billion in 1985.", ["money", 2.9e9, "USD"]],
    [
      "Revenue will grow to 199.5 billion baht against 185.5 billion targeted for 1986/87.",
      ["money", 185.5e9, "THB"],
    ],
    [
      "It forecast a loss of 15 billion yen against a 3.98 billion loss a year earlier.",
      ["money", 3.98e9, "JPY"],
    ],
    [
      "It issued 3.85 billion dlrs of certificates and about 1.8 billion had not been used.",
      ["money", 1.8e9, "USD"],
    ],
  ])("a bare figure compared with an amount is in its unit: %s", (sentence, second) => {
    const qs = findQuantities(sentence);
    expect([qs[1]!.type, qs[1]!.value, qs[1]!.unit]).toEqual(second);
  });

  it("a percentage change and a later amount are not a range", () => {
    const qs = findQuantities(
      "Exports fell 2.3 pct to 1.28 billion and imports 24.4 pct to 2.14 billion.",
    );
    expect(qs.map((q) => [q.type, q.value])).toEqual([
      ["percent", 2.3],
      ["count", 1.28e9],
      ["percent", 24.4],
      ["count", 2.14e9],
    ]);
  });

  it("vehicle exports with no currency in the sentence are not money", () => {
    const qs = findQuantities("Japan's vehicle exports fell 3.8 pct to 6.59 mln in the year.");
    expect(qs[1]).toMatchObject({ type: "count", value: 6.59e6 });
  });

  it("a change percentage between an amount and its baseline does not hide the amount's unit", () => {
    const qs = findQuantities(
      "Gasoline demand averaged 6.72 mln bpd, off 1.2 pct from 6.80 mln last year.",
    );
    expect(qs[2]).toMatchObject({ type: "measure", value: 6.8e6, unit: "barrel/day" });
  });

  it("a compared figure that counts something else keeps its own noun", () => {
    const qs = findQuantities("It shipped 500 tonnes, compared with 12 trucks last year.");
    expect(qs.map((q) => [q.type, q.unit])).toEqual([
      ["measure", "tonne"],
      ["count", null],
    ]);
  });

  it("an end point alone", () => {
    expect(only("China's share of revenue dropped to 13%.")).toMatchObject({
      value: 13,
      role: "to",
    });
  });
});

it("spans are offsets into the sentence plus the given offset", () => {
  const s = "It earned $5 billion.";
  const [q] = findQuantities(s, 100);
  expect(q!.span).toEqual({ start: 110, end: 120 });
});

describe("an amount converted in brackets", () => {
  it.each([
    "Toyota now expects operating profit of 4.3 trillion yen ($28.1 billion), up from its previous forecast of 4 trillion yen.",
    "Sales were 5 trillion yen ($33 billion), up from 4.2 trillion yen.",
    "Net income gained to 235 million guilders ($113.2 million) from 144 million guilders.",
  ])("plays the part of the amount it converts: %s", (sentence) => {
    expect(findQuantities(sentence).map((q) => q.role)).toEqual(["to", "to", "from"]);
  });

  it("must not change: a second amount of the same currency after a bracket is its own", () => {
    expect(
      findQuantities("Revenue rose to $5 billion (from $4 billion a year ago).").map((q) => q.role),
    ).toEqual(["to", "from"]);
  });
});
