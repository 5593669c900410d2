// A crime-statistics story and a market-share story: a figure set against a peak named with its own figure
// and time is of the story's period, not the peak's, and so are the claims after it; a body that did
// something, with a relative clause between, said what follows "and said".
import { describe, expect, it } from "vitest";
import { extractClaims } from "../../src/extract/index.js";

const OPENING =
  "Police recorded 50,510 knife offences in England and Wales in the year ending June 2024, down 5% on the previous year, the ONS said on Thursday.";
const periods = (text: string) =>
  extractClaims({ text, publishedAt: "2024-10-24" }).claims.map((c) => [
    c.time?.start,
    c.time?.end,
  ]);
const STORY_YEAR = ["2023-07-01", "2024-06-30"];

describe("a figure set against a peak with its own figure and time", () => {
  it.each([
    "The figure is below the peak of 55,078 in the year to March 2020.",
    "The figure remains below the peak of 55,078 in 2020.",
    "The figure remains 8% higher than the 46,863 recorded in the year to March 2015, although it is below the peak of 55,078 in the year to March 2020.",
  ])("is of the story's period: %s", (s) => {
    expect(periods(`${OPENING}\n\n${s}`).at(-1)).toEqual(STORY_YEAR);
  });

  it("and the peak's time is not handed on to the paragraphs after", () => {
    const text = `${OPENING}\n\nThe figure remains 8% higher than in 2015, although it is below the peak of 55,078 in the year to March 2020.\n\nLondon accounted for a third of the total.`;
    expect(periods(text).at(-1)).not.toEqual(["2019-04-01", "2020-03-31"]);
  });

  it.each([
    ["Thefts peaked at 55,078 in 2020.", ["2020-01-01", "2020-12-31"]],
    ["The peak of 55,078 came in 2020.", ["2020-01-01", "2020-12-31"]],
  ])("must not change: a peak told as the claim is of its time: %s", (s, period) => {
    expect(periods(`${OPENING}\n\n${s}`).at(-1)).toEqual(period);
  });
});

describe("a body that did something, a relative clause between, 'and said'", () => {
  const claimants = (text: string) =>
    extractClaims({ text, publishedAt: "2025-01-14" }).claims.map((c) => c.claimant);

  it("said both parts", () => {
    expect(
      claimants(
        "Counterpoint Research, which publishes its own estimates, put Apple's share at 19% and said Huawei had returned to the top 10 for the first time since 2020.",
      ),
    ).toEqual(["Counterpoint Research", "Counterpoint Research"]);
  });

  it("must not change: without the relative clause too", () => {
    expect(
      claimants(
        "Counterpoint Research put Apple's share at 19% and said Huawei had returned to the top 10 for the first time since 2020.",
      ),
    ).toEqual(["Counterpoint Research", "Counterpoint Research"]);
  });
});

describe("a waiting-list story", () => {
  const OPENING = "The waiting list for routine treatment fell to 7.54 million in November.";
  const story = (s: string) =>
    extractClaims({ text: `${OPENING}\n\n${s}`, publishedAt: "2025-01-09" }).claims.at(-1)!;

  it("a figure recorded before an event in a month, set against, dates nothing and names no subject", () => {
    const c = story(
      "It remains well above the 4.6 million recorded before the Covid pandemic in February 2020.",
    );
    expect([c.time?.start, c.subject]).toEqual(["2024-11-01", null]);
  });

  it("a target not met since a year is no span of the claim's", () => {
    const c = story(
      "Some 58.3% of patients had been waiting less than 18 weeks, against a target of 92% which has not been met since 2015.",
    );
    expect(c.time?.start).not.toBe("2015-01-01");
  });

  it.each([
    ["The list has grown every year since 2015.", "2015-01-01"],
    ["It remains well above the 4.6 million recorded in February 2020.", "2024-11-01"],
  ])("must not change: %s", (s, start) => {
    expect(story(s).time?.start).toBe(start);
  });
});

describe("a figure's distance from a level or a year", () => {
  const time = (s: string) => {
    const c = extractClaims({ text: s, publishedAt: "2024-11-26" }).claims.at(-1)!;
    return [c.time?.start, c.time?.end];
  };

  it.each([
    "The rise is one percentage point above July's retail prices index (RPI) measure of inflation.",
    "Passenger numbers have recovered to about 90% of pre-pandemic levels, but revenue remains around £1bn a year below 2019.",
    "Revenue remains 4% below 2019 levels.",
  ])("dates nothing: the level's time is a baseline: %s", (s) => {
    expect(time(s)).toEqual(["2024-11-26", "2024-11-26"]);
  });

  it.each([
    ["Revenue fell below £1bn in 2019.", ["2019-01-01", "2019-12-31"]],
    ["Revenue was 4% below target in July.", ["2024-07-01", "2024-07-31"]],
  ])("must not change: %s", (s, period) => {
    expect(time(s)).toEqual(period);
  });
});

describe("when a poll was carried out", () => {
  const periods = (text: string) =>
    extractClaims({ text, publishedAt: "2024-11-20" }).claims.map((c) => [
      c.time?.start,
      c.time?.end,
    ]);

  it("dates that sentence only: what is said next is of now", () => {
    const text =
      "Labour was on 27%, according to a YouGov poll.\n\nThe poll of 2,150 adults was carried out on Sunday and Monday.\n\nReform leader Nigel Farage said the party had signed up 130,000 members.";
    expect(periods(text).slice(1)).toEqual([
      ["2024-11-17", "2024-11-18"],
      ["2024-11-20", "2024-11-20"],
    ]);
  });

  it("must not change: a vote held on a day moves the story to it", () => {
    const text =
      "The vote was held on Sunday and Monday.\n\nThe party had signed up 130,000 members.";
    expect(periods(text).at(-1)).toEqual(["2024-11-17", "2024-11-18"]);
  });
});
