// Quantity classes read on news the extractor had not seen: ages, ordinals that rank, money by the
// period, a minus after the currency. Each table holds phrasings that must read the new way and ones
// that must not change.
import { describe, expect, it } from "vitest";
import { extractClaims, findQuantities } from "../../src/extract/index.js";

const read = (s: string) =>
  findQuantities(s).map((q) => ({ text: q.text, type: q.type, value: q.value, unit: q.unit }));

describe("ages", () => {
  it.each([
    ["Maria Lopez, 52, said the plant would close.", "52", 52],
    ["The actor died aged 77 in a London hospital.", "77", 77],
    ["Tom Okafor, 19, a student from Leeds, was arrested.", "19", 19],
    ["Children ages 5 and up can enter.", "5", 5],
    ["She retired at age 64.", "64", 64],
    ["She died at the age of 91.", "91", 91],
    ["He turned 80 last week.", "80", 80],
    ["At 72, he is the oldest candidate.", "72", 72],
    ["A boy, 14, and a girl, 12, were hurt.", "14", 14],
    // The age at the time of writing or of the story.
    ["Kipchoge, now 40, set the course record in 2022.", "40", 40],
    ["Kiptum, then 23, ran 2:00:35 in Chicago.", "23", 23],
    ["The boy, who is 14, was hurt in the crash.", "14", 14],
    ["She became, at 23, the youngest MP in 2019.", "23", 23],
    // An age bound on a group of people.
    ["Youth unemployment, among people under 25, was 14.8%.", "under 25", 25],
    ["Those over 65 make up 19% of the population.", "over 65", 65],
    ["Children under five were most at risk.", "under five", 5],
    ["Homeowners aged over 65 now outnumber the young.", "over 65", 65],
    // An age measured: "the average age … has risen to 34".
    ["The average age of a first-time buyer has risen to 34.", "34", 34],
    ["The state pension age will rise to 67 in 2028.", "67", 67],
    // The oldest or youngest of the people told of.
    ["He stole from 14 customers, the oldest of whom was 97.", "97", 97],
    ["The youngest victim was 4, police said.", "4", 4],
    // Indian papers bracket the age after the name.
    ["The accused, identified as Rakesh Sharma (56), was sent to custody.", "56", 56],
    // A player's role before the age.
    ["The England captain, 32, needed only 104 games to reach the milestone.", "32", 32],
    ["The Arsenal defender, 27, signed a contract worth £200,000 a week.", "27", 27],
    // The youngest of a group, and how young the youngest were.
    ["The youngest, now 19, was recruited by the gang.", "19", 19],
    ["The gang exploited 30 children, some as young as 13.", "13", 13],
    ["She was 15 when she was recruited.", "15", 15],
    // Written as one word, the age keeps the whole of it.
    ["A 19-year-old was arrested on Friday.", "19-year-old", 19],
    ["The six-year-old boy was returned to Cuba.", "six-year-old", 6],
  ])("%s → an age of %s years", (s, text, value) => {
    expect(read(s)).toContainEqual({ text, type: "duration", value, unit: "year" });
  });

  it.each([
    ["Some of the residents were in their 90s.", "their 90s", 90],
    ["He is in his early 40s and earns £50,000.", "his early 40s", 40],
  ])("an age by decade is at least its decade: %s", (s, text, value) => {
    expect(findQuantities(s).map((q) => [q.text, q.type, q.value, q.unit, q.bound])).toContainEqual(
      [text, "duration", value, "year", "gte"],
    );
  });

  it("must not change: a figure of things, when someone arrived, is no age", () => {
    expect(read("Sales were 15 when he arrived.")).toContainEqual({
      text: "15",
      type: "count",
      value: 15,
      unit: null,
    });
  });

  it("must not change: 'the 90s' is a decade, no age", () => {
    expect(findQuantities("Prices rose in the 90s.")).toEqual([]);
  });

  it("must not change: a bracketed number after a name that is no person's stays a count", () => {
    expect(read("Shares of Apple rose 3% to $230, with Group B (4) down.")).toContainEqual({
      text: "4",
      type: "count",
      value: 4,
      unit: null,
    });
  });

  it.each([
    "Women aged 50-64 earn less.",
    "Women aged 50 to 64 earn less.",
    "Adults aged between 50 and 64 voted Labour.",
    "Women aged from 50 to 64 earn less.",
  ])("an age range keeps both ends: %s", (s) => {
    const ages = findQuantities(s).map((q) => [q.value, q.type, q.unit, q.role]);
    expect(ages).toEqual([
      [50, "duration", "year", "low"],
      [64, "duration", "year", "high"],
    ]);
  });

  it.each([
    ["Germany, 52, France, 48 and Spain, 40 took part.", 52],
    ["The club has 52 members.", 52],
    ["At 72, the index was flat.", 72],
    ["In Berlin, 52 people were hurt.", 52],
    ["The firm, 150, employs many.", 150],
    ["The number of stores, now 40, will double.", 40],
    ["The index, which is 14, rose.", 14],
    ["The firm employs over 65 people.", 65],
    ["The average price of a ticket rose to 34 in 2024.", 34],
    ["The age of the fleet has risen to 12.", 12],
    ["The oldest building has 12 floors.", 12],
  ])("a count stays a count: %s", (s, value) => {
    expect(read(s)).toContainEqual(expect.objectContaining({ type: "count", value }));
  });
});

it("'25- to 34-year-olds' are two ages", () => {
  expect(read("Just 27% of 25- to 34-year-olds own their home.")).toEqual(
    expect.arrayContaining([
      expect.objectContaining({ value: 25, type: "duration", unit: "year" }),
      expect.objectContaining({ text: "34-year-olds", value: 34, type: "duration", unit: "year" }),
    ]),
  );
});

describe("crowns", () => {
  const money = (text: string) =>
    extractClaims({ text, publishedAt: "2025-11-05" })
      .claims.flatMap((c) => c.quantities)
      .filter((q) => q.type === "money")
      .map((q) => [q.text, q.unit]);

  it("a currency written out once says whose the story's bare crowns are", () => {
    expect(
      money(
        "Sales rose 5% to 74.98 billion Danish crowns.\n\nWegovy sales grew 18% to 20.35 billion crowns.\n\nThe plan will save 8 billion crowns a year from 2026.",
      ),
    ).toEqual([
      ["74.98 billion Danish crowns", "DKK"],
      ["20.35 billion crowns", "DKK"],
      ["8 billion crowns a year", "DKK/year"],
    ]);
  });

  it("a country in the lead says whose they are; with neither, they are Sweden's", () => {
    expect(money("Norway's oil fund lost 400 billion crowns in 2022.")).toEqual([
      ["400 billion crowns", "NOK"],
    ]);
    expect(money("The fund lost 400 billion crowns in 2022.")).toEqual([
      ["400 billion crowns", "SEK"],
    ]);
  });
});

describe("an age range in months", () => {
  it.each([
    ["The trial involved 450 children aged five to 17 months.", "five", 5, "month"],
    ["Babies aged 6 to 18 months were tested.", "6", 6, "month"],
    // Must not change: in years, written or not.
    ["Children aged 5 to 11 years were eligible.", "5", 5, "year"],
    ["Adults aged 18 to 65 took part.", "18", 18, "year"],
  ])("%s → its low end %s, %s %s", (s, text, value, unit) => {
    expect(read(s)).toContainEqual({ text, type: "duration", value, unit });
  });
});

describe("'over' a duration", () => {
  it.each([
    // After an amount or a change it spans the duration, no bound …
    ["The offer included a 25% pay rise over four years.", "four years", null],
    ["It will spend C$250 million over five years.", "five years", null],
    ["Prices rose 20% over two years.", "two years", null],
    // … otherwise it counts more than it.
    ["Nvidia has operated in China for over 20 years.", "over 20 years", "gt"],
    ["It was founded over 20 years ago.", "over 20 years", "gt"],
    ["The talks took over two hours.", "over two hours", "gt"],
  ])("%s → %s, bound %s", (s, text, bound) => {
    expect(findQuantities(s)).toContainEqual(
      expect.objectContaining({ text, type: "duration", bound }),
    );
  });
});

