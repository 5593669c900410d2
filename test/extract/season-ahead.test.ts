// "this winter" in the month before winter begins is the winter coming, whatever the tense: a story of
// late November about support offered or flu admissions "this winter" is not about the winter gone.
import { describe, expect, it } from "vitest";
import { extractClaims } from "../../src/extract/index.js";

const periodOf = (text: string, publishedAt: string) => {
  const [claim] = extractClaims({ text, publishedAt }).claims;
  return claim?.time && [claim.time.start, claim.time.end];
};

describe("a season said in the month before it begins", () => {
  it.each([
    [
      "Firms had offered £15m in extra support this winter.",
      "2025-11-21",
      "2025-12-01",
      "2026-02-28",
    ],
    [
      "Hospitals have admitted 5,000 flu patients this winter.",
      "2025-11-25",
      "2025-12-01",
      "2026-02-28",
    ],
    [
      "Councils spent £4m on cooling centres this summer.",
      "2025-05-28",
      "2025-06-01",
      "2025-08-31",
    ],
  ])("%s (%s) → %s..%s", (text, publishedAt, start, end) => {
    expect(periodOf(text, publishedAt)).toEqual([start, end]);
  });

  it.each([
    // Further off, the past tense still reads the season gone.
    ["Heating bills rose 20% this winter.", "2025-10-01", "2024-12-01", "2025-02-28"],
    ["The company hired 500 people this summer.", "2025-08-20", "2025-06-01", "2025-08-31"],
    ["Bills will rise 10% this winter.", "2025-10-01", "2025-12-01", "2026-02-28"],
    ["Heating bills rose 20% last winter.", "2025-11-21", "2024-12-01", "2025-02-28"],
  ])("must not change: %s (%s) → %s..%s", (text, publishedAt, start, end) => {
    expect(periodOf(text, publishedAt)).toEqual([start, end]);
  });
});
