// A bus maker's collapse: how a thing set off by commas began ("The company, founded in 1946 in Ballymena,
// Northern Ireland, had debts …") dates the thing, not the sentence; and "It reported …" after "The company,
// …, had …" is the company speaking, not the administrators quoted before.
import { describe, expect, it } from "vitest";
import { extractClaims } from "../../src/extract/index.js";

const claims = (text: string) => extractClaims({ text, publishedAt: "2024-05-17" }).claims;

describe("an origin set off by commas", () => {
  it.each([
    "The company, founded in 1946 in Ballymena, Northern Ireland, had debts of about £45 million.",
    "The bridge, which was opened in 2019 by the Queen, carried 30,000 cars a day.",
  ])("does not date the sentence: %s", (text) => {
    expect(claims(text)[0]!.time?.start).toBe("2024-05-17");
  });

  it("must not change: an origin told as the claim dates it", () => {
    expect(claims("The company was founded in 1946 with 12 staff.")[0]!.time?.start).toBe(
      "1946-01-01",
    );
  });
});

describe('"It" after a body the sentence before opened on', () => {
  it("is that body, past an aside", () => {
    const text =
      "Alpha Coaches has filed for administration, administrators Grant Thornton said on Friday.\n\nThe company, founded in 1946 in Ballymena, had debts of about £45 million. It reported a pre-tax loss of £12.4 million for 2023.";
    expect(claims(text).at(-1)!.claimant).toBe("The company");
  });
});

describe("the time a group expects, inside what a figure is of", () => {
  it.each([
    "The share of consumers expecting a recession in the next 12 months rose to 33%, the highest since last summer.",
    "The share of firms planning to hire in the next three months fell to 20%.",
  ])("does not date the figure: %s", (text) => {
    const t = extractClaims({ text, publishedAt: "2024-05-28" }).claims[0]!.time!;
    expect([t.start, t.end]).toEqual(["2024-05-28", "2024-05-28"]);
  });

  it("must not change: what a group expects is dated by it", () => {
    const t = extractClaims({
      text: "Firms expect to hire 20% more staff in the next three months.",
      publishedAt: "2024-05-28",
    }).claims[0]!.time!;
    expect([t.start, t.end]).toEqual(["2024-05-28", "2024-08-28"]);
  });
});

describe("a move told in the past perfect in a relative clause", () => {
  it("is background to the day's close", () => {
    const t = extractClaims({
      text: "Its shares, which had risen about 40% in the past year, closed at €13.18.",
      publishedAt: "2024-07-22",
    }).claims[0]!.time!;
    expect([t.start, t.end]).toEqual(["2024-07-22", "2024-07-22"]);
  });
});
