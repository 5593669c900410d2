import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extractClaims } from "../../src/extract/index.js";

const text = readFileSync(new URL("../fixtures/port-strike.txt", import.meta.url), "utf8");
const result = extractClaims({ text, publishedAt: "2025-08-20" });
const claimFor = (words: string) => {
  const c = result.claims.find((x) => x.text.includes(words));
  expect(c, `a claim holding "${words}"`).toBeDefined();
  return c!;
};

describe("a news page end to end", () => {
  it("finds each checkable assertion of the story", () => {
    expect(result.claims.map((c) => c.text.slice(0, 30))).toEqual([
      "Dockworkers at the Port of Val",
      "The union said more than 4,000",
      "Mr. Alvarez, the union's presi",
      "The port handled 2.4 million c",
      "Its operator, Meridian Termina",
      "Analysts at Carden Securities ",
      "Exports of copper, which make ",
    ]);
  });

  it("takes no claim from furniture, teasers or the conclusion", () => {
    const reasons = result.ignored.map((i) => i.detail);
    expect(reasons).toEqual([
      "newsletter",
      "byline",
      "photo_credit",
      "rhetoric",
      "rhetoric",
      "share_prompt",
      "teaser",
    ]);
    for (const c of result.claims) {
      for (const i of result.ignored)
        expect(c.span.end <= i.span.start || c.span.start >= i.span.end).toBe(true);
    }
  });

  it("normalises the figures of each claim", () => {
    expect(claimFor("$1.8bn").quantities).toEqual([
      {
        text: "$1.8bn",
        span: expect.any(Object),
        type: "money",
        value: 1.8e9,
        unit: "USD",
        approximate: false,
        bound: null,
        role: null,
      },
    ]);
    expect(claimFor("2.4 million").quantities.map((q) => [q.value, q.role])).toEqual([
      [2.4e6, "to"],
      [2.1e6, "from"],
    ]);
    expect(claimFor("$45 million").quantities[0]).toMatchObject({ value: 45e6, approximate: true });
    expect(claimFor("4,000 members").quantities[0]).toMatchObject({ value: 4000, bound: "gt" });
  });

  it("dates each claim", () => {
    expect(claimFor("walked off").time).toMatchObject({
      text: "on Monday",
      start: "2025-08-18",
      end: "2025-08-18",
    });
    expect(claimFor("$1.8bn").time).toMatchObject({
      start: "2023-04-01",
      end: "2024-03-31",
      granularity: "fiscal_year",
    });
    expect(claimFor("2.4 million").time).toMatchObject({ start: "2023-01-01", end: "2023-12-31" });
  });

  it("every span's text is exactly the text at its offsets", () => {
    for (const c of result.claims) {
      expect(text.slice(c.span.start, c.span.end)).toBe(c.text);
      for (const q of c.quantities) expect(text.slice(q.span.start, q.span.end)).toBe(q.text);
      if (c.time?.span) expect(text.slice(c.time.span.start, c.time.span.end)).toBe(c.time.text);
    }
  });

  it("takes no names or scores for amounts", () => {
    const figures = result.claims.flatMap((c) => c.quantities.map((q) => q.text));
    for (const name of ["7-2", "3-1", "2023", "2022"]) expect(figures).not.toContain(name);
  });

  it("is deterministic", () => {
    expect(extractClaims({ text, publishedAt: "2025-08-20" })).toEqual(result);
  });
});
