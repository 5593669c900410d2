// A health study: a class named by its number ("type 2 diabetes", "stage 4
// cancer", "phase 3 trials") is no count.
import { describe, expect, it } from "vitest";
import { extractClaims } from "../../src/extract/index.js";

const first = (text: string) => extractClaims({ text, publishedAt: "2024-03-04" }).claims[0]!;

describe("a class named by its number", () => {
  it.each([
    ["It raised the risk of type 2 diabetes by 12%.", [12]],
    ["Patients with stage 4 cancer rose 8%.", [8]],
    ["The drug entered phase 3 trials with 400 patients.", [400]],
    ["Schools in tier 3 areas closed for 10 days.", [10]],
  ])("is a name, not a count: %s", (text, values) => {
    expect(first(text).quantities.map((q) => q.value)).toEqual(values);
  });

  it.each([
    ["Water reached level 4 metres above normal.", [4]],
    ["Some 2 million people have type 1 or 2 diabetes.", [2e6]],
  ])("must not change: a measure after the word stays: %s", (text, values) => {
    expect(
      first(text)
        .quantities.map((q) => q.value)
        .slice(0, 1),
    ).toEqual(values);
  });
});