describe("ordinals that rank", () => {
  it.each([
    ["He became the 45th president.", "45th", 45],
    ["She won her 12th title on Sunday.", "12th", 12],
    ["It is the country's 3rd-largest bank.", "3rd-largest", 3],
    ["July 2025 was the third-warmest July on record.", "third-warmest", 3],
    ["Europe had its second-hottest June on record.", "second-hottest", 2],
    ["It was the second-sunniest spring since 1910.", "second-sunniest", 2],
    // A word ordinal after "the" counting things within a period.
    ["Milton was the fourth named storm of the season.", "fourth", 4],
    ["It is the fourth major blaze in Southern California this year.", "fourth", 4],
    ["It was the third such attack since 2019.", "third", 3],
    ["It was the second rate cut this year.", "second", 2],
    // … or after a name's possessive.
    ["It is Toyota's second big recall this year.", "second", 2],
    // … after a record, however told, and a seeding.
    ["He will play for a record-extending 25th major title.", "25th", 25],
    ["She won a record-equalling eighth title.", "eighth", 8],
    ["The 38-year-old, seeded seventh, lost in the final.", "seeded seventh", 7],
  ])("%s → rank %s", (s, text, value) => {
    expect(read(s)).toContainEqual({ text, type: "rank", value, unit: null });
  });

  it.each([
    ["Amazon is one of the country's 10 largest private employers.", "10", 10],
    ["Its five biggest markets grew 3% in 2024.", "five", 5],
    ["The last 10 years were the 10 warmest on record.", "10", 10],
  ])("a place in the top N: %s → rank at most %s", (s, text, value) => {
    expect(findQuantities(s)).toContainEqual(
      expect.objectContaining({ text, type: "rank", value, bound: "lte" }),
    );
  });

  it.each([
    ["It hired 10 best-selling authors.", 10],
    ["The 10 staff were the best.", 10],
  ])("a count stays a count: %s", (s, value) => {
    expect(findQuantities(s)).toContainEqual(expect.objectContaining({ type: "count", value }));
  });

  it.each([
    "The shop opened on the 5th.",
    "Payment is due by the 15th.",
    "We met on the 5th of May.",
    "Houses built in the 19th century.",
    "Sales fell in the 2nd quarter.",
    "Sales fell in the second quarter of this year.",
    "He scored for the third time this season.",
    "Talks entered the second day this week.",
    "The second half of the season was harder.",
    // A moment of a match or a race, a stage, a storey.
    "Ekitike opened the scoring in the 37th minute.",
    "He crashed on the 12th lap.",
    "She won at the 18th hole.",
    "They live on the 10th floor.",
  ])("a day or a period is not a rank: %s", (s) => {
    expect(read(s).filter((q) => q.type === "rank")).toEqual([]);
  });
});

describe("money by the period", () => {
  it.each([
    ["Rent rose to $300 a month.", "$300 a month", 300, "USD/month"],
    ["Nurses earn £40,000 a year.", "£40,000 a year", 40000, "GBP/year"],
    ["The wage is $15 per hour.", "$15 per hour", 15, "USD/hour"],
    ["He paid €2m per annum.", "€2m per annum", 2e6, "EUR/year"],
    // What it is spent on may follow, even on something.
    [
      "It will spend around $30 billion a year on data centers.",
      "around $30 billion a year",
      3e10,
      "USD/year",
    ],
    ["It paid $5 million a year on average.", "$5 million a year", 5e6, "USD/year"],
    [
      "I pay EMIs of Rs 48,000 every month for a flat.",
      "Rs 48,000 every month",
      48000,
      "INR/month",
    ],
  ])("%s keeps its period", (s, text, value, unit) => {
    expect(read(s)).toContainEqual({ text, type: "money", value, unit });
  });

  it.each([
    ["Sea levels are rising at 4.7mm a year.", "4.7mm a year", 4.7, "mm/year"],
    ["He runs 10 miles a day.", "10 miles a day", 10, "mile/day"],
    ["The car hit 100 km per hour.", "100 km per hour", 100, "km/h"],
  ])("a measure by the period keeps it too: %s", (s, text, value, unit) => {
    expect(read(s)).toContainEqual({ text, type: "measure", value, unit });
  });

  it.each([
    [
      "Asking rents hit £1,376 a month, up from £1,300 a year earlier.",
      "£1,300",
      1300,
      "GBP/month",
    ],
    ["Rent rose to $300 a month from $250.", "$250", 250, "USD/month"],
  ])("the other end of a change by the period is of the same rate: %s", (s, text, value, unit) => {
    expect(read(s)).toContainEqual({ text, type: "money", value, unit });
  });

  it.each([
    ["A month later it paid $300.", "$300", 300, "USD"],
    ["It raised $5 million a year ago.", "$5 million", 5e6, "USD"],
    // "a year on" is a year later.
    ["It cost $5 million a year on from the floods.", "$5 million", 5e6, "USD"],
    ["Rents were $300 a month on, at 2% more.", "$300", 300, "USD"],
  ])("money without a period keeps its currency: %s", (s, text, value, unit) => {
    expect(read(s)).toContainEqual({ text, type: "money", value, unit });
  });
});

describe("parts of a million, billion, trillion", () => {
  it.each([
    ["Spending will fall half a billion dlrs.", "half a billion dlrs", 5e8],
    ["Debt rose to well over half a trillion dollars.", "well over half a trillion dollars", 5e11],
    ["It costs half million usd.", "half million usd", 5e5],
    ["It costs a quarter million us dollars.", "a quarter million us dollars", 2.5e5],
    ["Three quarters of a billion dollars was lost.", "Three quarters of a billion dollars", 7.5e8],
  ])("%s", (s, text, value) => {
    expect(read(s)).toContainEqual({ text, type: "money", value, unit: "USD" });
  });

  it.each([
    ["A half million people marched.", "A half million", 5e5],
    ["The town has a quarter of a million residents.", "a quarter of a million", 2.5e5],
  ])("a part of a million counts: %s", (s, text, value) => {
    expect(read(s)).toContainEqual({ text, type: "count", value, unit: null });
  });

  it.each([
    ["About a quarter of voters agreed.", 0.25],
    ["Inflation fell to a quarter of a percent.", 0.25],
  ])("a fraction of something else stays a fraction: %s", (s, value) => {
    expect(read(s)).toContainEqual(expect.objectContaining({ value }));
  });

  it("'half a dozen' stays six", () => {
    expect(read("Half a dozen firms bid.")).toContainEqual(
      expect.objectContaining({ type: "count", value: 6 }),
    );
  });
});

describe("rates, bounds and points written with hyphens", () => {
  it.each([
    ["The scheme costs £1.2bn-a-year.", "£1.2bn-a-year", "money", 1.2e9, "GBP/year"],
    ["Unemployment rose by 0.3 points to 4.4%.", "0.3 points", "percentage_points", 0.3, "pp"],
    ["The FTSE 100 rose 45 points to 8,250.", "45 points", "measure", 45, "point"],
  ])("%s", (s, text, type, value, unit) => {
    expect(read(s)).toContainEqual({ text, type, value, unit });
  });

  it.each([
    ["It has 100,000-plus members.", "100,000-plus"],
    ["The deal is worth $1.5 trillion-plus.", "$1.5 trillion-plus"],
    ["He earns £100,000+ a year.", "£100,000+ a year"],
  ])("'-plus' is a lower bound: %s", (s, text) => {
    expect(findQuantities(s)).toContainEqual(expect.objectContaining({ text, bound: "gte" }));
  });
});

describe("'plus' after an amount", () => {
  it("before another amount adds it, no floor", () => {
    expect(
      findQuantities("The deal is worth an initial £100m plus £16m in add-ons.").map((q) => [
        q.text,
        q.bound,
      ]),
    ).toEqual([
      ["£100m", null],
      ["£16m", null],
    ]);
  });

  it("must not change: alone, it is a floor", () => {
    expect(findQuantities("The house is worth £1m plus.").map((q) => q.bound)).toEqual(["gte"]);
  });
});

describe("signs", () => {
  it.each([
    ["The loss was $-12.4bn.", "$-12.4bn", -12.4e9],
    ["Cash flow was -$3m.", "-$3m", -3e6],
    ["It made $12.4bn.", "$12.4bn", 12.4e9],
  ])("%s", (s, text, value) => {
    expect(read(s)).toContainEqual({ text, type: "money", value, unit: "USD" });
  });
});

