// A software giant's quarter and a central bank's meeting: "said she expected Azure growth of 28% to 29% in
// the March quarter" looks ahead; "the last quarter of 2023" is its fourth; and "since 2019" after a
// superlative in another clause still runs to now.
import { describe, expect, it } from "vitest";
import { extractClaims } from "../../src/extract/index.js";

const first = (text: string, publishedAt: string) =>
  extractClaims({ text, publishedAt }).claims[0]!;

describe('an expectation told with "expected … of" a figure', () => {
  it.each([
    "Chief Financial Officer Amy Hood said she expected Azure growth of 28% to 29% in the March quarter.",
    "The company said it expected revenue of $64 billion in the March quarter.",
  ])("is a projection for the period still ahead: %s", (text) => {
    const c = first(text, "2024-01-31");
    expect(c.kind).toBe("projection");
    expect([c.time?.start, c.time?.end]).toEqual(["2024-01-01", "2024-03-31"]);
  });

  it.each([
    "Revenue of $62 billion beat the $61.1 billion analysts had expected.",
    "Profit was higher than expected at $21.9 billion.",
  ])("must not change: a result set against what was expected is no projection: %s", (text) => {
    expect(first(text, "2024-01-31").kind).not.toBe("projection");
  });
});

describe("the last quarter or half of a year", () => {
  it.each([
    ["The economy barely grew in the last quarter of 2023.", ["2023-10-01", "2023-12-31"]],
    ["The economy barely grew in the last quarter of last year.", ["2023-10-01", "2023-12-31"]],
    ["Sales fell 4% in the last half of 2023.", ["2023-07-01", "2023-12-31"]],
  ])("is its fourth quarter or second half: %s", (text, expected) => {
    const t = first(text, "2024-04-11").time!;
    expect([t.start, t.end]).toEqual(expected);
  });

  it('must not change: "last quarter" alone is the one before now', () => {
    const t = first("Sales fell 3% last quarter.", "2024-04-11").time!;
    expect([t.start, t.end]).toEqual(["2024-01-01", "2024-03-31"]);
  });
});

describe('"since" after a superlative in another clause', () => {
  it("runs from then to now", () => {
    const t = first(
      "Microsoft, which became the world's most valuable company this month, overtaking Apple, has invested about $13 billion in OpenAI since 2019.",
      "2024-01-31",
    ).time!;
    expect([t.start, t.end]).toEqual(["2019-01-01", "2024-01-31"]);
  });

  it("must not change: a record since a year ranks within it", () => {
    const t = first("Inflation hit 9.1%, the highest since 1981.", "2024-01-31").time!;
    expect(t.start).not.toBe("1981-01-01");
  });
});

describe("an expectation told in reported speech", () => {
  it.each([
    [
      "Chief executive Tim Cook, 64, said in January that Apple expected revenue growth in the low to mid single digits in the March quarter.",
      ["2025-01-01", "2025-03-31"],
    ],
    [
      "Jay Stevens said he expected the company to earn 35 cents a share in the March quarter.",
      ["2025-01-01", "2025-03-31"],
    ],
  ])("looks ahead from the saying: %s", (text, expected) => {
    const c = first(text, "2025-02-19");
    expect([c.kind, c.time?.start, c.time?.end]).toEqual(["projection", ...expected]);
  });

  it('"estimated … would" is a projection, not the story\'s last year', () => {
    const text =
      "Apple's share fell to 15% last year.\n\nHe estimated Apple would sell about 22 million units of the model in its first year.";
    const c = extractClaims({ text, publishedAt: "2025-02-19" }).claims.at(-1)!;
    expect([c.kind, c.time?.start]).toEqual(["projection", "2025-02-19"]);
  });

  it.each([
    "Revenue was higher than expected at $5bn.",
    "Analysts had expected revenue of $5bn in March.",
  ])("must not change: what was expected of a result is no projection: %s", (text) => {
    expect(first(text, "2025-02-19").kind).not.toBe("projection");
  });
});

describe("a figure someone said or wrote they would reach", () => {
  it.each([
    "The company wrote in its quarterly report that it would buy back up to €100 million of shares over the next 12 months.",
    "The firm said it would cut about 1,900 jobs.",
  ])("is a projection: %s", (text) => {
    expect(first(text, "2024-10-29").kind).toBe("projection");
  });

  it("must not change: a promise with no figure is what was said", () => {
    expect(
      first("Tony Lama said it would promptly submit the offer to its board.", "2024-10-29").kind,
    ).not.toBe("projection");
  });
});
