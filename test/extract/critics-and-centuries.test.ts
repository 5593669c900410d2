// An obituary and a tax change: a critic, a columnist or a surgeon named by their job after "said", and a
// business by its kind ("estate agent Hamptons"), is the speaker; "the October Budget" is October's; "a quarter
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

describe("a business named by its kind", () => {
  it.each([
    [
      "About 20% of first-time buyers will pay more tax, according to estate agent Hamptons.",
      "Hamptons",
    ],
    ["Asking prices rose 1.2% in March, according to property portal Rightmove.", "Rightmove"],
  ])("is the source by its name: %s", (text, claimant) => {
    expect(first(text).claimant).toBe(claimant);
  });
});

describe("an event named by its month", () => {
  it.each([
    [
      "Rachel Reeves confirmed in the October Budget that 20% of buyers would pay more.",
      "2024-10-01",
    ],
    ["The party won 400 seats in the July election.", "2024-07-01"],
  ])("is of that month: %s", (text, start) => {
    expect(extractClaims({ text, publishedAt: "2025-03-05" }).claims[0]!.time?.start).toBe(start);
  });
});
