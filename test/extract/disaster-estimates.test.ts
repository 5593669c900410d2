// A hurricane story: a time measured from an event the story has not dated is not counted from the story's
// time; a modeller putting a figure at an amount is whose estimate it is; "a one-in-1,000-year event" is
// how rare, not a share of one. And whose each part of a sentence is when another name did something.
import { describe, expect, it } from "vitest";
import { extractClaims } from "../../src/extract/index.js";

const claims = (text: string) => extractClaims({ text, publishedAt: "2024-10-10" }).claims;

describe("a time measured from an event", () => {
  it("the story has not dated stays the story's time, not that far after it", () => {
    const text =
      "Milton made landfall on Wednesday night. Milton struck less than two weeks after Hurricane Helene, which killed more than 230 people.";
    const last = claims(text).at(-1)!;
    expect([last.time?.start, last.time?.end]).toEqual(["2024-10-09", "2024-10-09"]);
  });

  it.each([
    "The plant closed on 3 March 2024. It reopened 19 days after the fire with 400 staff.",
    "The plant closed on 3 March 2024. It reopened 19 days later with 400 staff.",
    "Jensen Huang visited Beijing on 15 July 2024. Just two weeks after Huang's visit, Nvidia faced 3 inquiries.",
  ])("must not change: from something the story dated, it counts from there: %s", (text) => {
    const last = claims(text).at(-1)!;
    expect(last.time?.basis).toBe("relative");
    expect(last.time!.start > "2024-03-03").toBe(true);
  });
});

describe("a body putting a figure at an amount", () => {
  it.each([
    ["Moody's RMS put the figure at between $30bn and $50bn.", "Moody's RMS"],
    ["Analysts put the total cost at $4bn.", "Analysts"],
  ])("is whose estimate it is: %s", (text, claimant) => {
    expect(claims(text)[0]!.claimant).toBe(claimant);
  });

  it("and says its own part after another's estimate", () => {
    const text =
      "Catastrophe modeller Karen Clark & Co estimated insured losses at about $50bn, while Moody's RMS put the figure at between $30bn and $50bn.";
    expect(claims(text).map((c) => c.claimant)).toEqual(["Karen Clark & Co", "Moody's RMS"]);
  });

  it("must not change: putting a fire out at a time is no estimate", () => {
    expect(claims("Troops put the fire out at 5pm after 3 hours.")[0]!.claimant).toBeNull();
  });
});

describe("a modeller named before its name", () => {
  it.each([
    ["Catastrophe modeller Verisk estimated losses at $5bn.", "Verisk"],
    ["Security firm Qihoo 360 placed orders worth $5bn.", "Qihoo 360"],
  ])("is that name: %s", (text, subject) => {
    expect(claims(text)[0]!.subject).toBe(subject);
  });

  it("is the source's name alone", () => {
    expect(
      claims(
        "Insured losses could reach $3bn to $5bn, according to early estimates from the catastrophe modeller Verisk.",
      )[0]!.claimant,
    ).toBe("Verisk");
  });
});

describe("a one-in-1,000-year event", () => {
  it("is no ratio of one", () => {
    const [c] = claims("St Petersburg recorded 16.6in of rain, a one-in-1,000-year event.");
    expect(c!.quantities.some((q) => q.type === "ratio")).toBe(false);
  });

  it("must not change: one in five is a share", () => {
    const [c] = claims("One in five voters backed the plan.");
    expect(c!.quantities.map((q) => [q.type, q.value])).toEqual([["ratio", 0.2]]);
  });
});

describe("a later part whose own name did something", () => {
  const claimants = (text: string) =>
    extractClaims({ text, publishedAt: "2024-09-11" }).claims.map((c) => c.claimant);

  it("is not said by the speaker opening the sentence", () => {
    expect(
      claimants(
        "Microsoft said last year it would spend £2.5bn on UK data centres over three years, while Google opened a $1bn site in Hertfordshire in May.",
      ),
    ).toEqual(["Microsoft", null]);
  });

  it.each([
    ["The ONS said exports rose 5%, while imports fell 2%.", ["The ONS", "The ONS"]],
    [
      "Amazon said it would eliminate 14,000 jobs, and UPS said it had cut 48,000.",
      ["Amazon", "UPS"],
    ],
  ])("must not change: %s", (text, expected) => {
    expect(claimants(text)).toEqual(expected);
  });
});
