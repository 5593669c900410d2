// A race report and a flood: a half of a course is no half-year; a time counted from something done that
// the story never dated stays the story's; a scientist named by their job after "said" is the speaker, and
// a stretch of time before "said" is no one. And an abstract noun opening a sentence names no subject.
import { describe, expect, it } from "vitest";
import { extractClaims } from "../../src/extract/index.js";

const claims = (text: string, publishedAt = "2023-10-09") =>
  extractClaims({ text, publishedAt }).claims;
const period = (text: string, publishedAt?: string) => {
  const t = claims(text, publishedAt).at(-1)!.time!;
  return [t.start, t.end];
};

describe("a half of something that is not a stretch of time", () => {
  it.each([
    "Kiptum won on Sunday. He covered the second half of the course in 59 minutes 47 seconds.",
    "Kiptum won on Sunday. He ran the first half of his race in 60 minutes.",
  ])("is no half-year: %s", (text) => {
    expect(period(text)).toEqual(["2023-10-08", "2023-10-08"]);
  });

  it.each([
    ["Profit rose 5% in the second half of the year.", ["2023-07-01", "2023-12-31"]],
    ["Sales fell 3% in the first half of the year.", ["2023-01-01", "2023-06-30"]],
    ["Sales fell 3% in the first half of 2022.", ["2022-01-01", "2022-06-30"]],
  ])("must not change: a half of a year is one: %s", (text, expected) => {
    expect(period(text)).toEqual(expected);
  });
});

describe("a time counted from something done", () => {
  it("that the story never dated stays the story's time", () => {
    const text =
      "Kipchoge set the mark in September 2022. He has won 16 of the 20 marathons he has started.\n\nHassan won in 2:13:44, just two weeks after finishing fourth at the world championships.";
    expect(period(text)).toEqual(["2023-10-09", "2023-10-09"]);
  });

  it.each([
    "The plant closed on 3 March 2023. It reopened 19 days after the fire with 400 staff.",
    "The firm unveiled the chip on 3 March 2023. Two weeks after announcing it, the firm cut its price by 10%.",
  ])("must not change: from what the story dated, it counts from there: %s", (text) => {
    const start = period(text)[0]!;
    expect(start > "2023-03-03" && start < "2023-04-01").toBe(true);
  });
});

describe("a speaker named by their job after the verb", () => {
  it.each([
    [
      "Some parts of the state received more than 300mm of rain in a week, roughly three months' worth, said meteorologist Estael Sias of MetSul.",
      "Estael Sias",
    ],
    ["Cases rose 40% in a month, said epidemiologist Maria Van Kerkhove.", "Maria Van Kerkhove"],
    ["Turnout reached 67% last year, said pollster John Curtice.", "John Curtice"],
  ])("is who says it: %s", (text, claimant) => {
    expect(claims(text)[0]!.claimant).toBe(claimant);
  });

  it.each([
    "Parts of the state received more than 300mm of rain in a week, said nobody.",
    "Prices rose 12% in the year, said to be a record.",
  ])("a stretch of time before the verb is nobody: %s", (text) => {
    expect(claims(text)[0]!.claimant).toBeNull();
  });

  it("must not change: a body before the verb still speaks", () => {
    expect(claims("Sales rose 12% in the year, the company said.")[0]!.claimant).toBe(
      "the company",
    );
  });
});

describe("an abstract noun opening a sentence", () => {
  it.each([
    "Impairment charges, money set aside for bad loans, rose to £513 million from £524 million.",
    "Production costs rose 12% to $3 billion.",
    "Inflation expectations fell to 3.1% in May.",
  ])("names no subject, however short the story: %s", (text) => {
    expect(claims(text, "2024-06-01")[0]!.subject).toBeNull();
  });

  it.each([
    ["Government spending rose 4% to £1.2 trillion.", "Government"],
    ["Fusion Capital raised $300 million in May.", "Fusion Capital"],
  ])("must not change: %s", (text, subject) => {
    expect(claims(text, "2024-06-01")[0]!.subject).toBe(subject);
  });

  it("a common word in a longer story, written once, is no subject even if a name starts with it", () => {
    const filler = "The airline flew more routes than ever before, the company said. ".repeat(24);
    const text = `${filler}Jet fuel cost the airline A$5.9 billion in the year. Jetstar carried 10 million people.`;
    const jet = claims(text, "2024-08-29").find((c) => c.text.startsWith("Jet fuel"))!;
    expect(jet.subject).toBeNull();
  });
});

describe("a passive verb of saying", () => {
  it.each([
    "The regulator had been expected to approve bigger increases of 40%.",
    "The write-off will be reported as an extraordinary item of $5 million.",
  ])("names no speaker: %s", (text) => {
    expect(claims(text)[0]!.claimant).toBeNull();
  });
});

describe("a clause's verb among a name's plain words", () => {
  it.each([
    "The size of the contingent was not disclosed to the 40 reporters.",
    "Investigators would not divulge the evidence against Kopp but said 3 rifles were found.",
    "The company has no estimate of the impact on its 12 plants.",
  ])("makes no speaker of it: %s", (text) => {
    expect(claims(text)[0]!.claimant).toBeNull();
  });

  it.each([
    ["The White House yesterday disclosed that Kuwait had asked for 12 ships.", "The White House"],
    [
      "President Bush today denounced the war and said 200 ships were in the Gulf.",
      "President Bush",
    ],
  ])("nor is a day between a name and its verb part of the name: %s", (text, claimant) => {
    expect(claims(text)[0]!.claimant).toBe(claimant);
  });
});