describe("multiples and fractions in words", () => {
  it.each([
    ["Sales more than doubled last year.", "more than doubled", 2, "gt"],
    ["Profits nearly tripled.", "nearly tripled", 3, "lt"],
    ["Costs halved after the merger.", "halved", 0.5, null],
    [
      "The plant is three and a half times larger than the old one.",
      "three and a half times",
      3.5,
      null,
    ],
    ["Roughly one in five adults smoke.", "Roughly one in five", 0.2, null],
    // A share of the people just counted.
    [
      "Most cases were in children, and about a third were in London.",
      "about a third",
      0.333333333333,
      null,
    ],
    ["A quarter said they could not afford heating.", "A quarter", 0.25, null],
    ["Advancers beat decliners by a 1.37-to-1 ratio.", "1.37-to-1", 1.37, null],
    ["Shareholders voted 3-to-1 in favour.", "3-to-1", 3, null],
    ["Prices rose three and a half times in a decade.", "three and a half times", 3.5, null],
    ["Output grew nearly five times since 2010.", "nearly five times", 5, "lt"],
    ["The stock trades at 25 times earnings.", "25 times", 25, null],
    ["House prices are now 8.3 times average earnings.", "8.3 times", 8.3, null],
    ["The firm aims to double sales by 2027.", "double", 2, null],
    ["It plans to halve emissions by 2030.", "halve", 0.5, null],
    ["The new plant is three times its size.", "three times", 3, null],
    ["It now earns five times what it did in 2019.", "five times", 5, null],
    ["It is valued at 12 times forward earnings.", "12 times", 12, null],
    ["She raised £240,000, nearly four times her original target.", "nearly four times", 4, "lt"],
    ["Its fleet is 3 times that of its rival.", "3 times", 3, null],
    ["86mm of rain fell, nearly double the November average.", "nearly double", 2, "lt"],
    ["Sales were triple that of its rival.", "triple", 3, null],
    // A multiple of a level of another time.
    [
      "Tickets reached $2,500, roughly three times last year's level.",
      "roughly three times",
      3,
      null,
    ],
    ["Sales hit 40,000, double last year's total.", "double", 2, null],
    ["Fires burned 1.2 million acres, nearly twice the 10-year average.", "nearly twice", 2, "lt"],
    ["Its market share is twice that of its rival.", "twice", 2, null],
    ["They sold twice as many cars.", "twice", 2, null],
    ["Twice as many people voted early.", "Twice", 2, null],
    ["Women are twice as likely to be affected.", "twice", 2, null],
  ])("%s → a ratio", (s, text, value, bound) => {
    expect(findQuantities(s)).toContainEqual(
      expect.objectContaining({ text, type: "ratio", value, bound }),
    );
  });

  it.each([
    "He was fined twice.",
    "The board meets twice a year.",
    "She won twice in May.",
    "Haaland scored twice as Manchester City beat Bournemouth 3-1.",
    "He scored twice as the team won 3-1 on Saturday.",
  ])("how often is no multiple: %s", (s) => {
    expect(findQuantities(s).filter((q) => q.type === "ratio")).toEqual([]);
  });

  it.each([
    ["The city's population tripled to 1.2 million.", 3, "1.2 million", "count", 1.2e6],
    ["Sales tripled to 300,000 units in 2023.", 3, "300,000", "count", 3e5],
    ["Revenue doubled to $4 billion.", 2, "$4 billion", "money", 4e9],
    ["The rate halved to 2%.", 0.5, "2%", "percent", 2],
  ])(
    "a multiple told as a verb keeps where it went as its own amount: %s",
    (s, multiple, text, type, value) => {
      const qs = findQuantities(s);
      expect(qs.find((q) => q.type === "ratio")).toMatchObject({ value: multiple, role: null });
      expect(qs.find((q) => q.text === text)).toMatchObject({ type, value, role: "to" });
    },
  );

  it("a margin either way is not below zero: 'plus or minus 3 percentage points'", () => {
    expect(
      read("The poll has a margin of error of plus or minus 3 percentage points."),
    ).toContainEqual({
      text: "3 percentage points",
      type: "percentage_points",
      value: 3,
      unit: "pp",
    });
    expect(read("Temperatures fell to minus 5C.")).toContainEqual(
      expect.objectContaining({ type: "measure", value: -5 }),
    );
  });

  it.each([
    ["Rates stayed under a quarter of a percent.", "under a quarter of a percent", 0.25],
    ["Prices rose .05 per cent.", ".05 per cent", 0.05],
    ["Prices rose two per cent.", "two per cent", 2],
    ["The government levied a flat one pct surtax.", "one pct", 1],
    ["Rates rose by one percent last year.", "one percent", 1],
    ["One per cent of people own a fifth of the wealth.", "One per cent", 1],
  ])("%s → a percentage", (s, text, value) => {
    expect(read(s)).toContainEqual({ text, type: "percent", value, unit: "%" });
  });

  it.each([
    ["Sales fell by a quarter in 2024.", "a quarter", 0.25, null],
    ["Homes for rent fell by roughly a third last year.", "roughly a third", 1 / 3, null],
    ["Sales fell by more than a quarter in 2024.", "more than a quarter", 0.25, "gt"],
    ["Prices were cut by nearly half.", "nearly half", 0.5, "lt"],
  ])("a change by a fraction, hedged or not: %s", (s, text, value, bound) => {
    const q = findQuantities(s).find((f) => f.text === text);
    expect(q?.value).toBeCloseTo(value, 6);
    expect(q?.bound).toBe(bound);
  });

  it.each([
    ["About a third of voters backed the plan.", "About a third", 1 / 3],
    ["Three quarters of respondents agreed.", "Three quarters", 0.75],
    ["Two-thirds of the staff were let go.", "Two-thirds", 2 / 3],
    // A quarter of a peak, not of a percent.
    ["Inflation fell to a quarter of its peak.", "a quarter", 0.25],
  ])("a fraction of a whole is a ratio, not a count: %s", (s, text, value) => {
    const q = findQuantities(s).find((f) => f.text === text);
    expect(q).toMatchObject({ type: "ratio" });
    expect(q?.value).toBeCloseTo(value, 6);
  });

  it.each([
    ["The army has three million soldiers.", "three million", 3e6, null],
    ["It cost three billion dollars.", "three billion dollars", 3e9, "USD"],
    ["The population grew by half a million.", "half a million", 5e5, null],
    ["The population grew by a quarter of a million.", "a quarter of a million", 2.5e5, null],
    ["Costs fell by a third of a billion.", "a third of a billion", 1e9 / 3, null],
    ["Two-thirds of a million people voted.", "Two-thirds of a million", 2e6 / 3, null],
    ["Spending was cut by half a billion pounds.", "half a billion pounds", 5e8, "GBP"],
  ])(
    "a part of a million is an amount, a number of millions is whole: %s",
    (s, text, value, unit) => {
      const q = findQuantities(s).find((f) => f.text === text);
      expect(q?.value).toBeCloseTo(value, 0);
      expect(q?.unit).toBe(unit);
    },
  );

  it.each([
    "Sales fell for the past two quarters.",
    "Growth slowed in the first two quarters of 2024.",
    "Sales will rise over the next three quarters.",
    "Profit fell for two quarters.",
    "Revenue rose in three quarters of 2023.",
  ])("quarters of a year are a period, not a fraction: %s", (s) => {
    expect(findQuantities(s).filter((q) => /quarters/.test(q.text))).toEqual([]);
  });

  it.each([
    "The doubles final was rained off.",
    "He was paid by the hour.",
    "She won by a nose in the final quarter.",
    "He played a double role.",
    "He was arrested three times.",
    "Shares fell three times this week.",
    "The New York Times rose to fame.",
  ])("no multiple or percentage where none is stated: %s", (s) => {
    expect(read(s).filter((q) => q.type === "ratio" || q.type === "percent")).toEqual([]);
  });
});

