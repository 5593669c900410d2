import { describe, expect, it } from "vitest";
import { extractClaims } from "../../src/extract/index.js";

const one = (text: string, publishedAt = "2025-08-20") => {
  const { claims } = extractClaims({ text, publishedAt });
  expect(claims, text).toHaveLength(1);
  return claims[0]!;
};

describe("kinds", () => {
  it.each([
    ["China accounted for 26% of Nvidia's total revenue in 2022.", "statistic"],
    ["China's share of Nvidia's revenue dropped to 13%.", "change"],
    ["China was projected to increase procurement of foreign chips from 42% to 49%.", "projection"],
    ["The company will open 12 new stores next year.", "projection"],
    ["Glaciers could lose up to 70% of their volume by 2100.", "projection"],
    ["The death toll of 19 was expected to rise, officials said.", "projection"],
    ["Exports were 40% higher than a year earlier.", "comparison"],
    ["It is the country's third-largest lender.", "ranking"],
    ["The Commerce Department banned the sales in April.", "event"],
    [
      "“We will not sign this deal under any circumstances,” the minister told parliament.",
      "quote",
    ],
    ["The minister said the deal would be signed soon.", "attribution"],
    ["The bank said it would take a charge of $1.2bn in the third quarter.", "projection"],
    [
      "Northgate said the combined group would produce 21 million tonnes of steel a year.",
      "projection",
    ],
    ["Consumer prices rose 2.06%, compared with a forecast of 2.4% in a Reuters poll.", "change"],
    ["The airline warned that fares would rise 8% in the spring.", "projection"],
    // Must not change: what would have been is no forecast.
    ["The firm said the strike would have cost it $40m.", "statistic"],
    ["The delays were caused by a shortage of drivers at the depot.", "causal"],
    ["Tesla delivered 384,122 vehicles in the quarter, down 13.5% from a year earlier.", "change"],
    ["Brazil ranks third in coffee exports.", "ranking"],
    ["The government has pledged to cut waiting lists by 10% by March 2029.", "projection"],
    ["The firm targets 5% growth in sales next year.", "projection"],
    ["Tesco said it expects full-year profit of about £2.9 billion.", "projection"],
    ["Analysts expect a 5% rise in sales.", "projection"],
    // "target" as a noun compares a figure with a goal; it forecasts nothing.
    ["Only 71.1% of patients were seen within four hours, against a target of 78%.", "statistic"],
    ["The bank exceeded its lending target by 0.5 pct in 2024.", "statistic"],
    // "expected" reports what was foreseen; the figure is a fact.
    ["Sales rose 3% to $2 billion in 2024, as expected.", "change"],
    // A result set against forecasts forecasts nothing; a forecast still does.
    [
      "Revenue rose 40% to $8.2 billion on Wednesday, beating analysts' forecasts of $7.9 billion.",
      "change",
    ],
    ["Profit fell 3% to £1.2bn, below forecasts.", "change"],
    // "By" a year gone tells what had happened by then; ahead it is a target.
    ["By 2015, about 700 people had been prosecuted.", "statistic"],
    ["By 2030, the firm will employ 500 people.", "projection"],
    // Aimed at people, not a figure: no target set.
    ["Parkes had targeted residents with dementia and stole £1.2 million.", "statistic"],
    ["The company targeted 5% growth in 2025.", "projection"],
    // A thing described as cut down is no change.
    ["The H20, a cut-down version of the H100, costs $12,000 to $15,000.", "statistic"],
    ["Exports grew 6.7% in November, missing a 8.5% forecast in a Reuters poll.", "change"],
    ["Azure sales rose 33%, slightly ahead of the 32% analysts had forecast.", "change"],
    ["The economy added 358,000 jobs, far above the 235,000 forecast by economists.", "statistic"],
    ["Growth was 2%, below the 2.5% predicted by analysts.", "statistic"],
    ["Earnings of 84 cents a share topped estimates of 80 cents.", "statistic"],
    ["Analysts forecast a 3% rise in sales.", "projection"],
    ["It was the first bank to open in the town.", "ranking"],
    // "the first half", "the first quarter" name a period, not a rank.
    ["The Thai economy recovered in the first quarter, the central bank said.", "attribution"],
    ["Reserves were rebuilt in the first half of March 1987.", "event"],
  ])("%s → %s", (text, kind) => {
    expect(one(text).kind).toBe(kind);
  });
});

