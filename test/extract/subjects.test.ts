// A claim's subject is who or what it is about: never a word that only describes the figure or a group.
import { describe, expect, it } from "vitest";
import { extractClaims } from "../../src/extract/index.js";

const subject = (text: string) =>
  extractClaims({ text, publishedAt: "2025-01-15" }).claims[0]?.subject;

describe("subjects", () => {
  it.each([
    "Pre-tax profit rose 5% to $2 billion in 2024.",
    "Like-for-like sales rose 3% in 2024.",
    "Local shops lost $2 million in 2024.",
    "Chief executives earned 12% more in 2024.",
  ])("a describing word alone is no subject: %s", (text) => {
    expect(subject(text)).toBeNull();
  });

  it.each([
    [
      "The Local Government Association said councils faced a $4 billion gap in 2024.",
      "Local Government Association",
    ],
    ["New York spent $3 billion on schools in 2024.", "New York"],
    ["Northgate Steel agreed to buy Calder Metals for $4.6 billion in 2024.", "Northgate Steel"],
    ["Chief executive Ken Murphy said sales rose 3.6% in 2024.", "Ken Murphy"],
    [
      "Chief Executive Officer Ken Murphy said sales rose 3.6% in 2024.",
      "Chief Executive Officer Ken Murphy",
    ],
  ])("a name keeps its words: %s", (text, name) => {
    expect(subject(text)).toBe(name);
  });
});
