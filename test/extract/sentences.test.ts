import { describe, expect, it } from "vitest";
import { splitSentences } from "../../src/extract/sentences.js";

const split = (text: string) =>
  splitSentences(text, { start: 0, end: text.length }).map((s) => text.slice(s.start, s.end));

describe("sentences", () => {
  it.each([
    "The U.S. Commerce Department banned the sales.",
    "Mr. Huang visited Beijing in Jan. last year.",
    "It is ranked No. 1 in Asia.",
    "The match was Spain vs. Italy in Rome.",
    "The vote closed at 8 p.m. on Tuesday.",
    "Revenue rose 3.5 percent to $4.2 billion.",
    "George W. Bush met J. K. Rowling.",
    "Shares of Acme Inc. rose after the results.",
  ])("does not split: %s", (text) => {
    expect(split(text)).toEqual([text]);
  });

  it("splits at sentence ends, including after closing quotes", () => {
    expect(split("“We are ready,” he said. The strike began. Will it end? Nobody knows!")).toEqual([
      "“We are ready,” he said.",
      "The strike began.",
      "Will it end?",
      "Nobody knows!",
    ]);
  });

  it("splits before a name written with its capital inside, and not before a lower-case word", () => {
    expect(
      split("Apple beat estimates of $94.5 billion. iPhone sales rose 5.5%. eBay fell 2%."),
    ).toEqual([
      "Apple beat estimates of $94.5 billion.",
      "iPhone sales rose 5.5%.",
      "eBay fell 2%.",
    ]);
    expect(split("It rose 5 p.m. to 6 p.m. on Friday.")).toEqual([
      "It rose 5 p.m. to 6 p.m. on Friday.",
    ]);
  });

  it("splits after a decade that ends a sentence, not after an initial", () => {
    expect(split("Seas rise twice as fast as in the 1990s. Arctic ice shrank 4%.")).toEqual([
      "Seas rise twice as fast as in the 1990s.",
      "Arctic ice shrank 4%.",
    ]);
    expect(split("George W. Bush met him.")).toEqual(["George W. Bush met him."]);
  });

  it("splits after a letter written on a number: a scale or a unit", () => {
    expect(split("He joined in 2021 for €45m. He has won two titles.")).toEqual([
      "He joined in 2021 for €45m.",
      "He has won two titles.",
    ]);
    expect(split("The wall is 10m. It fell.")).toEqual(["The wall is 10m.", "It fell."]);
  });

  it("splits after an abbreviation that ends a sentence", () => {
    expect(split("The firm moved to the U.S. The move cost $2 million.")).toEqual([
      "The firm moved to the U.S.",
      "The move cost $2 million.",
    ]);
  });

  it("reports exact offsets into the whole text", () => {
    const text = "Header\nFirst one. Second one.";
    const spans = splitSentences(text, { start: 7, end: text.length });
    expect(spans).toEqual([
      { start: 7, end: 17 },
      { start: 18, end: 29 },
    ]);
  });
});
