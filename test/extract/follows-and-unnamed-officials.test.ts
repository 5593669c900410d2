// An antitrust fine and a measles outbreak: the time of what a thing follows is not the thing's ("The fine
// follows a complaint by Spotify in 2019"); and an unnamed group may carry two describing words
// ("according to local health officials").
import { describe, expect, it } from "vitest";
import { extractClaims } from "../../src/extract/index.js";

const first = (text: string, publishedAt = "2024-03-04") =>
  extractClaims({ text, publishedAt }).claims[0]!;

describe("what a thing follows or comes after", () => {
  it.each([
    "The fine, which is about 0.5% of Apple's global annual turnover, follows a complaint by Spotify in 2019.",
    "The €1.8 billion penalty comes after a complaint by Spotify in 2019.",
  ])("dates the thing it follows, not the claim: %s", (text) => {
    const t = first(text).time!;
    expect([t.start, t.end]).toEqual(["2024-03-04", "2024-03-04"]);
  });

  it("must not change: a time of the claim's own stays", () => {
    const t = first("Spotify filed a complaint in 2019 that led to a €1.8 billion fine.").time!;
    expect([t.start, t.end]).toEqual(["2019-01-01", "2019-12-31"]);
  });
});

describe("an unnamed group with two describing words", () => {
  it.each([
    [
      "A child in Liverpool who had measles died in July, the first death from the disease in England since 2016, according to local health officials.",
      "local health officials",
    ],
    ["Cases rose 40% in a month, according to senior health officials.", "senior health officials"],
  ])("is the source: %s", (text, claimant) => {
    expect(first(text, "2025-02-13").claimant).toBe(claimant);
  });

  it("must not change: one describing word", () => {
    expect(
      first("A child died in July, according to health officials.", "2025-02-13").claimant,
    ).toBe("health officials");
  });
});