describe("durations in words and on the clock", () => {
  const firstClaim = (text: string) => extractClaims({ text, publishedAt: "2025-08-20" }).claims[0];
  it.each([
    ["The talks lasted a fortnight.", "a fortnight", 2, "week"],
    ["It took half a second.", "half a second", 0.5, "second"],
    ["They waited half an hour.", "half an hour", 0.5, "hour"],
    ["She won the marathon in 2:14:05.", "2:14:05", 8045, "second"],
    ["Jepkosgei was second, 1:28 behind.", "1:28", 88, "second"],
    ["She finished 0:45 clear of the field.", "0:45", 45, "second"],
    ["The strike lasted 36 hours.", "36 hours", 36, "hour"],
    ["Eskom has avoided blackouts for 300 consecutive days.", "300 consecutive days", 300, "day"],
    ["Prices rose for five straight months.", "five straight months", 5, "month"],
    ["Two weeks later the plant reopened.", "Two weeks", 2, "week"],
    // A comparative between the number and its unit.
    ["Men there can expect to live 9.7 fewer years.", "9.7 fewer years", 9.7, "year"],
    ["He asked for 4 more years to finish the job.", "4 more years", 4, "year"],
    // One time told in two units is one duration, in the smaller.
    [
      "Ambulances took 32 minutes and 44 seconds to arrive.",
      "32 minutes and 44 seconds",
      1964,
      "second",
    ],
    ["The flight took two hours and 15 minutes.", "two hours and 15 minutes", 135, "minute"],
    ["He ran the second half in 59 minutes 41 seconds.", "59 minutes 41 seconds", 3581, "second"],
    ["Cheruiyot finished 1 minute 12 seconds behind.", "1 minute 12 seconds", 72, "second"],
    ["He was jailed for six years and four months.", "six years and four months", 76, "month"],
    ["She served 20 years and 5 months in office.", "20 years and 5 months", 245, "month"],
  ])("%s → %s", (s, text, value, unit) => {
    expect(read(s)).toContainEqual({ text, type: "duration", value, unit });
  });

  it("must not change: a time of day before 'behind' is no gap", () => {
    expect(read("The meeting starts at 9:30 behind closed doors.")).toEqual([]);
  });

  it("must not change: units that are not next to each other stay two durations", () => {
    expect(read("It took 3 hours and 10 seconds.")).toEqual([
      { text: "3 hours", type: "duration", value: 3, unit: "hour" },
      { text: "10 seconds", type: "duration", value: 10, unit: "second" },
    ]);
  });

  it.each([
    ["Two weeks later, the plant reopened.", "Two weeks", 2],
    ["Three days after the vote, the minister resigned.", "Three days", 3],
  ])(
    "a shift from the story's time keeps its duration among the claim's figures: %s",
    (s, text, value) => {
      const claim = firstClaim(s);
      expect(claim?.kind).toBe("event");
      expect(claim?.quantities).toContainEqual(
        expect.objectContaining({ text, type: "duration", value }),
      );
    },
  );

  it("a time counted back from publication is a time, not a figure", () => {
    const claim = firstClaim("The Valmont steel plant reopened two weeks ago after the strike.");
    expect(claim?.quantities).toEqual([]);
    expect(claim?.time).toMatchObject({ start: "2025-08-04" });
  });

  it.each([
    ["The trial is expected to last 10 weeks.", "10 weeks", 10],
    ["The strike could last three days in 2025.", "three days", 3],
  ])("'last' as the verb counts a duration, not a time: %s", (s, text, value) => {
    expect(firstClaim(s)?.quantities).toContainEqual(
      expect.objectContaining({ text, type: "duration", value }),
    );
  });

  it("'the last 10 weeks' is still a time", () => {
    expect(firstClaim("Sales rose 5% in the last 10 weeks.")?.time).toMatchObject({
      start: "2025-06-11",
      end: "2025-08-20",
    });
  });

  it("a time of day is no duration", () => {
    expect(read("The meeting starts at 10:30.")).toEqual([]);
  });
});

describe("fractions of a point", () => {
  it.each([
    [
      "The Fed cut its rate by half a percentage point in September.",
      "half a percentage point",
      0.5,
    ],
    ["Yields rose a quarter of a percentage point.", "a quarter of a percentage point", 0.25],
    ["The bank made a quarter-point cut.", "a quarter-point", 0.25],
    [
      "Officials projected only one quarter-percentage-point reduction this year.",
      "one quarter-percentage-point",
      0.25,
    ],
    ["The Fed made a half-percentage-point cut in September.", "a half-percentage-point", 0.5],
    // A point where the sentence is about rates.
    ["The Fed cut rates by half a point.", "half a point", 0.5],
    ["Unemployment rose half a point to 4.3%.", "half a point", 0.5],
    ["The rate was cut by three-quarters of a point.", "three-quarters of a point", 0.75],
    // One point in words, whole.
    [
      "The Fed has cut rates by a full percentage point since September.",
      "a full percentage point",
      1,
    ],
    ["The loan carries a rate of prime plus one percentage point.", "one percentage point", 1],
  ])("%s", (s, text, value) => {
    expect(read(s)).toContainEqual({ text, type: "percentage_points", value, unit: "pp" });
  });

  it("must not change: a fraction of a point in a game is no percentage point", () => {
    expect(
      read("Carlsen finished half a point ahead of Nakamura in 2024.").map((q) => q.type),
    ).not.toContain("percentage_points");
  });

  it.each([
    ["Inflation fell to a quarter of a percent.", "percent"],
    ["He cut costs by half.", "ratio"],
  ])("what must not change: %s", (s, type) => {
    expect(read(s).map((q) => q.type)).toEqual([type]);
  });
});

describe("a fraction on its own", () => {
  it.each([
    ["It is a 1/4 mile paved oval.", "1/4 mile", "measure", 0.25],
    ["The bank cut its rate by 1/2 pct to 5.5 pct.", "1/2 pct", "percent", 0.5],
    ["A mouse can get through a 1/4 inch gap.", "1/4 inch", "measure", 0.25],
  ])("%s", (s, text, type, value) => {
    expect(read(s)).toContainEqual(expect.objectContaining({ text, type, value }));
  });

  it.each([
    "He was born on 1/4 and left.",
    "The 9/11 attacks changed air travel.",
    "Rates were 5/8 on Monday.",
  ])("a date or a name is no fraction: %s", (s) => {
    expect(read(s).filter((q) => q.value < 1)).toEqual([]);
  });
});

describe("earthquakes", () => {
  it.each([
    ["A magnitude 8.8 earthquake struck off Kamchatka.", "8.8", 8.8],
    ["A magnitude-9.0 quake generated waves.", "9.0", 9],
    ["A 7.1-magnitude quake hit Japan.", "7.1-magnitude", 7.1],
    ["The 6.2 magnitude earthquake killed 12 people.", "6.2 magnitude", 6.2],
  ])("a magnitude is a measure on its scale: %s", (s, text, value) => {
    expect(read(s)).toContainEqual({ text, type: "measure", value, unit: "magnitude" });
  });
});

describe("imperial measures", () => {
  it.each([
    ["He is 6ft 2in tall.", "6ft 2in", 6 + 2 / 12, "ft"],
    // Speeds by the second.
    ["The flyby changed its speed by about 2 km per second.", "about 2 km per second", 2, "km/s"],
    ["The river flowed at 5 metres per second.", "5 metres per second", 5, "m/s"],
    // A weight in pounds and ounces is one weight in pounds.
    ["The baby weighed 7lb 8oz at birth.", "7lb 8oz", 7.5, "lb"],
    ["A 10-mile stretch was closed.", "10-mile", 10, "mile"],
    // Areas, abbreviated or hyphenated before what they measure.
    ["The fire covered 1,200 sq km.", "1,200 sq km", 1200, "km2"],
    ["It spans 500 sq miles.", "500 sq miles", 500, "mile2"],
    ["Italy covers 301,338 km2 (116,347 sq mi).", "116,347 sq mi", 116347, "mile2"],
    ["They bought a 1,000-square-foot flat.", "1,000-square-foot", 1000, "ft2"],
    ["The firm manages a 500-square-mile reserve.", "500-square-mile", 500, "mile2"],
    // Sea miles and the containers ships carry.
    ["The aircraft flew 3,000 nautical miles.", "3,000 nautical miles", 3000, "nmi"],
    ["The ship carries 24,000 TEU.", "24,000 TEU", 24000, "TEU"],
    // Lengths written out.
    ["It would raise sea levels by 1.5 millimetres.", "1.5 millimetres", 1.5, "mm"],
    ["Snow fell to a depth of 30 centimetres.", "30 centimetres", 30, "cm"],
    // Energy written out, not power.
    ["It deployed 12.5 gigawatt-hours of storage.", "12.5 gigawatt-hours", 12.5, "GWh"],
    ["The plant produced 2,700 megawatt hours.", "2,700 megawatt hours", 2700, "MWh"],
    ["The port handled 2.4 million TEUs in 2023.", "2.4 million TEUs", 2.4e6, "TEU"],
  ])("%s", (s, text, value, unit) => {
    expect(read(s)).toContainEqual({
      text,
      type: "measure",
      value: expect.closeTo(value, 6),
      unit,
    });
  });

  it("reads both sides of a conversion", () => {
    expect(read("The crack is 30cm (12in) long.")).toEqual([
      { text: "30cm", type: "measure", value: 30, unit: "cm" },
      { text: "12in", type: "measure", value: 12, unit: "inch" },
    ]);
  });

  it.each([
    ["Waves up to 30ft (9m) high hit the coast.", "9m", 9],
    ["The tower is 300m (984ft) tall.", "300m", 300],
    ["The river rose 4m (13ft) in a day.", "4m", 4],
    ["Snow up to 2m (6.5ft) deep fell.", "up to 2m", 2],
  ])("beside a length in feet, the other of the pair is metres: %s", (s, text, value) => {
    expect(read(s)).toContainEqual({ text, type: "measure", value, unit: "m" });
  });

  it.each([
    ["The club paid £30m ($38m) for him.", "$38m", "money"],
    ["It sold 3m (2.5m in 2023) units.", "3m", "count"],
    ["He was fined three times that year.", "three", "count"],
  ])("a pair of millions, and occasions, stay what they were: %s", (s, text, type) => {
    expect(read(s).find((q) => q.text === text)?.type).toBe(type);
  });

  it("'twice this year' counts occasions, not a multiple", () => {
    expect(read("The Fed has cut its rate twice this year.").map((q) => q.type)).not.toContain(
      "ratio",
    );
    expect(read("The new plant is twice this size.")).toContainEqual({
      text: "twice",
      type: "ratio",
      value: 2,
      unit: null,
    });
  });

  it("a number before the preposition 'in' is no inches", () => {
    expect(read("Sales rose 12 in March.").filter((q) => q.type === "measure")).toEqual([]);
  });
});