describe("subjects", () => {
  it.each([
    ["In July, Nvidia CEO Jensen Huang visited Beijing.", "Nvidia CEO Jensen Huang"],
    ["Despite restrictions, Nvidia generated a record $17.1 billion from China.", "Nvidia"],
    ["Companies like iFlyTek now prioritise local chips.", "iFlyTek"],
    // The source states the figure (it is the claimant); the payrolls are not the department's.
    ["According to the Labor Department, payrolls rose by 22,000 in August.", null],
    ["According to the Labor Department, Ohio added 22,000 jobs in August.", "Ohio"],
    ["Last year, Amazon spent $83 billion on capital projects.", "Amazon"],
  ])("%s → %s", (text, subject) => {
    expect(one(text).subject).toBe(subject);
  });
});

describe("datelines", () => {
  it.each([
    [
      "WASHINGTON (AP) — The economy added 254,000 jobs in September.",
      "The economy added 254,000 jobs in September",
    ],
    [
      "LONDON, Oct 4 (Reuters) - Sterling fell 1% against the dollar.",
      "Sterling fell 1% against the dollar",
    ],
    ["KYIV, Ukraine — Russia launched 40 drones overnight.", "Russia launched 40 drones overnight"],
    [
      "SYDNEY — Qantas Airways reported a profit of A$2.39 billion.",
      "Qantas Airways reported a profit of A$2.39 billion",
    ],
    [
      "SINGAPORE - Prices of new homes rose 1.2% in the third quarter.",
      "Prices of new homes rose 1.2% in the third quarter",
    ],
    [
      "NEW DELHI - India's tax collections rose 9% in October.",
      "India's tax collections rose 9% in October",
    ],
    [
      "KUALA LUMPUR: Malaysia's palm oil exports fell 14.2% in October.",
      "Malaysia's palm oil exports fell 14.2% in October",
    ],
    [
      "NEW DELHI: India's tax collections rose 9% in October.",
      "India's tax collections rose 9% in October",
    ],
    [
      "Oct 29 (Reuters) - Alphabet reported revenue of $102.35 billion.",
      "Alphabet reported revenue of $102.35 billion",
    ],
    [
      "Sept. 4 (Reuters) - Broadcom forecast revenue of $17.4 billion.",
      "Broadcom forecast revenue of $17.4 billion",
    ],
    // South African papers write the city in title case.
    [
      "Cape Town – South Africa recorded 6,953 murders between April and June.",
      "South Africa recorded 6,953 murders between April and June",
    ],
    ["Pretoria - The rand fell 2% on Monday.", "The rand fell 2% on Monday"],
    // A dash that opens an aside closed further on is no dateline.
    [
      "Eskom – which supplies 90% of power – lost R2 billion.",
      "Eskom – which supplies 90% of power – lost R2 billion",
    ],
    // Initials and a dash alone are no dateline.
    [
      "NATO — the alliance of 32 countries — spent $1.3 trillion in 2023.",
      "NATO — the alliance of 32 countries — spent $1.3 trillion in 2023",
    ],
    [
      "NATO: the alliance of 32 countries spent $1.3 trillion in 2023.",
      "NATO: the alliance of 32 countries spent $1.3 trillion in 2023",
    ],
  ])("where the story was filed is not part of the claim: %s", (text, claim) => {
    expect(one(text).text).toBe(claim);
  });

  it("a month's abbreviation is no subject", () => {
    expect(
      one("The report comes just over a month before the Nov. 5 election.").subject,
    ).toBeNull();
  });
});

describe("claim spans", () => {
  it("leave out discourse lead-ins and a trailing 'with …' aside", () => {
    const text =
      "Despite restrictions, Nvidia generated a record $17.1 billion from China in the financial year ending January 2025, with major clients like ByteDance, Tencent, and Alibaba.";
    const c = one(text);
    expect(c.text).toBe(
      "Nvidia generated a record $17.1 billion from China in the financial year ending January 2025",
    );
    expect(text.slice(c.span.start, c.span.end)).toBe(c.text);
    expect(c.sentence).toEqual({ start: 0, end: text.length });
  });

  it("independent figures joined by a semicolon are separate claims", () => {
    const { claims } = extractClaims({
      text: "Exports rose 4% to $2.1 billion; imports fell 2% to $1.7 billion.",
      publishedAt: "2025-08-20",
    });
    expect(claims.map((c) => c.text)).toEqual([
      "Exports rose 4% to $2.1 billion",
      "imports fell 2% to $1.7 billion",
    ]);
    expect(claims.map((c) => c.quantities.length)).toEqual([2, 2]);
  });
});

