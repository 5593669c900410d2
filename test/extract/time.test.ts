import { describe, expect, it } from "vitest";
import { extractClaims } from "../../src/extract/index.js";
import { parseDay } from "../../src/extract/time/calendar.js";
import { findTimes } from "../../src/extract/time/index.js";

const PUBLISHED = parseDay("2025-08-20");
const periodOf = (s: string, ref = PUBLISHED) => {
  const [t] = findTimes(s, ref);
  expect(t, `a time in: ${s}`).toBeDefined();
  const p = t!.period;
  const iso = (d: { y: number; m: number; d: number }) =>
    `${d.y}-${String(d.m).padStart(2, "0")}-${String(d.d).padStart(2, "0")}`;
  return {
    text: s.slice(t!.start, t!.end),
    start: iso(p.start),
    end: iso(p.end),
    granularity: t!.granularity,
  };
};

describe("explicit periods", () => {
  it.each([
    [
      "Nvidia earned $17.1 billion in the financial year ending January 2025.",
      "2024-02-01",
      "2025-01-31",
      "fiscal_year",
    ],
    [
      "Profit rose in the fiscal year ended June 30, 2024.",
      "2023-07-01",
      "2024-06-30",
      "fiscal_year",
    ],
    ["Spending fell in 2024/25.", "2024-04-01", "2025-03-31", "fiscal_year"],
    ["Revenue rose in the year ended February 28.", "2024-03-01", "2025-02-28", "fiscal_year"],
    ["Sales rose in Q3 2024.", "2024-07-01", "2024-09-30", "quarter"],
    ["Sales rose in the third quarter of 2023.", "2023-07-01", "2023-09-30", "quarter"],
    ["Output dipped in the first half of 2022.", "2022-01-01", "2022-06-30", "half"],
    ["At its peak in 2022, China accounted for 26%.", "2022-01-01", "2022-12-31", "year"],
    ["Prices doubled between 2019 and 2022.", "2019-01-01", "2022-12-31", "range"],
    ["Rents rose in March 2021.", "2021-03-01", "2021-03-31", "month"],
    ["The law passed on April 7, 2023.", "2023-04-07", "2023-04-07", "day"],
    ["Growth was strong in the 1990s.", "1990-01-01", "1999-12-31", "decade"],
    ["The budget for fiscal 1987/88 rose.", "1987-04-01", "1988-03-31", "fiscal_year"],
    ["Vaccination fell in the 2023-24 school year.", "2023-09-01", "2024-08-31", "range"],
    [
      "The deficit for fiscal 1986/87 ending June 30 fell.",
      "1986-07-01",
      "1987-06-30",
      "fiscal_year",
    ],
    [
      "Export volumes rose 14.4 pct in the half-year to March 31, 2024.",
      "2023-10-01",
      "2024-03-31",
      "half",
    ],
    [
      "Profits will rise in the fiscal year ending in early March, 1988.",
      "1987-04-01",
      "1988-03-31",
      "fiscal_year",
    ],
    [
      "The U.S. federal deficit reached $1.8 trillion in fiscal 2024.",
      "2023-10-01",
      "2024-09-30",
      "fiscal_year",
    ],
    [
      "The Pentagon will spend $850 billion in fiscal year 2025.",
      "2024-10-01",
      "2025-09-30",
      "fiscal_year",
    ],
    [
      "Canada's federal deficit will fall in fiscal 1989.",
      "1989-01-01",
      "1989-12-31",
      "fiscal_year",
    ],
    ["A company earned $94 billion in fiscal 2024.", "2024-01-01", "2024-12-31", "fiscal_year"],
    ["Sales fell 5% in the second quarter of fiscal 2025.", "2025-04-01", "2025-06-30", "quarter"],
    ["Sales rose 5% in Q2 FY25.", "2025-04-01", "2025-06-30", "quarter"],
    ["Sales fell 3% in the first half of fiscal 2025.", "2025-01-01", "2025-06-30", "half"],
    [
      "Exports hit a record in the first seven months of 2024.",
      "2024-01-01",
      "2024-07-31",
      "range",
    ],
    ["Claims fell 5% in the week to Aug. 9, 2024.", "2024-08-03", "2024-08-09", "week"],
    ["Prices rose 2% in the summer of 2024.", "2024-06-01", "2024-08-31", "range"],
  ])("%s", (sentence, start, end, granularity) => {
    expect(periodOf(sentence)).toMatchObject({ start, end, granularity });
  });
});

