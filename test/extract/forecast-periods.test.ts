// What a company expects ahead is a projection, and its period is no period a later "in the half year"
// points back to: that is the one it reported.
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
