// Who asserts a figure in wire copy: a noun that looks like a verb of saying is no speaker, a group a
// figure is compared with asserts nothing, and each part of a sentence joined from two speakers is its own
// speaker's, of its own time.
import { describe, expect, it } from "vitest";
import { extractClaims } from "../../src/extract/index.js";

const PUBLISHED = "2025-11-26";
const read = (text: string) => extractClaims({ text, publishedAt: PUBLISHED }).claims;

describe("'claims' as a noun names no speaker", () => {
  it.each([
    [
      "Jobless claims for the week ending Nov. 22 fell by 6,000 to 216,000, the Labor Department said Wednesday.",
      "the Labor Department",
    ],
    ["Insurance claims for storm damage reached $2 billion in October.", null],
  ])("%s", (text, claimant) => {
    expect(read(text).map((c) => c.claimant)).toEqual([claimant]);
  });

  it("must not change: a company that claims a figure says it", () => {
    expect(read("The company claims 40% of the market.").map((c) => c.claimant)).toEqual([
      "The company",
    ]);
  });
});

describe("a group whose forecast a figure beats asserts nothing of it", () => {
  it.each([
    "Employers added 119,000 jobs in September, more than double what economists had forecast.",
    "Employers added 119,000 jobs in September, double what economists had forecast.",
  ])("%s", (text) => {
    expect(read(text).map((c) => c.claimant)).toEqual([null]);
  });

  it("must not change: a group stating its own forecast says it", () => {
    expect(
      read("Economists had forecast 50,000 jobs in September.").map((c) => c.claimant),
    ).toEqual(["Economists"]);
  });
});

describe("a sentence joined from two speakers", () => {
  const parts = (text: string) => read(text).map((c) => [c.claimant, c.time?.start, c.time?.end]);

  it("gives each part its own speaker and its own time", () => {
    expect(
      parts(
        "Amazon said it would eliminate about 14,000 corporate jobs, and UPS said it had cut 48,000 positions so far this year.",
      ),
    ).toEqual([
      ["Amazon", PUBLISHED, PUBLISHED],
      ["UPS", "2025-01-01", PUBLISHED],
    ]);
  });

  it("does not date a result by a forecast another speaker makes after it", () => {
    expect(
      parts("Sales rose 5% to $2 billion, and Apple said it expected growth of 3% next year."),
    ).toEqual([
      [null, PUBLISHED, PUBLISHED],
      ["Apple", "2026-01-01", "2026-12-31"],
    ]);
  });

  it.each([
    // One speaker, one time for both parts.
    [
      "Revenue rose 5% to $2 billion, and profit climbed 10% to $400 million in 2024.",
      [null, null],
    ],
    [
      "China has pledged 1 billion yuan, while the UK said it would provide up to £10m.",
      [null, "the UK"],
    ],
  ])("must not change: %s", (text, claimants) => {
    expect(read(text).map((c) => c.claimant)).toEqual(claimants);
  });

  it("must not change: two parts of one speaker share the sentence's time", () => {
    expect(
      parts("Revenue rose 5% to $2 billion, and profit climbed 10% to $400 million in 2024."),
    ).toEqual([
      [null, "2024-01-01", "2024-12-31"],
      [null, "2024-01-01", "2024-12-31"],
    ]);
  });
});

describe("a noun of saying before a market's move is no speaker", () => {
  it("'the local note appreciated' names no one", () => {
    expect(
      read(
        "For the week just ended, the local note appreciated 0.6 per cent to close at 4.1850 against the greenback.",
      ).map((c) => c.claimant),
    ).toEqual([null]);
  });
});

describe("an Indian paper's dateline before a colon", () => {
  it("is where the story was filed, not who speaks or what it is about", () => {
    const [claim] = read(
      "Mumbai: Tata Motors on Friday reported a 75.2 per cent fall in net profit to Rs 3,924 crore for the September quarter.",
    );
    expect([claim!.subject, claim!.claimant, claim!.time?.start, claim!.time?.end]).toEqual([
      "Tata Motors",
      "Tata Motors",
      "2025-07-01",
      "2025-09-30",
    ]);
  });
});

describe("the source of an estimate a forecast is compared with", () => {
  it.each([
    [
      "The company expects revenue of $65 billion for the quarter ending in January, compared with analysts' average estimate of $61.66 billion, according to data compiled by LSEG.",
      "The company",
    ],
    [
      "Tesco expects profit of £2.9 billion, compared with analysts' average estimate of £2.7 billion, according to LSEG data.",
      "Tesco",
    ],
  ])("is not whose forecast it is: %s", (text, claimant) => {
    expect(read(text).map((c) => c.claimant)).toEqual([claimant]);
  });

  it("must not change: a source closing a figure of its own states it", () => {
    expect(
      read("Sales rose 5% in October, according to LSEG data.").map((c) => c.claimant),
    ).toEqual(["LSEG"]);
  });
});

describe("a speaker named after a quote with where they work and their role", () => {
  it.each([
    [
      '"The upgrade reflects front-loading of exports," said Maybank economist Chua Hak Bin.',
      "Chua Hak Bin",
    ],
    [
      '"Prices will rise 5% in 2026," said Merrill Lynch analyst William Maguire.',
      "William Maguire",
    ],
  ])("is the person, and the firm is not what the quote is about: %s", (text, person) => {
    expect(read(text).map((c) => [c.claimant, c.subject])).toEqual([[person, null]]);
  });

  it.each([
    ['"Prices will rise 5% in 2026," said chief strategist Tom Lee.', "Tom Lee"],
    ['"Prices will rise 5% in 2026," said Goldman Sachs.', "Goldman Sachs"],
  ])("must not change: %s", (text, claimant) => {
    expect(read(text).map((c) => c.claimant)).toEqual([claimant]);
  });
});

describe("a body revising its own forecast", () => {
  it.each([
    ['MTI upgraded its 2025 growth forecast to "around 4.0 per cent".', "MTI"],
    ["The IMF cut its global growth forecast to 3.0% for 2025.", "The IMF"],
    // These two named no claimant before: the forecast is the company's own figure.
    ["Rivian cut its annual production forecast to 46,000 vehicles in 2024.", "Rivian"],
    ["Tesco raised its profit forecast to £2.9bn in 2024.", "Tesco"],
    [
      "SYDNEY, Nov 27 (Reuters) - Qantas Airways on Thursday raised its profit guidance for the first half to A$1.4 billion.",
      "Qantas Airways",
    ],
  ])("states the figure: %s", (text, claimant) => {
    expect(read(text).map((c) => c.claimant)).toEqual([claimant]);
  });

  it("must not change: what cut a forecast is no one stating it", () => {
    expect(
      read("Rising costs cut its profit forecast to $2 billion.").map((c) => c.claimant),
    ).toEqual([null]);
  });
});

describe("a participle set off after what it tells of", () => {
  it("'The deal, announced late on Sunday, values the firm' names no speaker", () => {
    expect(
      read("The deal, announced late on Sunday, values the firm at $12 billion.").map(
        (c) => c.claimant,
      ),
    ).toEqual([null]);
  });

  it("must not change: a company announcing", () => {
    expect(read("Tesco announced on Tuesday that sales rose 3%.").map((c) => c.claimant)).toEqual([
      "Tesco",
    ]);
  });
});

describe("a source read only as far as a preposition and its article", () => {
  it("ends before them", () => {
    expect(
      read(
        "Walking 7,000 steps a day cuts the risk of an early death by 47%, according to a major review of the evidence.",
      ).map((c) => c.claimant),
    ).toEqual(["a major review"]);
  });
});