describe("relative to publication (2025-08-20)", () => {
  it.each([
    ["In July, the CEO visited Beijing.", "2025-07-01", "2025-07-31"],
    ["In September, sales slumped.", "2024-09-01", "2024-09-30"],
    // A short past the "-ed" search passes over.
    ["One child died in Liverpool in September.", "2024-09-01", "2024-09-30"],
    ["In September, the company will launch a new chip.", "2025-09-01", "2025-09-30"],
    // What was expected to happen, told on the day before, is still ahead.
    ["The storm was expected to cross Cuba early Saturday.", "2025-08-23", "2025-08-23"],
    // A period under way, "ending" after publication, is that one; told in the past, the last ended.
    [
      "The company expects revenue of $65 billion for the quarter ending in October.",
      "2025-08-01",
      "2025-10-31",
    ],
    ["Crime rose 4% in the year ending March.", "2024-04-01", "2025-03-31"],
    // The US government's fiscal year named before the words.
    [
      "The Pentagon asked Congress for $849.8 billion for the 2026 fiscal year.",
      "2025-10-01",
      "2026-09-30",
    ],
    // The year climate stories look to.
    ["Glaciers could lose up to 70% of their volume by 2100.", "2025-08-20", "2100-12-31"],
    // What a month's possessive names has happened, in a sentence looking ahead too…
    [
      "Losses will reach $2bn, a tenth of the losses from January's fires.",
      "2025-01-01",
      "2025-01-31",
    ],
    ["Prices will rise again after June's 2.1% rise.", "2025-06-01", "2025-06-30"],
    // … unless it names a date still to come.
    ["Talks will resume ahead of September's deadline.", "2025-09-01", "2025-09-30"],
    ["Profits fell last year.", "2024-01-01", "2024-12-31"],
    ["Sales are up this year.", "2025-01-01", "2025-12-31"],
    ["Prices fell two weeks ago.", "2025-08-04", "2025-08-10"],
    ["The firm was worth $1bn a decade ago.", "2015-01-01", "2015-12-31"],
    ["Just two decades ago, the town had 300 residents.", "2005-01-01", "2005-12-31"],
    ["Markets fell this week.", "2025-08-18", "2025-08-24"],
    ["The minister resigned yesterday.", "2025-08-19", "2025-08-19"],
    ["The deal was signed on April 7.", "2025-04-07", "2025-04-07"],
    ["Output rose in the third quarter.", "2025-07-01", "2025-09-30"],
    ["Unadjusted July unemployment totalled 1.9 mln people.", "2025-07-01", "2025-07-31"],
    ["Year-to-date demand averaged 16.32 mln bpd.", "2025-01-01", "2025-08-20"],
    ["Revenue was $94.9bn for the quarter ended June 28.", "2025-03-29", "2025-06-28"],
    ["It lost $2m in its fourth quarter ended June 30.", "2025-04-01", "2025-06-30"],
    ["UK inflation rose to 3.8% in the 12 months to July.", "2024-08-01", "2025-07-31"],
    ["Exports plunged 25% in the three months through June.", "2025-04-01", "2025-06-30"],
    [
      "In the first six months of the year, Tesla delivered 720,803 vehicles.",
      "2025-01-01",
      "2025-06-30",
    ],
    ["So far this year, distillate demand rose 0.1 pct.", "2025-01-01", "2025-08-20"],
    ["GDP will expand five pct this calendar year.", "2025-01-01", "2025-12-31"],
    ["Prices doubled over the past five years.", "2020-08-20", "2025-08-20"],
    ["GDP grew 0.3% in the April-June quarter.", "2025-04-01", "2025-06-30"],
    ["Deposits rose to 17,830 billion yen by end-December.", "2024-12-01", "2024-12-31"],
    ["Retail sales rose 1% in the week ended August 16.", "2025-08-10", "2025-08-16"],
    ["Shares have fallen 20% since the start of the year.", "2025-01-01", "2025-08-20"],
    ["It has issued 68 flood alerts since the start of the month.", "2025-08-01", "2025-08-20"],
    ["The company hired 500 people this summer.", "2025-06-01", "2025-08-31"],
    ["Heating bills rose 20% last winter.", "2024-12-01", "2025-02-28"],
    ["Heating bills will rise next winter.", "2025-12-01", "2026-02-28"],
    ["Officials project two rate cuts by the end of the year.", "2025-08-20", "2025-12-31"],
    ["Debt will fall by the end of next year.", "2025-08-20", "2026-12-31"],
    // Each time reads the tense of its own clause: the later "will" does not move the first quarter.
    [
      "Prices rose 1.8% in the first quarter, but inflation will pick up later.",
      "2025-01-01",
      "2025-03-31",
    ],
    [
      "Output, down 0.5% in July from June, is likely to turn positive.",
      "2025-07-01",
      "2025-07-31",
    ],
  ])("%s", (sentence, start, end) => {
    expect(periodOf(sentence)).toMatchObject({ start, end });
  });

  it.each([
    ["The company expects to report a third-quarter net loss.", "1989-11-01", "1989-07-01"],
    [
      "It took a loss in the third quarter on the planned sale of a unit.",
      "1989-11-01",
      "1989-07-01",
    ],
    ["The company will open a plant in the second quarter.", "1989-11-01", "1990-04-01"],
    ["Profit rose 5% in the latest quarter.", "1989-11-01", "1989-07-01"],
    [
      "Last April, a group of backers planned to acquire 30% of the company.",
      "1989-11-01",
      "1989-04-01",
    ],
    ["The accession was planned for early March.", "1989-11-01", "1990-03-01"],
    ["The offer had been set to expire Nov. 6.", "1989-11-02", "1989-11-06"],
    ["The dividend is payable Jan. 2 to stock of record Dec. 15.", "1989-11-02", "1990-01-02"],
    ["The plant closed on Sept. 15.", "1989-11-02", "1989-09-15"],
    ["The meeting will be held on Sept. 15.", "1989-11-02", "1990-09-15"],
  ])("which year's quarter or month: %s (published %s)", (sentence, published, start) => {
    expect(periodOf(sentence, parseDay(published))).toMatchObject({ start });
  });

  it("'a year earlier' beside a named period is that period a year back", () => {
    const times = findTimes(
      "Net income fell in the third quarter from a year earlier.",
      parseDay("1989-11-01"),
    );
    expect(times.map((t) => [t.period.start, t.granularity])).toEqual([
      [{ y: 1989, m: 7, d: 1 }, "quarter"],
      [{ y: 1988, m: 7, d: 1 }, "quarter"],
    ]);
  });

  it("'fall' alone is a verb, not a season", () => {
    expect(findTimes("Prices fall 2% in spring.", PUBLISHED)).toEqual([]);
  });

  it("a target year runs from publication to its end", () => {
    expect(periodOf("The firm aims to be carbon neutral by 2030.")).toMatchObject({
      start: "2025-08-20",
      end: "2030-12-31",
    });
  });
});

