// Who asserts each claim: the speaker a sentence names, a quote's speaker for each of its sentences, and
// "he" or "she" as the last person named; null in the story's own voice.
import { describe, expect, it } from "vitest";
import { extractClaims } from "../../src/extract/index.js";

const claimants = (...paragraphs: string[]) =>
  extractClaims({ text: paragraphs.join("\n\n"), publishedAt: "2025-01-10" }).claims.map((c) => [
    c.text.slice(0, 24),
    c.claimant,
  ]);

describe("claimants", () => {
  it.each([
    ["Net income rose to $2.1 billion in the quarter, the bank said on Wednesday.", "the bank"],
    ["According to the statistics office, inflation was 3.2% in June.", "the statistics office"],
    [
      "The port handled 2.4 million containers in 2023, according to figures from the harbour authority.",
      "the harbour authority",
    ],
    ["Maria Lopez, 52, said the plant employed 400 people in 2023.", "Maria Lopez"],
    ["“Sales rose 12% in 2024,” said Jo Park, the chief executive.", "Jo Park"],
    ["Analysts say the stock rose 40% in 2024.", "Analysts"],
    ["The union said more than 4,000 members joined the strike in May.", "The union"],
    [
      "Its operator, Meridian Terminals Ltd., said revenue was $1.8bn in 2024.",
      "Meridian Terminals Ltd.",
    ],
  ])("%s → %s", (text, who) => {
    expect(claimants(text)[0]![1]).toBe(who);
  });

  it("is null in the story's own voice", () => {
    expect(claimants("Exports fell 4% in May to $2.1 billion.")).toEqual([
      ["Exports fell 4% in May t", null],
    ]);
  });

  it("gives a quote's next sentence the quote's speaker", () => {
    expect(
      claimants("“Sales rose 12% in 2024,” said Jo Park. “We hired 2,000 staff last year.”").map(
        (c) => c[1],
      ),
    ).toEqual(["Jo Park", "Jo Park"]);
  });

  it("names a quote's speaker from the sentence that closes it", () => {
    expect(
      claimants("“Revenue reached $3 billion in 2024. Costs fell 8% in 2024,” Jo Park said.").map(
        (c) => c[1],
      ),
    ).toEqual(["Jo Park", "Jo Park"]);
  });

  it("reads he and she as the last person named", () => {
    expect(
      claimants(
        "Maria Lopez, 52, said the plant employed 400 people in 2023.",
        "She said output fell 5% in 2024.",
      ).map((c) => c[1]),
    ).toEqual(["Maria Lopez", "Maria Lopez"]);
  });

  it("does not carry a quote's speaker into the next paragraph's own voice", () => {
    expect(
      claimants(
        "“Sales rose 12% in 2024,” said Jo Park.",
        "Exports fell 4% in May to $2.1 billion.",
      ).map((c) => c[1]),
    ).toEqual(["Jo Park", null]);
  });
});