describe("a lead in points", () => {
  it.each([
    ["Reform has taken a nine-point lead over Labour.", "nine-point", 9],
    ["Labour has a 9-point lead.", "9-point", 9],
    ["It was a 12-point swing.", "12-point", 12],
  ])("%s → %s points", (s, text, value) => {
    expect(read(s)).toContainEqual({ text, type: "measure", value, unit: "point" });
  });

  it("a plan of ten points counts proposals", () => {
    expect(read("He set out a 10-point plan.")).toEqual([
      { text: "10", type: "count", value: 10, unit: null },
    ]);
  });
});

describe("pounds that weigh", () => {
  const story = (text: string) =>
    extractClaims({ text, publishedAt: "2025-01-15" }).claims.flatMap((c) =>
      c.quantities.map((q) => [q.text, q.type, q.value, q.unit]),
    );

  it.each([
    [
      "Israel dropped 2,000-pound bombs on the area, killing 45 people. The U.S. sent $2 billion in aid.",
      ["2,000-pound", "measure", 2000, "lb"],
    ],
    [
      "I can buy a twenty-pound bag of rice for $10 at the store.",
      ["twenty-pound", "measure", 20, "lb"],
    ],
    // Weighed, a pound is a weight in any story.
    [
      "The salmon, caught off London in 2024, weighed 12 pounds.",
      ["12 pounds", "measure", 12, "lb"],
    ],
    ["He weighs 150 to 175 pounds, police said in 2024.", ["150", "measure", 150, "lb"]],
  ])("%s", (text, quantity) => {
    expect(story(text)).toContainEqual(quantity);
  });

  it.each([
    // Must not change: money in a British story, or in one that also speaks of sterling.
    [
      "Britain will pay a 50-pound bonus to 2 million pensioners in 2025.",
      ["50-pound", "money", 50, "GBP"],
    ],
    [
      "The deal is worth 50 million pounds ($63 million), the London firm said in 2024.",
      ["50 million pounds", "money", 50e6, "GBP"],
    ],
  ])("%s", (text, quantity) => {
    expect(story(text)).toContainEqual(quantity);
  });
});

describe("currencies and vague money", () => {
  it.each([
    ["Lunch costs RM120 in Kuala Lumpur.", "RM120", 120, "MYR"],
    ["The levy raised KSh 2.5 billion last year.", "KSh 2.5 billion", 2.5e9, "KES"],
    ["A boda boda ride costs USh 3,000 in Kampala.", "USh 3,000", 3000, "UGX"],
    ["The fine was GH₵ 5,000.", "GH₵ 5,000", 5000, "GHS"],
    ["A jeepney fare costs ₱13 in Manila.", "₱13", 13, "PHP"],
    ["Street food costs ฿50 in Bangkok.", "฿50", 50, "THB"],
    ["A stamp costs 35 sen.", "35 sen", 0.35, "MYR"],
    ["The start-up raised S$2mil.", "S$2mil", 2e6, "SGD"],
    ["Revenue fell to RM8.47bil.", "RM8.47bil", 8.47e9, "MYR"],
    ["Federal debt reached RM1.3tril.", "RM1.3tril", 1.3e12, "MYR"],
    ["The club lost millions of euros.", "millions", 1e6, "EUR"],
    ["Bread costs R45 in Cape Town.", "R45", 45, "ZAR"],
    ["Eskom raised tariffs to R2.1bn.", "R2.1bn", 2.1e9, "ZAR"],
    // An amount no road or rating is written as is rand anywhere.
    ["The company paid R2.3m in damages.", "R2.3m", 2.3e6, "ZAR"],
    ["The fine was R500,000.", "R500,000", 5e5, "ZAR"],
    ["The bill rose to R1.2 billion.", "R1.2 billion", 1.2e9, "ZAR"],
    // Codes and signs of more currencies.
    ["Vinamilk earned VND 9.4 trillion.", "VND 9.4 trillion", 9.4e12, "VND"],
    ["Sales rose to CZK 12 billion.", "CZK 12 billion", 12e9, "CZK"],
    ["Fletcher Building lost NZD 120 million.", "NZD 120 million", 120e6, "NZD"],
    ["The budget is E£3.9 trillion.", "E£3.9 trillion", 3.9e12, "EGP"],
    ["Diesel costs Tk 125 a litre.", "Tk 125", 125, "BDT"],
    // Naira written "N", in a story set in Nigeria, as an amount.
    ["Lagos State spent N150 billion on roads.", "N150 billion", 150e9, "NGN"],
    ["Nigeria's fuel subsidy cost N2,500,000 in May.", "N2,500,000", 2.5e6, "NGN"],
  ])("%s", (s, text, value, unit) => {
    expect(read(s)).toContainEqual({ text, type: "money", value, unit });
  });

  it("a story set in South Africa reads rand in sentences that do not name it", () => {
    const { claims } = extractClaims({
      text: "Eskom avoided load-shedding for 300 days, the utility said.\n\nTariffs will rise by 12.7% from April, adding about R45 a month to a typical bill of R1,200.\n\nDiesel spending reached R23 billion in the 2023/24 financial year.",
      publishedAt: "2025-12-01",
    });
    expect(
      claims.flatMap((c) => c.quantities.filter((q) => q.type === "money").map((q) => q.text)),
    ).toEqual(["about R45 a month", "R1,200", "R23 billion"]);
  });

  const moneyUnits = (text: string) =>
    extractClaims({ text, publishedAt: "2025-10-24" }).claims.flatMap((c) =>
      c.quantities.filter((q) => q.type === "money").map((q) => `${q.text} ${q.unit}`),
    );

  it.each([
    [
      "Resale prices rise again\n\nSINGAPORE – A five-room flat in Bishan sold for $1.6 million in August.",
      ["$1.6 million SGD"],
    ],
    [
      "SYDNEY — The median house price rose to $1.2 million in September, the index showed.",
      ["$1.2 million AUD"],
    ],
    // A paper writing "US$" for America's dollars writes its own bare.
    [
      "SINGAPORE – Exports rose to $18 billion in October, or US$13.9 billion, the agency said.",
      ["$18 billion SGD", "US$13.9 billion USD"],
    ],
  ])("a paper filing from its own dollar country writes its dollars bare: %s", (text, units) => {
    expect(moneyUnits(text)).toEqual(units);
  });

  it.each([
    [
      "Auckland flooding: council faces $48m bill\n\nAuckland Council says repairs will cost at least $48 million.\n\nMetService recorded 212mm of rain at Albany, and Auckland's insurers expect claims of $90m.",
      ["at least $48 million NZD", "$90m NZD"],
    ],
    // The country's own bodies count as coming back to it.
    [
      "Auckland's house prices slip again\n\nAuckland house prices fell 0.8 per cent, according to the latest QV House Price Index.\n\nThe average value is now $1,219,870. The Reserve Bank cut the official cash rate to 2.5 per cent.",
      ["$1,219,870 NZD"],
    ],
    [
      "Singapore home prices rise 1%\n\nSingapore's private home prices rose 1 per cent, to an average of $1.9 million.\n\nSingapore developers sold 900 units, as oil at US$65 a barrel weighed on Singapore's refiners.",
      ["$1.9 million SGD", "US$65 USD"],
    ],
  ])(
    "a local paper with no dateline, whose lead names its country and whose story keeps to it: %s",
    (text, units) => {
      expect(moneyUnits(text)).toEqual(units);
    },
  );

  it.each([
    // Named once, a place is where a company is from.
    [
      "Calder deal agreed\n\nNorthgate agreed to buy Calder of Canada for $4.6 billion.",
      ["$4.6 billion USD"],
    ],
    // A place named twice, and no body of its own, is still no local story.
    [
      "Auckland deal\n\nAuckland's port sold a stake for $48 million to an investor.",
      ["$48 million USD"],
    ],
    // A story that speaks of America is told in its dollars.
    [
      "Auckland deal\n\nAuckland's port sold a stake for $48 million to a U.S. fund.\n\nAuckland officials said Auckland would keep 51%.",
      ["$48 million USD"],
    ],
    // One that writes the country's dollars by name writes its own bare.
    [
      "Auckland deal\n\nAuckland's port sold a stake for $48 million, or 80 million New Zealand dollars.\n\nAuckland officials said Auckland would keep 51%.",
      ["$48 million USD", "80 million New Zealand dollars NZD"],
    ],
  ])("must not change: dollars stay America's: %s", (text, units) => {
    expect(moneyUnits(text)).toEqual(units);
  });

  it.each([
    // A wire story tags its dateline, and writes "S$" for Singapore's dollars.
    [
      "SINGAPORE, Oct 24 (Reuters) - Grab's revenue rose to $873 million in the third quarter.",
      ["$873 million USD"],
    ],
    [
      "SINGAPORE – Grab's revenue rose to $873 million, and the budget set aside S$2 billion for it in 2025.",
      ["$873 million USD", "S$2 billion SGD"],
    ],
    ["Grab's revenue rose to $873 million in Singapore last year.", ["$873 million USD"]],
  ])("dollars stay America's without a local dateline: %s", (text, units) => {
    expect(moneyUnits(text)).toEqual(units);
  });

  it.each([
    [
      "Petrol in South Africa will rise by about 40 cents in November after falling by R1.12 in October.",
      ["about 40 cents ZAR", "R1.12 ZAR"],
    ],
    [
      "Fuel duty rose to 62 cents in 2024 from €0.55 in 2020, the ministry said.",
      ["62 cents EUR", "€0.55 EUR"],
    ],
    // A story that speaks of dollars keeps its cents American.
    [
      "Shares rose 40 cents to $12.10, and the company paid R1.12 in Johannesburg.",
      ["40 cents USD", "$12.10 USD", "R1.12 ZAR"],
    ],
  ])("cents are the story's own currency's: %s", (text, units) => {
    expect(moneyUnits(text)).toEqual(units);
  });

  it.each([
    "The N95 mask sold 2 million units in Lagos.",
    "The N1 road near Abuja carried 40,000 cars a day.",
    "The company raised N150 billion.",
  ])(
    "must not change: an N-number that is no amount, or outside Nigeria, is no naira: %s",
    (text) => {
      expect(read(text).filter((q) => q.unit === "NGN")).toEqual([]);
    },
  );

  it.each(["The R45 road was closed for 3 days.", "The film is rated R18 in 12 countries."])(
    "an R-number outside South Africa is no rand: %s",
    (text) => {
      expect(read(text).filter((q) => q.type === "money")).toEqual([]);
    },
  );
});