describe("claim times in a story", () => {
  it("a claim without a time expression is dated by publication", () => {
    const { claims } = extractClaims({
      text: "The company employs 4,000 people across Europe.",
      publishedAt: "2025-08-20",
    });
    expect(claims[0]!.time).toEqual({
      text: null,
      span: null,
      start: "2025-08-20",
      end: "2025-08-20",
      granularity: "day",
      basis: "publication",
    });
  });

  it("a shift from an earlier time in the story moves that time", () => {
    const text =
      "In July, the chief executive visited Beijing.\nTwo weeks after the visit, regulators summoned the firm's executives.";
    const { claims } = extractClaims({ text, publishedAt: "2025-08-20" });
    expect(claims[1]!.time).toMatchObject({
      text: "Two weeks after",
      start: "2025-07-15",
      end: "2025-08-14",
      basis: "relative",
    });
  });

  it("a follow-on sentence in the past tense inherits the paragraph's time", () => {
    const text =
      "In July, the chief executive visited Beijing. He announced that export licences would soon be granted.";
    const { claims } = extractClaims({ text, publishedAt: "2025-08-20" });
    expect(claims[1]!.time).toMatchObject({
      start: "2025-07-01",
      end: "2025-07-31",
      basis: "inherited",
    });
  });

  it("the time span points at its words in the text", () => {
    const text =
      "Nvidia generated a record $17.1 billion from China in the financial year ending January 2025.";
    const { claims } = extractClaims({ text, publishedAt: "2025-08-20" });
    const t = claims[0]!.time!;
    expect(text.slice(t.span!.start, t.span!.end)).toBe(t.text);
    expect(t.text).toBe("the financial year ending January 2025");
  });

  it("a 'since' baseline of a record is not the claim's time, nor the story's", () => {
    const text =
      "The jobless rate fell to 2.9 pct in February.\n\nThat level was the worst since records began in 1953.\n\nUnemployment was up from 2.8 pct a year earlier.";
    const { claims } = extractClaims({ text, publishedAt: "1987-03-30" });
    // "That level" is February's, told in a paragraph of its own right after it (wire copy): not 1953.
    expect(claims[1]!.time).toMatchObject({ start: "1987-02-01", basis: "inherited" });
    // Up from a year earlier is a comparison made in February: the claim is about February.
    expect(claims[2]!.time).toMatchObject({
      start: "1987-02-01",
      end: "1987-02-28",
      basis: "inherited",
    });
  });

  it("a year-ago baseline is neither the claim's time nor the time later sentences count from", () => {
    const text =
      "Demand rose 0.1 pct in February.\n\nOutput was 8.35 mln bpd, down from 9.06 mln a year ago.\n\nRuns were up 1.4 pct from 11.74 mln a year earlier.";
    const { claims } = extractClaims({ text, publishedAt: "1987-03-25" });
    for (const claim of claims.slice(1)) {
      expect(claim.time).toMatchObject({
        start: "1987-02-01",
        end: "1987-02-28",
        basis: "inherited",
      });
    }
  });

  it("the time of a baseline ('from 6.80 mln last year') dates neither the claim nor the story", () => {
    const text =
      "Demand rose 0.1 pct in the four weeks ended March 20.\n\nOutput averaged 6.72 mln bpd, off 1.2 pct from 6.80 mln last year.\n\nRuns were up 1.4 pct from 11.74 mln a year earlier.";
    const { claims } = extractClaims({ text, publishedAt: "1987-03-25" });
    expect(claims[1]!.time!.text).not.toBe("last year");
    expect(claims[2]!.time).toMatchObject({ end: "1987-03-20", basis: "inherited" });
  });

  it.each([
    "Sales were 20 pct higher than a year ago.",
    "Sales rose 12 pct from last year.",
    "Sales rose 12 pct compared with the same period in 1986.",
    "Compared with last year, sales rose 5 pct.",
    "Crushings of rapeseed will probably rise from last year.",
    "Sales were up 5% on last year.",
    "Deposits rose to 17,830 billion yen, a three-fold increase on end-December 1985 levels.",
  ])("a time a figure is compared against does not date the claim: %s", (text) => {
    const { claims } = extractClaims({ text, publishedAt: "1987-04-10" });
    expect(claims[0]!.time).toMatchObject({ start: "1987-04-10", basis: "publication" });
  });

  it.each([
    ["He left the board more than a year ago, with 2 million shares.", "1986-01-01"],
    ["The 5 pct levy has been in force from 2019.", "2019-01-01"],
    ["Sales rose 12 pct from 2019 to 2021.", "2019-01-01"],
  ])("a time that is not a comparison's baseline still dates the claim: %s", (text, start) => {
    const { claims } = extractClaims({ text, publishedAt: "1987-04-10" });
    expect(claims[0]!.time).toMatchObject({ start });
  });

  it.each([
    "The unemployment rate has fallen to its lowest level since 2019.",
    "Oil prices rose above $80 a barrel for the first time since April.",
    "The yield was the highest since 5.99 pct on June 30, 1986.",
  ])("a record's 'since' is not the time of the claim: %s", (text) => {
    const { claims } = extractClaims({ text, publishedAt: "2025-08-20" });
    expect(claims[0]!.time).toMatchObject({ basis: "publication" });
  });

  it("'the same period in 2024' is a baseline, not the claim's time", () => {
    const text =
      "In the first half, Tesla delivered 720,803 vehicles, down 13% from the same period in 2024.";
    const { claims } = extractClaims({ text, publishedAt: "2025-08-20" });
    expect(claims[0]!.time).toMatchObject({ start: "2025-01-01", end: "2025-06-30" });
  });

  it("'reported third-quarter profit' is about the quarter; the year-earlier figure is its baseline", () => {
    const text =
      "CMS reported third-quarter net of $68.2 million, or 83 cents a share, up from $66.8 million, or 81 cents, a year earlier.";
    const { claims } = extractClaims({ text, publishedAt: "1989-11-02" });
    expect(claims[0]!.time).toMatchObject({
      text: "third-quarter",
      start: "1989-07-01",
      end: "1989-09-30",
    });
  });

  it("'in the year-earlier third quarter' dates the claim a year back", () => {
    const text = "In the year-earlier third quarter, the bank had net income of $2.8 million.";
    const { claims } = extractClaims({ text, publishedAt: "1989-11-02" });
    expect(claims[0]!.time).toMatchObject({ start: "1988-07-01", end: "1988-09-30" });
  });

  it("a target ('by year-end', 'the next four years') is not the time later sentences report on", () => {
    const text =
      "The bank expects to cut 6,000 jobs by year-end. Its profit fell 5% to $2 billion.";
    const { claims } = extractClaims({ text, publishedAt: "2025-08-20" });
    expect(claims[0]!.time).toMatchObject({ start: "2025-08-20", end: "2025-12-31" });
    expect(claims[1]!.time).toMatchObject({ basis: "publication" });
  });

  it("a closing attribution ('…, the bank said') does not put the claim in the past", () => {
    const text = "The government must announce cuts in its May 14 statement, the bank said.";
    const { claims } = extractClaims({ text, publishedAt: "1987-04-13" });
    expect(claims[0]!.time).toMatchObject({ text: "May 14", start: "1987-05-14" });
  });

  it("without a publication date, relative times are not guessed", () => {
    const { claims } = extractClaims({ text: "Profits fell 4% last year, the company said." });
    expect(claims[0]!.time).toBeNull();
  });
});
