// A transfer and a rail strike: "since July 2022" after a rank ("the union's 14th and 15th rounds of action
// since July 2022") ranks within the span; a name after "said" that opens the reported clause ("said Mbappe
// would be presented") is not the speaker; "€15 million a year after tax" is a yearly rate; and money
// "spread over five years" is no more than five years.
import { describe, expect, it } from "vitest";
import { extractClaims } from "../../src/extract/index.js";

const first = (text: string, publishedAt = "2024-06-03") =>
  extractClaims({ text, publishedAt }).claims[0]!;

describe('"since" after a rank', () => {
  it("ranks within the span and dates nothing", () => {
    const t = first(
      "The strikes, the union's 14th and 15th rounds of action since July 2022, will affect about 20,000 services a day.",
      "2024-04-23",
    ).time!;
    expect(t.start).not.toBe("2022-07-01");
  });

  it("must not change: a count since a month runs from it", () => {
    const t = first("The union has held 15 rounds of action since July 2022.", "2024-04-23").time!;
    expect([t.start, t.end]).toEqual(["2022-07-01", "2024-04-23"]);
  });
});

describe('a name after "said" that opens the reported clause', () => {
  it.each([
    [
      "Barcelona, who won the league last month, said Mbappe would be presented on Tuesday.",
      "Barcelona",
    ],
    ["Scharping, ending a two-day visit, said Poland was well prepared to join.", "Scharping"],
  ])("is not the speaker: %s", (text, claimant) => {
    expect(first(text).claimant).toBe(claimant);
  });

  it.each([
    ["Sales fell 12%, said Jo Park, chief executive.", "Jo Park"],
    [
      "Sales fell 12% in May, said Reform's deputy leader Richard Tice.",
      "Reform's deputy leader Richard Tice",
    ],
  ])("must not change: a speaker after the verb: %s", (text, claimant) => {
    expect(first(text).claimant).toBe(claimant);
  });
});

describe("pay after tax and money spread over years", () => {
  it('"a year after tax" is a yearly rate and "spread over five years" no bound', () => {
    const q = first(
      "He will earn a reported €15 million a year after tax, plus a bonus of about €100 million spread over five years.",
    ).quantities.map((x) => [x.text, x.unit, x.bound]);
    expect(q).toEqual([
      ["€15 million a year", "EUR/year", null],
      ["about €100 million", "EUR", null],
      ["five years", "year", null],
    ]);
  });

  it.each([
    ["He has worked there for over five years.", "gt"],
    ["Profit was $5 million a year after the merger.", null],
  ])("must not change: %s", (text, bound) => {
    const q = first(text).quantities.at(-1)!;
    expect(q.bound).toBe(bound);
  });
});

describe("words that are no speaker before the verb", () => {
  it.each([
    ["In its economic forecasts, ANZ said it expected GDP to rise 2.7 pct this year.", "ANZ"],
    [
      "Nimit Nonthapanthawat, chief economist at the Bangkok Bank, said Thailand's strong export performance would lift growth to 5%.",
      "Nimit Nonthapanthawat",
    ],
    [
      "The charge is offset by an after-tax gain of about $30 million in the quarter from the sale, the company said.",
      "the company",
    ],
  ])("give way to the speaker named after them: %s", (text, claimant) => {
    expect(first(text).claimant).toBe(claimant);
  });

  it.each(["Sales rose 5%, said Moody's.", "Sales rose 5%, said O'Leary."])(
    "must not change: a name with an apostrophe speaks: %s",
    (text) => {
      expect(first(text).claimant).toMatch(/^(?:Moody's|O'Leary)$/);
    },
  );
});