describe("rates over a population", () => {
  it.each([
    ["The rate was 42 per 100,000 residents in 2023.", "42 per 100,000 residents", 42e-5],
    ["It fell to 3.5 per 1,000 live births.", "3.5 per 1,000 live births", 3.5e-3],
    // What is counted may stand between the numbers.
    [
      "There were 42 cases per 100,000 residents in March.",
      "42 cases per 100,000 residents",
      42e-5,
    ],
    ["It recorded 12 homicides per 100,000 people.", "12 homicides per 100,000 people", 12e-5],
    ["Only 3 students per 100 passed.", "3 students per 100", 0.03],
  ])("%s keeps both numbers in one rate", (s, text, value) => {
    expect(read(s)).toEqual([{ text, type: "ratio", value, unit: null }]);
  });

  it.each([
    ["Shares cost $5 per share.", "money"],
    ["Prices rose 5 per cent.", "percent"],
    // A unit between the numbers makes a price, not a rate.
    ["Fuel cost 5 cents per 100 grams more.", "money", "measure"],
  ])("'per' in other amounts is no rate: %s", (s, ...types) => {
    expect(read(s).map((q) => q.type)).toEqual(types);
  });
});

describe("exchange rates", () => {
  it.each([
    ["The rupee fell to 83.5 per dollar.", "83.5 per dollar", 83.5, "INR/USD"],
    ["The yen traded at 155.6 to the dollar on Tuesday.", "155.6 to the dollar", 155.6, "JPY/USD"],
    [
      "The ringgit weakened to 4.72 against the dollar.",
      "4.72 against the dollar",
      4.72,
      "MYR/USD",
    ],
    ["South Korea's won slid to 1,380 per dollar.", "1,380 per dollar", 1380, "KRW/USD"],
    ["Sterling was quoted at 1.17 per euro.", "1.17 per euro", 1.17, "GBP/EUR"],
  ])("%s is a price of one currency in another", (s, text, value, unit) => {
    expect(read(s)).toContainEqual({ text, type: "money", value, unit });
  });

  it.each([
    // No currency named before the number: a count per dollar stays a count.
    ["Shareholders get 3 shares per dollar invested.", "3", "count", null],
    // Money already in a currency keeps it.
    ["The dollar rose to 155.6 yen.", "155.6 yen", "money", "JPY"],
    ["The euro rose 0.4% against the dollar.", "0.4%", "percent", "%"],
  ])("%s stays as it was", (s, text, type, unit) => {
    expect(read(s).map((q) => [q.text, q.type, q.unit])).toEqual([[text, type, unit]]);
  });
});

describe("which figure a change runs from and to", () => {
  const roles = (s: string) => findQuantities(s).map((q) => [q.text, q.type, q.role ?? null]);

  it.each([
    ["The scheme has so far paid out £3.1m to 97 of the victims.", "97"],
    ["The fund gave $2m to 40 charities in 2024.", "40"],
  ])("a count after 'to' is who got the amount, not a range's high end: %s", (s, text) => {
    const found = roles(s);
    expect(found).toContainEqual([text, "count", null]);
    expect(found[0]![2]).toBeNull();
  });

  it.each([
    ["There are two to four people in the room.", ["low", "high"]],
    ["Shares rose from £3 to 97p.", ["from", "to"]],
  ])("must not change: %s", (s, expected) => {
    expect(findQuantities(s).map((q) => q.role)).toEqual(expected);
  });

  it.each([
    [
      "Apple said it expected total revenue to grow 10% to 12% in the December quarter.",
      ["low", "high"],
    ],
    ["The company expects sales to grow 4% to 6% next year.", ["low", "high"]],
    ["The drugmaker now expects sales to grow by 8% to 11% in 2025.", ["low", "high"]],
    // Must not change: a rate goes to its level; a past change goes to where it went.
    ["The bank expects inflation to rise 0.3% to 2.6%.", [null, "to"]],
    ["Sales rose 10% to 12% of the market.", [null, "to"]],
  ])("a growth forecast of two percentages spans a range: %s", (s, expected) => {
    expect(findQuantities(s).map((q) => q.role ?? null)).toEqual(expected);
  });

  it.each([
    // A bare "up from" figure is of like size with where it went, not the duration between them.
    [
      "Nearly 55,000 patients waited more than 12 hours in October, up from 44,000 a year earlier.",
      [
        ["Nearly 55,000", "count", "to"],
        ["more than 12 hours", "duration", null],
        ["44,000", "count", "from"],
      ],
    ],
    // An estimate of one figure to another is a range, even after "down from".
    [
      "Growth will be 4.7%, down from an earlier estimate of 4.8% to 5.6%.",
      [
        ["4.7%", "percent", null],
        ["4.8%", "percent", "low"],
        ["5.6%", "percent", "high"],
      ],
    ],
    // A total is no level: the seats won went from 31 to 38, of 90.
    [
      "The Civic Alliance won 38 of the 90 seats, up from 31 in 2019.",
      [
        ["38", "count", "to"],
        ["90", "count", null],
        ["31", "count", "from"],
      ],
    ],
    // What was forecast is no level a change reached.
    [
      "GDP rose 0.3% in the quarter, below forecasts of 0.5% and down from 0.6% in the second quarter.",
      [
        ["0.3%", "percent", "to"],
        ["0.5%", "percent", null],
        ["0.6%", "percent", "from"],
      ],
    ],
    // Whom a supply reaches is no level a figure went to.
    [
      "The utility cut power to about 85,000 customers on Tuesday.",
      [["about 85,000", "count", null]],
    ],
    ["Crews restored water to 40,000 homes.", [["40,000", "count", null]]],
    // Must not change: a price cut to a level.
    ["The firm cut gas prices to 40p a unit.", [["40p", "money", "to"]]],
    [
      "The company would cut capacity growth to 4%, from an earlier plan of 8%.",
      [
        ["4%", "percent", "to"],
        ["8%", "percent", "from"],
      ],
    ],
    [
      "It expects profit of €310 million, down from a previous range of €400 million to €450 million.",
      [
        ["€310 million", "money", null],
        ["€400 million", "money", "low"],
        ["€450 million", "money", "high"],
      ],
    ],
    // Must not change: an end written without its scale takes the other's.
    [
      "Passengers totalled 4.2 mln last year, up from 3.85 in 1985.",
      [
        ["4.2 mln", "count", "to"],
        ["3.85", "count", "from"],
      ],
    ],
    [
      "Net rose to $94.2 million, including gains of $31 million, up from $10 million.",
      [
        ["$94.2 million", "money", "to"],
        ["$31 million", "money", "to"],
        ["$10 million", "money", "from"],
      ],
    ],
  ])("%s", (s, expected) => {
    expect(roles(s)).toEqual(expected);
  });

  it("millions in a clause about people are a count, though another clause names money", () => {
    const quantities = extractClaims({
      text: "Passenger numbers rose 6% to 48.2 million, but average fares dropped 9% to €41.50.",
      publishedAt: "2024-11-05",
    }).claims.flatMap((c) => c.quantities);
    expect(quantities.map((q) => [q.text, q.type])).toEqual([
      ["6%", "percent"],
      ["48.2 million", "count"],
      ["9%", "percent"],
      ["€41.50", "money"],
    ]);
    // Must not change: millions in the clause that names the money are money.
    expect(findQuantities("Revenue rose to 48.2 million, or €2 a share.")[0]!.type).toBe("money");
  });
});

