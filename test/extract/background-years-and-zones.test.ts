// A jobs report and an earthquake: a trailing "12 months through April" is a span of its own, not a year an
// earnings story goes on about; a year long gone, told as background in a paragraph of its own ("In 1999, a
// 7.6 magnitude quake killed about 2,400 people."), neither carries into the next paragraph nor becomes the
// story's time; the hour in another zone ("(2358 GMT Tuesday)") restates when, and names no one.
import { describe, expect, it } from "vitest";
import { extractClaims } from "../../src/extract/index.js";

const claims = (text: string, publishedAt: string) => extractClaims({ text, publishedAt }).claims;
const periodOf = (text: string, publishedAt: string, opening: string) => {
  const t = claims(text, publishedAt).find((c) => c.text.startsWith(opening))!.time!;
  return [t.start, t.end];
};

describe("a trailing twelve months", () => {
  const text =
    "Employers added 175,000 jobs in April. In the 12 months through April, wages increased 3.9%.\n\nHealthcare added 56,000 jobs.";
  it("is a range, not a company's year", () => {
    const wages = claims(text, "2024-05-03").find((c) => c.text.startsWith("In the 12"))!;
    expect([wages.time?.start, wages.time?.end, wages.time?.granularity]).toEqual([
      "2023-05-01",
      "2024-04-30",
      "range",
    ]);
  });

  it("does not carry into the next paragraph", () => {
    expect(periodOf(text, "2024-05-03", "Healthcare")).not.toEqual(["2023-05-01", "2024-04-30"]);
  });

  it("must not change: a company's year to June carries on", () => {
    const results =
      "Qantas reported a profit of A$2.47 billion for the year to June 30. Revenue rose 12%.\n\nFuel costs rose 8%.";
    expect(periodOf(results, "2024-08-29", "Fuel")).toEqual(["2023-07-01", "2024-06-30"]);
  });
});

describe("a year long gone told as background", () => {
  const story =
    "A magnitude 7.4 earthquake struck Taiwan on Wednesday, killing at least nine people.\n\nIn 1999, a 7.6 magnitude quake killed about 2,400 people.\n\n";
  it.each([
    ["TSMC said more than 70% of its equipment had recovered within 10 hours.", "TSMC"],
    ["A wave of 30cm was recorded about 15 minutes after the quake.", "A wave"],
  ])("leaves the next paragraph with the story's own time: %s", (sentence, opening) => {
    expect(periodOf(story + sentence, "2024-04-03", opening)).toEqual(["2024-04-03", "2024-04-03"]);
  });

  it("must not change: a recent period in a one-sentence paragraph carries on", () => {
    const text = "Exports rose 7.6% in March.\n\nImports fell 2.1%.";
    expect(periodOf(text, "2024-04-12", "Imports")).toEqual(["2024-03-01", "2024-03-31"]);
  });
});

describe("the hour in another zone", () => {
  it("restates when and names no one", () => {
    const text =
      "A quake struck Taiwan on Wednesday. The quake hit at 7:58 a.m. (2358 GMT Tuesday) south of Hualien.";
    const hit = claims(text, "2024-04-03").at(-1)!;
    expect([hit.time?.start, hit.subject]).toEqual(["2024-04-03", "Hualien"]);
  });
});
