import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { articleFromHtml } from "../../src/extract/html.js";
import { extractClaims } from "../../src/extract/index.js";

const page = (name: string) =>
  readFileSync(new URL(`../fixtures/html/${name}`, import.meta.url), "utf8");
const claimsOf = (name: string) => {
  const a = articleFromHtml(page(name));
  return { article: a, claims: extractClaims({ text: a.text, publishedAt: a.publishedAt }).claims };
};

describe("HTML pages from differently built sites", () => {
  it("semantic markup: <article> inside <main>, with header, figure, share tools, related list, footer", () => {
    const { article, claims } = claimsOf("semantic.html");
    expect(article.title).toBe("Port strike halts cargo at Valmont");
    expect(article.publishedAt).toBe("2025-08-18T09:30:00Z");
    expect(claims.map((c) => c.text.slice(0, 25))).toEqual([
      "Dockworkers at the Port o",
      "The union said more than ",
      "The employers had offered",
      "The port handled 2.4 mill",
    ]);
    expect(article.text).not.toMatch(
      /Subscribe|Maria Ortega|Photo:|Share on|Harbor City|rights reserved|pageviews/,
    );
  });

  it("div soup: a story-body class, newsletter box, author box, adverts, sidebar, comments, JSON-LD date", () => {
    const { article, claims } = claimsOf("divsoup.html");
    expect(article.title).toBe("Northgate to buy Calder for $4.6bn - Metals Daily");
    expect(article.publishedAt).toBe("2024-08-20T07:00:00+01:00");
    const figures = claims.flatMap((c) => c.quantities.map((q) => q.text));
    expect(figures).toEqual(expect.arrayContaining(["$4.6 billion", "18%", "£112m"]));
    expect(claims.some((c) => /hedging|Copper|shareholders|briefing|Okafor/.test(c.text))).toBe(
      false,
    );
  });

  it("schema.org markup: itemprop articleBody, cookie banner, breadcrumbs, share bar, recommendations", () => {
    const { article, claims } = claimsOf("schema.html");
    expect(article.title).toBe("Globex ships record 1.2 million units");
    expect(article.publishedAt).toBe("2024-11-05");
    expect(claims.map((c) => c.text)).toEqual([
      "Globex shipped 1.2 million units in the third quarter of 2024, a record for the company",
      "Revenue rose 14 per cent to $880 million, the company said on Tuesday",
      "Europe accounted for 41% of sales",
      "Asia accounted for 33% of sales",
    ]);
    expect(article.text).not.toMatch(/cookies|Home ›|Facebook|Initech|555-0100/);
  });

  it("never throws on broken markup", () => {
    expect(articleFromHtml("<div><p>Unclosed <b>tags <i>everywhere").text).toBe(
      "Unclosed tags everywhere",
    );
    expect(articleFromHtml("")).toEqual({ text: "", title: null, publishedAt: null });
  });
});