describe("a wait longer or shorter than a figure", () => {
  it.each([
    ["Some 17,000 people waited longer than two months.", "longer than two months", 2, "gt"],
    ["Patients will wait no longer than 18 weeks.", "no longer than 18 weeks", 18, "lte"],
    ["Checks took shorter than 10 minutes.", "shorter than 10 minutes", 10, "lt"],
    // Must not change: the bounds already read.
    ["Patients will wait no more than 18 weeks.", "no more than 18 weeks", 18, "lte"],
    ["Some 17,000 people waited more than two months.", "more than two months", 2, "gt"],
  ])("%s → %s", (s, text, value, bound) => {
    const q = findQuantities(s).find((x) => x.type === "duration");
    expect([q?.text, q?.value, q?.bound]).toEqual([text, value, bound]);
  });
});

describe("one of a unit, bounded; half of a whole; ages after a person noun", () => {
  it.each([
    ["Patients had been waiting more than a year.", "more than a year", 1, "year", "gt"],
    ["It took nearly a decade to build.", "nearly a decade", 1, "decade", "lt"],
    ["The talks lasted over a month.", "over a month", 1, "month", "gt"],
    ["The minister replied in less than one hour.", "less than one hour", 1, "hour", "lt"],
    ["Patients had waited longer than a year.", "longer than a year", 1, "year", "gt"],
    ["Delays were shorter than a week.", "shorter than a week", 1, "week", "lt"],
  ])("%s → %s", (s, text, value, unit, bound) => {
    expect(findQuantities(s).map((q) => [q.text, q.type, q.value, q.unit, q.bound])).toEqual([
      [text, "duration", value, unit, bound],
    ]);
  });

  it.each([
    // Must not change: a time ago, a rate a year, a year alone.
    "It happened more than a year ago.",
    "It lasted a year.",
    "Nobody wants to fly a half-empty plane.",
    "In the first half the company grew.",
  ])("no amount: %s", (s) => {
    expect(findQuantities(s).filter((q) => q.type !== "percent")).toEqual([]);
  });

  it.each([
    ["The previous government lost nearly half its seats.", "nearly half", "lt"],
    ["The units account for nearly half the company's revenue.", "nearly half", "lt"],
  ])("%s → half, bounded", (s, text, bound) => {
    expect(findQuantities(s).map((q) => [q.text, q.type, q.value, q.bound])).toEqual([
      [text, "ratio", 0.5, bound],
    ]);
  });

  it.each([
    ["The victim, 16, was stabbed outside a takeaway.", "16"],
    ["A pensioner, 81, was hurt.", "81"],
    ["The suspect, 23, was arrested on Friday.", "23"],
  ])("%s → an age", (s, text) => {
    expect(read(s)).toContainEqual({ text, type: "duration", value: Number(text), unit: "year" });
  });
});

describe("fractions against a level, and word ordinals after a possessive", () => {
  it.each([
    [
      "Approvals were about a third below their 2019 average.",
      "about a third",
      "ratio",
      0.333333333333,
    ],
    ["Prices are a quarter higher than in 2020.", "a quarter", "ratio", 0.25],
    ["Spending rose to £3.5bn, up a third on the year before.", "a third", "ratio", 0.333333333333],
    ["Prices were down a quarter.", "a quarter", "ratio", 0.25],
    ["Arsenal won 2-1, their ninth victory in 11 games.", "ninth", "rank", 9],
    ["She won her third title in Paris.", "third", "rank", 3],
  ])("%s → %s, a %s", (s, text, type, value) => {
    expect(findQuantities(s).map((q) => [q.text, q.type, q.value])).toContainEqual([
      text,
      type,
      value,
    ]);
  });

  it.each([
    "Its second quarter profit rose.",
    "It was their second year in a row.",
    "Their first goal came late.",
  ])("a period or a first is no rank: %s", (s) => {
    expect(findQuantities(s).filter((q) => q.type === "rank")).toEqual([]);
  });
});

describe("two durations that are not one time", () => {
  it.each(["It took 5 minutes and 3 minutes.", "The match lasted 90 minutes and ended 2-1."])(
    "%s",
    (s) => {
      expect(findQuantities(s).every((q) => q.value < 100)).toBe(true);
    },
  );
});

describe("places in a table or a race", () => {
  it.each([
    ["The win leaves Villa fifth in the table.", "fifth", 5],
    ["Arsenal finished second last season.", "second", 2],
    ["Leeds climbed to fourth after the win.", "fourth", 4],
    ["Brentford drop to ninth.", "ninth", 9],
    ["Villa fall to fifth in the table.", "fifth", 5],
    ["The team sits third in the Premier League table.", "third", 3],
    ["Norris is 12th in the drivers' championship.", "12th", 12],
    ["Labour came third in the poll.", "third", 3],
    ["She came first in the final.", "first", 1],
    // A possessive before the ordinal hides no rank after it.
    ["Sea ice fell to its second-lowest extent on record.", "second-lowest", 2],
  ])("%s → %s", (s, text, value) => {
    expect(findQuantities(s).map((q) => [q.text, q.type, q.value])).toContainEqual([
      text,
      "rank",
      value,
    ]);
  });

  it.each([
    "Safety came first.",
    "He finished the second half strongly.",
    "Sales in the third quarter rose.",
    "The bill passed its second reading.",
    "It came second time round.",
  ])("no place: %s", (s) => {
    expect(findQuantities(s).filter((q) => q.type === "rank")).toEqual([]);
  });

  it("keeps 'second place' one rank", () => {
    expect(findQuantities("It rose to second place.").map((q) => q.text)).toEqual(["second place"]);
  });
});

describe("track distances are metres, not millions", () => {
  it.each([
    ["She came third in the 100m.", "100m", 100],
    ["He won the 400m hurdles.", "400m", 400],
    ["She swam the 1500m freestyle.", "1500m", 1500],
    ["He ran the 10,000m.", "10,000m", 10000],
    ["He won the 100m by half a second.", "100m", 100],
    ["She ran the 200m in 21.8 seconds.", "200m", 200],
    ["The 10m-high wall fell.", "10m", 10],
  ])("%s → %s metres", (s, text, value) => {
    expect(findQuantities(s).map((q) => [q.text, q.type, q.value, q.unit])).toContainEqual([
      text,
      "measure",
      value,
      "m",
    ]);
  });

  it.each([
    ["The firm raised 100m last year.", 100e6],
    ["It has 5m users.", 5e6],
    ["It paid the 100m, the report said.", 100e6],
    ["He won 100m in prize money.", 100e6],
  ])("%s stays millions", (s, value) => {
    expect(findQuantities(s).map((q) => q.value)).toEqual([value]);
  });
});

describe("caps written with a negation", () => {
  it.each([
    ["Clubs can lose no more than £105m over three seasons.", "no more than £105m", "lte"],
    ["The visits last not more than 60 days.", "not more than 60 days", "lte"],
    ["Sites may open for no more than sixty days.", "no more than sixty days", "lte"],
    // Must not change.
    ["It lost more than £105m.", "more than £105m", "gt"],
    ["No less than 5% was paid.", "No less than 5%", "gte"],
  ])("%s → %s (%s)", (s, text, bound) => {
    expect(findQuantities(s).map((q) => [q.text, q.bound])).toContainEqual([text, bound]);
  });

  it.each([
    "Clubs can lose no more than £105m over three seasons.",
    "Prices rose over three years.",
    // Must not change.
    "The fund returned 8% over three years.",
  ])("'over' a span after an amount or a change spans it: %s", (s) => {
    expect(findQuantities(s).filter((q) => q.bound === "gt")).toEqual([]);
  });

  it("must not change: 'over' a duration with no change before it is more than it", () => {
    expect(findQuantities("He spent over three years in jail.").map((q) => q.bound)).toEqual([
      "gt",
    ]);
  });
});

