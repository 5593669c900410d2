import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractClaims } from "../../src/extract/index.js";
import type { Extraction } from "../../src/extract/types.js";

function assertSpansHold(text: string, out: Extraction): void {
  const inBounds = (s: { start: number; end: number }) =>
    s.start >= 0 && s.end <= text.length && s.start <= s.end;
  for (const c of out.claims) {
    expect(inBounds(c.span) && inBounds(c.sentence)).toBe(true);
    expect(text.slice(c.span.start, c.span.end)).toBe(c.text);
    expect(c.checkworthiness).toBeGreaterThanOrEqual(0);
    expect(c.checkworthiness).toBeLessThanOrEqual(1);
    for (const q of c.quantities) {
      expect(inBounds(q.span)).toBe(true);
      expect(text.slice(q.span.start, q.span.end)).toBe(q.text);
      expect(Number.isFinite(q.value)).toBe(true);
    }
    if (c.time?.span) expect(text.slice(c.time.span.start, c.time.span.end)).toBe(c.time.text);
  }
  for (const i of out.ignored) expect(inBounds(i.span)).toBe(true);
}

const newsy = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        "$17.1 billion",
        "42%",
        "from",
        "to",
        "In July,",
        "No. 1",
        "U.S.",
        "Mr.",
        "thousands of",
        "H20",
        "2022",
        "the financial year ending January 2025",
        "Q3",
        "over 20 years",
        "—",
        "“",
        "”",
        ".",
        "\n",
        "; ",
        "p.m.",
        "between 5 and 10 million",
        "two weeks after",
        "Photo:",
        "By",
        "rose 3% to $4.2bn",
        "½",
        "٣",
        "🙂",
      ),
      fc.string({ unit: "binary", maxLength: 12 }),
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(" "));

describe("any input", () => {
  it("never throws and every span holds (arbitrary unicode, control characters)", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: "binary", maxLength: 400 }),
        fc.option(fc.constantFrom("2025-08-20", "1999-02-28", "not a date")),
        (text, publishedAt) => {
          assertSpansHold(text, extractClaims({ text, publishedAt }));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("never throws on news-like fragments in any order", () => {
    fc.assert(
      fc.property(newsy, (text) => {
        assertSpansHold(text, extractClaims({ text, publishedAt: "2025-08-20" }));
      }),
      { numRuns: 400 },
    );
  });

  it("handles a 1 MB article, including one with no line breaks", () => {
    const sentence =
      "Exports rose 4% to $2.1 billion in the third quarter, officials said on Monday. ";
    const big = sentence.repeat(Math.ceil(1_000_000 / sentence.length));
    const out = extractClaims({ text: big, publishedAt: "2025-08-20" });
    assertSpansHold(big, out);
    expect(out.claims.length).toBeGreaterThan(10_000);
    const noise = "x".repeat(1_000_000);
    assertSpansHold(noise, extractClaims({ text: noise }));
  });
});