describe("opinion and rhetoric yield no claim", () => {
  it.each([
    [
      "In conclusion, the company's experience highlights the challenges global firms face.",
      "rhetoric",
    ],
    ["The future of the firm will depend on evolving export controls.", "rhetoric"],
    ["Market analysts suggest that the company has a long road ahead to regain trust.", "rhetoric"],
    ["Will the port reopen before the holidays?", "question"],
    ["I think the strike is a mistake for everyone involved.", "first_person"],
    ["He gave no other details.", "no_assertion"],
    ["Nvidia declined to comment.", "no_assertion"],
    ["He declined to predict results for the first quarter.", "no_assertion"],
    ["Let's take a closer look at what the numbers say about the economy.", "rhetoric"],
    ["Whether that relief lasts is anyone's guess.", "rhetoric"],
    ["Others fear the labor market is weakening faster than the data show.", "hedge"],
    ["Some worry that the labor market is weakening.", "hedge"],
    ["Whether this would prove positive for society is yet to be seen.", "rhetoric"],
    ["The chairman did not elaborate on how the earnings would be used.", "no_assertion"],
    ["The White House did not immediately respond to a request for comment.", "no_assertion"],
  ])("%s", (text, detail) => {
    const out = extractClaims({ text, publishedAt: "2025-08-20" });
    expect(out.claims).toEqual([]);
    expect(out.ignored).toEqual([
      { span: { start: 0, end: text.length }, reason: "opinion", detail },
    ]);
  });

  it.each([
    "Overall earnings of non-manufacturing companies will rise 11.8 pct year on year in the first half of fiscal 1987, the survey said.",
    "In conclusion, exports rose 4% to $2.1 billion in the first half.",
    "Whether sales rose 5% in 2024 is anyone's guess.",
    "Some worry that inflation, at 3% in September, remains well above the 2% target.",
    // Three words: a thing, a verb and its figure.
    "Manufacturing rose 5.2%.",
    "Exports fell 8.9%.",
  ])("a figure is checkable however its sentence opens: %s", (text) => {
    const [claim] = extractClaims({ text, publishedAt: "2025-08-20" }).claims;
    expect(claim?.quantities.some((q) => q.type === "percent")).toBe(true);
  });

  it.each(["Output nearly tripled.", "Sales doubled.", "Profits halved."])(
    "a verb that is itself the figure is checkable in three words: %s",
    (text) => {
      const [claim] = extractClaims({ text, publishedAt: "2025-08-20" }).claims;
      expect(claim?.quantities.map((q) => q.type)).toEqual(["ratio"]);
    },
  );

  it("must not change: fears as a noun hedge nothing", () => {
    const text =
      "He attributed the unusually high volume to broad-based selling on fears that the Thatcher government may be in turmoil.";
    expect(extractClaims({ text, publishedAt: "1989-10-30" }).claims).toHaveLength(1);
  });

  it.each(["Atlanta nineteen ninety-six.", "Up 5%.", "Details: 5%."])(
    "must not change: a short fragment with a number is no claim: %s",
    (text) => {
      expect(extractClaims({ text, publishedAt: "2025-08-20" }).claims).toEqual([]);
    },
  );

  it("every sentence of a concluding paragraph without figures is rhetoric", () => {
    const text =
      "In conclusion, the dispute is complex. Political tensions create a difficult environment for all sides.";
    expect(extractClaims({ text }).claims).toEqual([]);
  });
});

