import { describe, expect, it } from "vitest";
import { findQuantities } from "../../src/extract/index.js";
import type { ClaimTime } from "../../src/extract/types.js";
import { checkFigures } from "../../src/verify/figure-check.js";

const claim = (text: string, time: ClaimTime | null = null) => ({
  quantities: findQuantities(text),
  time,
});
const fy2025: ClaimTime = {
  text: "the financial year ending January 2025",
  span: null,
  start: "2024-02-01",
  end: "2025-01-31",
  granularity: "fiscal_year",
  basis: "explicit",
};

describe("the figure check", () => {
  it.each([
    ["Nvidia generated $17.1 billion from China.", "Revenue from China was $17.1bn.", "match"],
    [
      "Nvidia generated $17.1 billion from China.",
      "China brought in 17,100 million dollars.",
      "match",
    ],
    ["Nvidia generated $17.1 billion from China.", "China brought in $17.14 billion.", "match"],
    [
      "Nvidia generated $17.1 billion from China.",
      "Sales to China reached $15.4 billion.",
      "mismatch",
    ],
    ["Support stood at about 20%.", "The poll put support at 19.6%.", "match"],
    ["Support stood at 20%.", "The poll put support at 23%.", "mismatch"],
    [
      "It has operated there for over 20 years.",
      "It opened its first office there 22 years ago, a tenure of 22 years.",
      "match",
    ],
    ["Exports rose 4% to $2.1 billion.", "Exports reached $2.1 billion, up 6%.", "partial"],
    ["Exports rose 4% to $2.1 billion.", "The minister praised exporters.", "none"],
    ["Nvidia generated $17.1 billion from China.", "China accounted for 13% of revenue.", "none"],
    // Money by the period is compared as money: the filing need not say "a year".
    ["The scheme costs $1.2 billion a year.", "Its annual cost is $1.2 billion.", "match"],
    ["The scheme costs $1.2 billion a year.", "Its annual cost is $0.9 billion.", "mismatch"],
    // The same bound on the same figure is the same statement, though 40 is not below 40.
    [
      "It would control nearly 40% of the market.",
      "It would hold nearly 40% of the market.",
      "match",
    ],
    [
      "It would control nearly 40% of the market.",
      "It would hold nearly 30% of the market.",
      "mismatch",
    ],
    ["It has operated there for over 20 years.", "It has been there for over 20 years.", "match"],
  ])("%s / %s → %s", (c, excerpt, status) => {
    expect(checkFigures(claim(c), excerpt).status).toBe(status);
  });

  it("pairs each claimed figure with the excerpt's, saying which agree", () => {
    expect(
      checkFigures(
        claim("Exports rose 4% to $2.1 billion."),
        "Exports reached $2.1 billion, up 6%.",
      ).pairs,
    ).toEqual([
      { claim: "4%", source: "6%", agree: false },
      { claim: "$2.1 billion", source: "$2.1 billion", agree: true },
    ]);
  });

  it("checks the period where both state one", () => {
    const c = claim("Nvidia generated $17.1 billion from China.", fy2025);
    expect(checkFigures(c, "China revenue was $17.1 billion in fiscal year 2025.")).toMatchObject({
      status: "match",
    });
    const wrongYear = checkFigures(c, "China revenue was $17.1 billion in 2019.");
    expect(wrongYear.status).toBe("partial");
    expect(wrongYear.pairs[1]).toMatchObject({ source: "2019", agree: false });
  });

  it("has nothing to check without an excerpt", () => {
    expect(checkFigures(claim("Exports rose 4%."), null)).toEqual({ status: "none", pairs: [] });
  });
});
