// What a company expects ahead is a projection, and its period is no period a later "in the half year"
// points back to: that is the one it reported. A span of whole years ahead is what a later "over the five
// years" points back to.
import { describe, expect, it } from "vitest";
import { extractClaims } from "../../src/extract/index.js";

const claimsOf = (...paragraphs: string[]) =>
  extractClaims({ text: paragraphs.join("\n\n"), publishedAt: "2025-11-14" }).claims;

describe("an expectation told in the past looks ahead", () => {
  it.each([
    "The airline said it expected competition to intensify in the second half, with 12 new routes.",
    "Hutchison Ports said it expected volumes to recover by 5% in 2026.",
    "Developers expected sales to improve by 10% in the second half.",
  ])("%s", (text) => {
    expect(claimsOf(text)[0]!.kind).toBe("projection");
  });

  it("must not change: what was expected of the period reported is a comparison, not a forecast", () => {
    expect(
      claimsOf("Profit rose 5% to $2 billion, more than analysts had expected to see.")[0]!.kind,
    ).not.toBe("projection");
  });
});

describe("'in the half year' after a half ahead was named", () => {
  it("is the half reported", () => {
    const claims = claimsOf(
      "SIA reported a net profit of $1.38 billion for the six months ended Sept 30, down 27 per cent.",
      "The airline said it expected competition to intensify in the second half.",
      "Fuel costs fell 8 per cent in the half year.",
    );
    expect(claims.map((c) => [c.time?.start, c.time?.end])).toEqual([
      ["2025-04-01", "2025-09-30"],
      ["2025-07-01", "2025-12-31"],
      ["2025-04-01", "2025-09-30"],
    ]);
  });
});

describe("a part that points back in its own words", () => {
  it("takes the period it points to, not the other part's forecast year", () => {
    const claims = claimsOf(
      "Tata Motors reported a 37% fall in net profit to ₹3,450 crore for the September quarter.",
      "JLR's revenue fell 24% to £4.9 billion in the quarter, and it expects to post a margin of 0-2% for FY26.",
    );
    expect(claims.map((c) => [c.time?.start, c.time?.end])).toEqual([
      ["2025-07-01", "2025-09-30"],
      ["2025-07-01", "2025-09-30"],
      // A story told in rupees counts India's year (below).
      ["2025-04-01", "2026-03-31"],
    ]);
  });
});

describe("a story told in rupees counts India's year, April to March", () => {
  const periodsOf = (text: string) => claimsOf(text).map((c) => [c.time?.start, c.time?.end]);

  it.each([
    ["Revenue rose 10% to ₹1.03 trillion in FY25, the company said.", "2024-04-01", "2025-03-31"],
    ["Exports rose 5% to Rs 400 crore in the first half of FY26.", "2025-04-01", "2025-09-30"],
    [
      "Sales rose 8% to Rs 4,100 crore in the second quarter, the company said.",
      "2025-07-01",
      "2025-09-30",
    ],
    ["Sales rose 8% to 1.44 lakh units in the first quarter.", "2025-04-01", "2025-06-30"],
  ])("%s", (text, start, end) => {
    expect(periodsOf(text)).toEqual([[start, end]]);
  });

  it("must not change: without rupees, 'FY26' with no calendar told is the calendar year", () => {
    expect(periodsOf("It expects a margin of 2% to 4% for FY26.")).toEqual([
      ["2026-01-01", "2026-12-31"],
    ]);
  });
});

describe("a deadline 'within a year' or 'within a decade'", () => {
  it.each([
    ["The government has promised to halve knife crime within a decade.", "2035-11-14"],
    ["The loan will be repaid within a year, saving £4m.", "2026-11-14"],
    ["The council expects to cut 200 posts within a month.", "2025-12-14"],
  ])("runs from publication that far ahead: %s", (text, end) => {
    expect(claimsOf(text)[0]!.time).toMatchObject({ start: "2025-11-14", end });
  });

  it.each([
    ["Sales doubled within a year of the launch in 2019.", "2019-01-01"],
    ["Prices rose 5% within a year.", "2025-11-14"],
  ])("must not change: told of the past, it counts from something else: %s", (text, start) => {
    expect(claimsOf(text)[0]!.time?.start).toBe(start);
  });
});

describe("a forecast with no time of its own after one with a period", () => {
  it("is for that period", () => {
    const [, profit] = claimsOf(
      "The drugmaker now expects sales to grow 8% to 11% in 2025. Operating profit is forecast to rise 4% to 7%.",
    );
    expect(profit!.time).toMatchObject({
      start: "2025-01-01",
      end: "2025-12-31",
      basis: "inherited",
    });
  });

  it("must not change: in the next paragraph it is not", () => {
    const [, profit] = claimsOf(
      "The drugmaker now expects sales to grow 8% to 11% in 2025.",
      "Operating profit is forecast to rise 4% to 7%.",
    );
    expect(profit!.time?.basis).toBe("publication");
  });
});

describe("what could come", () => {
  it.each([
    "Analysts said prices could rise by a further 3% to 4% in 2026.",
    "Insured losses could reach between $3bn and $5bn, according to early estimates.",
    "Output may fall 2% next year, the central bank said.",
  ])("is a projection: %s", (text) => {
    expect(claimsOf(text)[0]!.kind).toBe("projection");
  });

  it("must not change: what could have been is no projection", () => {
    expect(claimsOf("Sales could have risen 5% in 2024 without the strike.")[0]!.kind).not.toBe(
      "projection",
    );
  });

  it("and the period it is for is not what 'the same period' points back to", () => {
    const claims = claimsOf(
      "Prices rose 0.9% in the third quarter, figures showed.",
      "Analysts said prices could rise 3% to 4% for the full year.",
      "Private home prices increased 1.2% over the same period.",
    );
    expect(claims.at(-1)!.time).toMatchObject({ start: "2025-07-01", end: "2025-09-30" });
  });
});

describe("'over the five years', after a span of five years ahead", () => {
  const STORY =
    "Household water bills will rise by an average of 36% over the next five years, Ofwat said on Thursday.\n\n";
  const last = (text: string) => {
    const c = extractClaims({ text, publishedAt: "2024-12-19" }).claims.at(-1)!;
    return [c.time?.start, c.time?.end];
  };

  it("is that span", () => {
    expect(
      last(`${STORY}Thames Water customers face a rise of 35% over the five years, to £588.`),
    ).toEqual(["2024-12-19", "2029-12-19"]);
  });

  it.each([
    ["Sales rose 5% over the five years to 2023.", ["2019-01-01", "2023-12-31"]],
    [
      "Thames Water customers face a rise of 35% over the three years, to £588.",
      ["2024-12-19", "2024-12-19"],
    ],
  ])("must not change: %s", (s, period) => {
    expect(last(`${STORY}${s}`)).toEqual(period);
  });
});