describe("currencies settled by the story", () => {
  it("pesos in a Philippine story are Philippine pesos", () => {
    const c = one(
      "Philippine government revenue is expected to rise 26 pct to 99.9 billion pesos this year.",
    );
    expect(c.quantities.find((q) => q.type === "money")).toMatchObject({
      value: 99.9e9,
      unit: "PHP",
    });
  });

  it("dollars take a country's currency only when the story's lead is about that country", () => {
    const text =
      "China's trade deficit fell to 1.05 billion dlrs in the first quarter.\n\nExports to Hong Kong and Macao rose 35.5 pct to 2.48 billion dlrs.";
    const { claims } = extractClaims({ text, publishedAt: "1987-04-17" });
    expect(
      claims
        .flatMap((c) => c.quantities)
        .filter((q) => q.type === "money")
        .map((q) => q.unit),
    ).toEqual(["USD", "USD"]);
    const local = extractClaims({
      text: "Hong Kong's exports rose 12 pct to 2.48 billion dlrs.",
      publishedAt: "1987-04-17",
    });
    expect(local.claims[0]!.quantities.find((q) => q.type === "money")!.unit).toBe("HKD");
  });

  it.each([
    [
      "Australia's current account deficit will come in at 13.25 billion dlrs, the Treasurer said.",
      "AUD",
    ],
    [
      "Canada's budget deficit will fall to 29.3 billion dlrs, Finance Minister Michael Wilson said.",
      "CAD",
    ],
  ])("dollars in a story about %s are that country's", (text, unit) => {
    expect(one(text).quantities.find((q) => q.type === "money")!.unit).toBe(unit);
  });

  it.each([
    ["Jordan's budget deficit reached 300 mln dinars in 1986.", "JOD"],
    ["Kuwait's budget surplus was 1.2 billion dinars in 1986.", "KWD"],
    ["Tunisia raised 20 mln dinars in a bond sale.", "TND"],
    ["Jordan's central bank borrowed 30 mln Kuwaiti dinars.", "KWD"],
    ["Uganda's coffee exports earned 12 billion shillings.", "UGX"],
    ["Oman's revenue fell to 700 mln rials.", "OMR"],
    ["Egypt's deficit was 10 billion Egyptian pounds.", "EGP"],
    ["Poland borrowed 2 billion zlotys.", "PLN"],
  ])(
    "a currency several countries share is the lead's country's, unless the amount names its own: %s",
    (text, unit) => {
      expect(one(text).quantities.find((q) => q.type === "money")!.unit).toBe(unit);
    },
  );

  it("a bare amount beside Philippine pesos is in pesos too", () => {
    const c = one(
      "Philippine bank reserves were 22.19 billion pesos at the end of December, when reserves required were 21.59 billion.",
    );
    expect(c.quantities.map((q) => q.unit)).toEqual(["PHP", "PHP"]);
  });

  it("a bare scaled amount in a sentence about money is money", () => {
    const c = one(
      "Revenue will rise to 99.9 billion pesos this year from 79.1 billion in 1986, the minister said.",
    );
    expect(c.quantities.map((q) => [q.type, q.value, q.role])).toEqual([
      ["money", 99.9e9, "to"],
      ["money", 79.1e9, "from"],
    ]);
  });

  it("a bare scaled amount in a sentence about trade is money in the story's currency", () => {
    const text =
      "Exports to the U.S. rose 4.1 pct to 2.48 billion dlrs. Exports to Japan fell 2.3 pct to 1.28 billion.";
    const { claims } = extractClaims({ text });
    expect(claims[1]!.quantities[1]).toMatchObject({
      type: "money",
      value: 1.28e9,
      unit: "USD",
      role: "to",
    });
  });

  it("named goods are counted, even in a story told in yen", () => {
    const text =
      "Mazda earned 20 billion yen.\n\nMazda estimated vehicle exports at 1.12 mln in the year to October 31.";
    const { claims } = extractClaims({ text, publishedAt: "1986-11-20" });
    expect(claims[1]!.quantities[0]).toMatchObject({ type: "count", value: 1.12e6, unit: null });
  });

  it("goods named after the trade noun are counted, and so are the story's later bare millions sold", () => {
    const text =
      "Global sales of electric cars hit a record 1.9 million in October. A tax credit of up to $7,500 expired in September.\n\nRho Motion expects full-year sales to exceed 20 million.";
    const { claims } = extractClaims({ text, publishedAt: "2025-11-20" });
    expect(claims.map((c) => c.quantities.find((q) => q.value >= 1e6)?.type)).toEqual([
      "count",
      undefined,
      "count",
    ]);
  });

  it("must not change: money named beside goods sold stays money", () => {
    const text =
      "Car sales rose 4% to 1.2 million in 2024.\n\nSales revenue rose to 20 million in the year, and profit reached $3 million.";
    const { claims } = extractClaims({ text, publishedAt: "2025-11-20" });
    expect(claims[1]!.quantities.find((q) => q.value === 2e7)).toMatchObject({ type: "money" });
  });

  it.each([
    [
      "Energy bills for millions of households will rise by 2% after the price cap went up.",
      "millions",
    ],
    ["The firm will repurchase 4 million of its 4.9 million shares for $10 million.", "4 million"],
  ])("millions of something else are counted, even beside money: %s", (text, counted) => {
    const c = one(text);
    expect(c.quantities.find((q) => q.text === counted)).toMatchObject({ type: "count" });
  });

  it("must not change: billions of investors' dollars are money", () => {
    const c = one(
      "Billions of investors' dollars are pouring out of junk-bond funds, costing $2bn.",
    );
    expect(c.quantities[0]).toMatchObject({ text: "Billions", type: "money" });
  });

  it("an amount with no currency takes the story's currency", () => {
    const { claims } = extractClaims({
      text: "Nvidia earned $17.1 billion in China. The ban forced it to write off billions in revenue.",
    });
    expect(claims[1]!.quantities[0]).toMatchObject({
      type: "money",
      unit: "USD",
      approximate: true,
    });
  });
});

describe("check-worthiness", () => {
  it("ranks a dated figure above a vague statement, within 0..1", () => {
    const figure = one(
      "Nvidia generated $17.1 billion from China in the financial year ending January 2025.",
    );
    const vague = one("These chips remain popular for training models.");
    expect(figure.checkworthiness).toBeGreaterThan(vague.checkworthiness);
    for (const c of [figure, vague]) {
      expect(c.checkworthiness).toBeGreaterThanOrEqual(0);
      expect(c.checkworthiness).toBeLessThanOrEqual(1);
    }
  });
});
