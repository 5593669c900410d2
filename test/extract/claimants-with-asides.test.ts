// Who asserts a claim when the speaker's name is followed by two asides, or the speaker is told in a
// "with … saying" clause, and who "she" is in the sentence after.
import { describe, expect, it } from "vitest";
import { extractClaims } from "../../src/extract/index.js";

const claimants = (text: string) =>
  extractClaims({ text, publishedAt: "2025-04-10" }).claims.map((c) => c.claimant);

describe("a speaker with a role and a relative clause after the name", () => {
  it("is the person, not the body the relative clause is about", () => {
    expect(
      claimants(
        "Dr Layla McCay, director of policy at the NHS Confederation, which represents health trusts, warned that financial pressures could cut 2,000 beds.",
      ),
    ).toEqual(["Dr Layla McCay"]);
  });

  it("and 'she' in the next sentence is that person", () => {
    expect(
      claimants(
        "Dr Layla McCay, director of policy at the NHS Confederation, which represents health trusts, warned that financial pressures could cut 2,000 beds. She said trusts faced a £6.6bn shortfall next year.",
      ),
    ).toEqual(["Dr Layla McCay", "Dr Layla McCay"]);
  });

  it.each([
    // Must not change: one apposition; a body with its relative clause.
    [
      "Dr Layla McCay, director of policy at the NHS Confederation, warned that pressures could cut 2,000 beds.",
      "Dr Layla McCay",
    ],
    [
      "The NHS Confederation, which represents health trusts, warned that pressures could cut 2,000 beds.",
      "The NHS Confederation",
    ],
  ])("must not change: %s", (text, claimant) => {
    expect(claimants(text)).toEqual([claimant]);
  });
});

describe("with … saying", () => {
  it.each([
    [
      "The plan would lift the bulk-billing rate from 77.5% to 90% by 2030, with the government saying it would cost $2bn.",
      "the government",
    ],
    ["Prices rose 5% in March, with analysts warning of further rises.", "analysts"],
  ])("names who says it: %s", (text, claimant) => {
    expect(claimants(text)).toEqual([claimant]);
  });

  it("must not change: 'with' and a figure is no speaker", () => {
    expect(claimants("Prices rose 5% in March, with food up 3%.")).toEqual([null]);
  });
});

describe("'it' after a body whose name looks like a person's", () => {
  it("is the body that said so last", () => {
    expect(
      claimants(
        "Ofwat said the fine of £122.7m was the largest it had ever imposed. Thames Water, which has debts of about £20bn, said it was disappointed. It has said it could run out of cash by the end of the year, leaving 16 million customers at risk.",
      ).at(-1),
    ).toBe("Thames Water");
  });
});
