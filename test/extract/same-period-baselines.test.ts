// An office-market report: a figure set "on the same period last year" is compared with it, and the claim
// keeps the period the story named ("in the quarter"); "Prime rents" and "Older offices" open on describing
// words, not names.
import { describe, expect, it } from "vitest";
import { extractClaims } from "../../src/extract/index.js";

const claims = (text: string) => extractClaims({ text, publishedAt: "2024-04-09" }).claims;

describe("a figure set on the same period last year", () => {
  const opening = "The vacancy rate rose to 9.8% in the first three months of the year.\n\n";
  it.each([
    "Investment totalled £1.6bn in the quarter, down 40% on the same period last year.",
    "Investment totalled £1.6bn in the quarter, down 40% from the same period last year.",
  ])("is of the period named, compared with last year's: %s", (sentence) => {
    const t = claims(opening + sentence).at(-1)!.time!;
    expect([t.start, t.end]).toEqual(["2024-01-01", "2024-03-31"]);
  });

  it("must not change: a figure on a day is that day's", () => {
    const t = claims("Shares fell 3% on Tuesday.").at(-1)!.time!;
    expect([t.start, t.end]).toEqual(["2024-04-09", "2024-04-09"]);
  });
});

describe("a describing word opening a sentence", () => {
  it.each([
    ["Prime rents in the West End held at £125 per sq ft a year.", "West End"],
    ["Older offices, by contrast, are struggling to find 40% of their tenants.", null],
    [
      "Prime Minister Rishi Sunak, 43, must call an election by January 2025.",
      "Prime Minister Rishi Sunak",
    ],
  ])("is no subject; a name after it may be: %s", (text, subject) => {
    expect(claims(text)[0]!.subject).toBe(subject);
  });
});

describe("who or what news counts, opening a sentence", () => {
  it.each([
    ["Homicides fell 5% to 583.", null],
    ["Buyers paid 5% more in May.", null],
    ["Markets now price in 80 basis points of cuts this year.", null],
  ])("is no name, however short the story: %s", (text, subject) => {
    expect(claims(text)[0]!.subject).toBe(subject);
  });
});

describe('a figure that "compares with" another', () => {
  it("is set against it, not dated by it", () => {
    const text =
      "UK house prices rose 1.7% in 2023, Nationwide said.\n\nThe annual increase compares with a 2.8% fall in 2022's last month.";
    const t = extractClaims({ text, publishedAt: "2024-01-02" }).claims.at(-1)!.time!;
    expect([t.start, t.end]).toEqual(["2023-01-01", "2023-12-31"]);
  });

  it('"This compares with …" keeps the month told before', () => {
    const text =
      "Inflation eased to 2.5% in May. This compares with 2.9% in April and 2.7% a year earlier.";
    const t = extractClaims({ text, publishedAt: "2024-06-20" }).claims.at(-1)!.time!;
    expect([t.start, t.end]).toEqual(["2024-05-01", "2024-05-31"]);
  });
});

describe("a size opening a sentence", () => {
  it.each([
    ["Large deal wins totalled $2.4 billion in the quarter.", null],
    [
      "Major job cuts at AT and T. The long distance giant is slashing up to 18,000 jobs.",
      "AT and T",
    ],
  ])("is no name, nor is an article after a full stop part of one: %s", (text, subject) => {
    expect(claims(text)[0]!.subject).toBe(subject);
  });
});

describe("the AP's plain-text dateline and words no name is", () => {
  it.each([
    [
      "MOSCOW (AP)_ The mayor of Moscow has allocated $2 million to a museum.",
      "The mayor of Moscow",
    ],
    ["WASHINGTON _ The economy created 358,000 jobs in January.", "The economy"],
  ])("the dateline is no part of the claim: %s", (text, opening) => {
    expect(claims(text)[0]!.text.startsWith(opening)).toBe(true);
  });

  it.each([
    ["Partially offsetting the losses were record gains of 775 mln dlrs.", null],
    ["The World Court Friday ruled that Libya can sue over 270 deaths.", "World Court"],
  ])("nor is an opening adverb or a day after a name: %s", (text, subject) => {
    expect(claims(text)[0]!.subject).toBe(subject);
  });
});
