// A power-tariff story and a housing column: a time inside an apposition's relative clause ("the rolling
// blackouts that have plagued the country since 2008") gives way to the sentence's own; figures no body is
// named for are the source ("according to official figures"); a hedge opening a sentence names no subject.
import { describe, expect, it } from "vitest";
import { extractClaims } from "../../src/extract/index.js";

const first = (text: string, publishedAt = "2024-05-01") =>
  extractClaims({ text, publishedAt }).claims[0]!;

describe("a time inside an apposition's relative clause", () => {
  it("gives way to the sentence's own time", () => {
    const t = first(
      "Load shedding, the rolling blackouts that have plagued the country since 2008, cost the economy an estimated R900m a day at its worst last year.",
      "2024-01-20",
    ).time!;
    expect([t.start, t.end]).toEqual(["2023-01-01", "2023-12-31"]);
  });

  it("must not change: a time outside any clause dates the claim", () => {
    const t = first("Load shedding has plagued the country since 2008.", "2024-01-20").time!;
    expect([t.start, t.end]).toEqual(["2008-01-01", "2024-01-20"]);
  });
});

describe("figures no body is named for", () => {
  it.each([
    [
      "Last year, 234,400 new homes were completed in England, according to official figures.",
      "official figures",
    ],
    ["Sales rose 5%, according to government data.", "government data"],
    ["Sales rose 5%, according to preliminary data.", "preliminary data"],
  ])("are the source: %s", (text, claimant) => {
    expect(first(text).claimant).toBe(claimant);
  });

  it.each([
    ["Sales rose 5%, according to figures from the ONS.", "the ONS"],
    ["Sales rose 5%, according to local media reports.", "local media reports"],
  ])("must not change: %s", (text, claimant) => {
    expect(first(text).claimant).toBe(claimant);
  });
});

describe("a hedge opening a sentence", () => {
  it.each([
    [
      "Perhaps the most striking figure is this: a typical home now costs 8.3 times average earnings.",
      null,
    ],
    ["Maybe the Vice President has an answer about the $4 trillion debt.", "Vice President"],
  ])("is no subject; a name after it is: %s", (text, subject) => {
    expect(first(text).subject).toBe(subject);
  });
});