describe("counts of named things", () => {
  it.each([
    ["He has won two La Liga titles.", 2],
    ["Deaths rose in three US states.", 3],
    ["He has outlasted eight American presidents.", 8],
    ["Police arrested six Protestants on suspicion of rioting.", 6],
    ["Police arrested two Cuban exile leaders.", 2],
  ])("%s → %d", (s, value) => {
    expect(findQuantities(s).map((q) => [q.type, q.value])).toContainEqual(["count", value]);
  });

  it.each([
    "Two Sisters opened in Leeds.",
    "As one Tory MP said, it was bad.",
    "The talks resume at four Monday afternoon.",
    "Shares rose eight Canadian cents.",
    "In nineteen ninety-one Charles Keating was convicted.",
  ])("no count of a name, a day, money or a year in words: %s", (s) => {
    expect(
      findQuantities(s)
        .filter((q) => q.type === "count" && q.value !== 19)
        .map((q) => q.text),
    ).toEqual([]);
  });
});

describe("pence in charges and bills", () => {
  it.each([
    ["The standing charge will rise to 53.8p a day.", 0.538],
    ["Bills include a levy of 2.5p per unit.", 0.025],
    ["Tariffs are set at 24.5p per kWh.", 0.245],
    ["Wholesale gas traded at 98p a therm.", 0.98],
    ["Care now takes up 41p of every pound the council spends.", 0.41],
  ])("%s → £%d", (s, value) => {
    expect(findQuantities(s).map((q) => [q.type, q.value, q.unit])).toContainEqual([
      "money",
      value,
      expect.stringMatching(/^GBP/),
    ]);
  });

  it("must not change: a screen's 1080p is no money", () => {
    expect(
      findQuantities("The display streams video at 1080p for a fee.").filter(
        (q) => q.type === "money",
      ),
    ).toEqual([]);
  });
});

describe("concentrations and temperatures against a level", () => {
  it.each([
    [
      "Carbon dioxide rose by 2.9 parts per million to 422 ppm.",
      ["2.9 parts per million", "422 ppm"],
      "ppm",
    ],
    ["Lead in the water reached 15 ppb.", ["15 ppb"], "ppb"],
  ])("%s", (s, texts, unit) => {
    expect(findQuantities(s).map((q) => [q.text, q.type, q.unit])).toEqual(
      texts.map((t) => [t, "measure", unit]),
    );
  });

  it("a figure in degrees above a level is a temperature, and so is the one it explains", () => {
    expect(
      findQuantities("The annual average reached 20.87C, 0.51C above the 1991-2020 average.").map(
        (q) => [q.value, q.unit],
      ),
    ).toEqual([
      [20.87, "°C"],
      [0.51, "°C"],
    ]);
  });

  it("must not change: a report's name is no temperature", () => {
    expect(findQuantities("The 3C report was published in 2024.")).toEqual([]);
  });
});

describe("points in words, and days in a run of dates", () => {
  it.each([
    ["Labour's lead has narrowed to five points.", "five points", 5],
    ["Labour is down three points from December.", "three points", 3],
    ["Arsenal moved three points clear at the top.", "three points", 3],
    ["Villa are seven points behind Chelsea.", "seven points", 7],
    ["Reform UK was on 19%, up three points in a month.", "three points", 3],
    ["The party gained two points over the summer.", "two points", 2],
    // One point moved, as two are.
    ["The index gained one point on Monday.", "one point", 1],
    ["Labour is down 1 point from December.", "1 point", 1],
  ])("%s → %s", (s, text, value) => {
    expect(findQuantities(s).map((q) => [q.text, q.type, q.value])).toContainEqual([
      text,
      "measure",
      value,
    ]);
  });

  it("'and more than' opens an amount of its own: the one before keeps its bound", () => {
    expect(
      findQuantities("Storm Bert brought winds of up to 82mph and more than a month's rain.").map(
        (q) => [q.text, q.bound],
      )[0],
    ).toEqual(["up to 82mph", "lte"]);
    expect(findQuantities("Tickets cost $50 or more.").map((q) => [q.text, q.bound])).toEqual([
      ["$50 or more", "gte"],
    ]);
  });

  it("must not change: 'two points to make' is no score", () => {
    expect(findQuantities("He had two points to make.").map((q) => q.type)).toEqual(["count"]);
  });

  it("must not change: 'at one point' is no amount", () => {
    expect(findQuantities("At one point, the index fell 3%.").map((q) => q.text)).toEqual(["3%"]);
  });

  it.each(["The survey ran between 8 and 10 January.", "The festival runs 8-10 June."])(
    "the first day of a run of dates is no count: %s",
    (s) => {
      expect(findQuantities(s)).toEqual([]);
    },
  );

  it("must not change: a range of percentages keeps both ends", () => {
    expect(findQuantities("Sales rose 8 to 10 percent in January.").map((q) => q.value)).toEqual([
      8, 10,
    ]);
  });
});

describe("temperatures in a story about the climate", () => {
  const quantities = (text: string) =>
    extractClaims({ text, publishedAt: "2025-01-10" }).claims.flatMap((c) =>
      c.quantities.map((q) => [q.text, q.unit]),
    );

  it("a sentence with no word of weather still reads degrees", () => {
    const story =
      "The world's average temperature was 1.6C above pre-industrial levels in 2024.\n\nScientists stressed that a single year above 1.5C does not mean the Paris goal has been missed.\n\nLast year was the hottest since records began, beating the record set in 2023 by about 0.1C.";
    expect(quantities(story)).toEqual([
      ["1.6C", "°C"],
      ["above 1.5C", "°C"],
      ["about 0.1C", "°C"],
    ]);
  });

  it("must not change: a story with no weather reads no temperature in a name", () => {
    expect(quantities("The 3C report sold 4,000 copies in 2024.")).toEqual([["4,000", null]]);
  });
});

describe("a bare million of people in a sentence about money", () => {
  it.each([
    [
      "The bill includes funding for food aid, which had been disrupted for 42 million Americans.",
      "42 million",
    ],
    [
      "Median income is down $4,300 a family and 23 million Americans are out of work.",
      "23 million",
    ],
  ])("counts the people: %s", (s, text) => {
    expect(read(s)).toContainEqual({
      text,
      type: "count",
      value: Number.parseInt(text) * 1e6,
      unit: null,
    });
  });

  it("must not change: a currency named after a people's adjective is money", () => {
    expect(
      findQuantities("Each is injecting 100 million Finnish markkaa ($23.5 million).").map(
        (q) => q.type,
      ),
    ).toEqual(["money", "money"]);
  });
});

describe("a change from a revised figure", () => {
  it.each([
    "The consumer confidence index dropped to 98.0 from a revised 98.5 in April.",
    "Orders fell 1.1 pct in February to 145.1 mln dlrs from a revised 146.7 mln dlrs in January.",
  ])("links the revised figure as where it came from: %s", (s) => {
    const roles = findQuantities(s)
      .filter((q) => q.role)
      .map((q) => q.role);
    expect(roles).toEqual(["to", "from"]);
  });
});

describe("an ordinal of who has done a thing", () => {
  it.each([
    ["He was bidding to become only the fifth man in the Open era to win three titles.", 5],
    ["She is the third woman to lead the bank.", 3],
  ])("ranks: %s", (s, value) => {
    expect(findQuantities(s).find((q) => q.type === "rank")?.value).toBe(value);
  });

  it.each(["It was the second time to win.", "The third quarter to close was weak."])(
    "must not change: an occasion or a period is no rank: %s",
    (s) => {
      expect(findQuantities(s).filter((q) => q.type === "rank")).toEqual([]);
    },
  );
});

describe("a floor told as how little", () => {
  it.each([
    ["It sells a compact car for as little as 69,800 yuan.", "as little as 69,800 yuan"],
    ["As few as 12 people came.", "As few as 12"],
  ])("is the least it comes to: %s", (s, text) => {
    expect(findQuantities(s).map((q) => [q.text, q.bound])).toContainEqual([text, "gte"]);
  });
});

describe("a range told as the one before", () => {
  it("is a range, not a change from one end to the other", () => {
    const roles = findQuantities(
      "The company now expects revenue to grow 3.75% to 4.5% in FY25, up from 3% to 4% earlier.",
    ).map((q) => q.role);
    expect(roles).toEqual(["low", "high", "low", "high"]);
  });

  it("must not change: a change from one figure to another", () => {
    expect(findQuantities("The rate rose from 3% to 4% in May.").map((q) => q.role)).toEqual([
      "from",
      "to",
    ]);
  });
});

describe("things counted over a span, and millions of a named thing", () => {
  it('"5,000 flights over five days" spans the days, no more than five', () => {
    const q = findQuantities("Delta Air Lines cancelled more than 5,000 flights over five days.");
    expect(q.map((x) => [x.text, x.bound])).toEqual([
      ["more than 5,000", "gt"],
      ["five days", null],
    ]);
  });

  it('"millions of Windows computers" counts computers, whatever money the sentence names', () => {
    const q = findQuantities(
      "A faulty update that crashed millions of Windows computers will cost firms about $5.4 billion.",
    );
    expect(q[0]!.type).toBe("count");
  });
});
