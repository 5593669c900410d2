// An obituary: a critic, a columnist or a surgeon named by their job after "said" is the speaker; "a quarter
// of a century" is how long, not a share.
import { describe, expect, it } from "vitest";
import { extractClaims } from "../../src/extract/index.js";

const first = (text: string) => extractClaims({ text, publishedAt: "2020-09-13" }).claims[0]!;

describe("a speaker named by their job after the verb", () => {
  it.each([
    [
      '"He was the man who taught Britain to eat off pine tables," said the design critic Stephen Bayley, who worked with him for 25 years.',
      "Stephen Bayley",
    ],
    ["Waiting lists grew by 40% in a year, said consultant surgeon Amir Haddad.", "Amir Haddad"],
    ["Sales fell 12% in May, said columnist Jane Moore.", "Jane Moore"],
  ])("is who says it: %s", (text, claimant) => {
    expect(first(text).claimant).toBe(claimant);
  });
});

describe("a fraction of a decade or a century", () => {
  it.each([
    ["He worked with him for a quarter of a century.", 0.25],
    ["The bridge stood for three quarters of a century.", 0.75],
  ])("is a duration in centuries: %s", (text, value) => {
    const q = first(text).quantities[0]!;
    expect([q.type, q.value, q.unit]).toEqual(["duration", value, "century"]);
  });

  it("must not change: a quarter of a thing is a share", () => {
    const q = first("A quarter of the budget went on fees.").quantities[0]!;
    expect([q.type, q.value]).toEqual(["ratio", 0.25]);
  });
});
