// A supermarket's market share and a climate agency's report: every fraction in words is a ratio ("around a
// sixth of the market", "an eighth of voters", "fell by a seventh"), and a body's initials may hold a digit
// ("the Copernicus Climate Change Service (C3S) said").
import { describe, expect, it } from "vitest";
import { extractClaims } from "../../src/extract/index.js";

const claims = (text: string) => extractClaims({ text, publishedAt: "2024-01-11" }).claims;

describe("a fraction in words", () => {
  it.each([
    ["Discounters Aldi and Lidl have taken around a sixth of the market between them.", 1 / 6],
    ["An eighth of voters switched.", 1 / 8],
    ["Turnout fell by a seventh.", 1 / 7],
    ["One ninth of the budget went on fees.", 1 / 9],
  ])("is a ratio: %s", (text, value) => {
    const q = claims(text)[0]!.quantities[0]!;
    expect(q.type).toBe("ratio");
    expect(q.value).toBeCloseTo(value, 6);
  });

  it.each([
    "It was the sixth of the month.",
    "Leeds won a seventh straight game.",
    "She finished ninth in the final.",
  ])("must not change: an ordinal is no share: %s", (text) => {
    expect(claims(text).flatMap((c) => c.quantities.filter((q) => q.type === "ratio"))).toEqual([]);
  });
});

describe("a body's initials", () => {
  it.each([
    [
      "Last year was the warmest on record, the European Union's Copernicus Climate Change Service (C3S) said on Tuesday.",
      "the European Union's Copernicus Climate Change Service",
    ],
    [
      "Sales rose 4%, the International Air Transport Association (IATA) said.",
      "the International Air Transport Association",
    ],
  ])("may hold a digit, and the body before them speaks: %s", (text, claimant) => {
    expect(claims(text)[0]!.claimant).toBe(claimant);
  });
});
