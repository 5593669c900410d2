// "this winter" in the month before winter begins is the winter coming, whatever the tense: a story of
// late November about support offered or flu admissions "this winter" is not about the winter gone.
// "By the summer" is a deadline: from publication to the end of the first summer not yet over. A sports
// season a forecast is for ("expects revenue to exceed £6.5bn this season") is the one under way.
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

describe("a season as a deadline", () => {
  it.each([
    [
      "The timetable will be restored by the summer, with 95% of trains running.",
      "2025-10-15",
      "2026-08-31",
    ],
    ["Repairs costing £3m will last until the spring.", "2025-10-15", "2026-05-31"],
    ["Prices will be frozen until the winter, saving £40.", "2025-10-15", "2026-02-28"],
  ])("%s (%s) → from publication to %s", (text, publishedAt, end) => {
    expect(periodOf(text, publishedAt)).toEqual([publishedAt, end]);
  });

  it("must not change: a season of a year stays that season", () => {
    expect(periodOf("Prices rose 3% by the summer of 2024.", "2025-10-15")).toEqual([
      "2024-06-01",
      "2024-08-31",
    ]);
  });
});

describe("a sports season a forecast is for", () => {
  it.each([
    "Deloitte expects revenue to exceed £6.5bn in the current season, helped by a new £6.7bn broadcast deal that begins in 2025-26.",
    "Deloitte expects revenue to exceed £6.5bn this season.",
  ])("is the season under way: %s", (text) => {
    expect(periodOf(text, "2025-03-13")).toEqual(["2024-07-01", "2025-06-30"]);
  });

  it("must not change: what has happened this season is of now", () => {
    expect(periodOf("He has scored 12 goals this season.", "2025-03-13")).toEqual([
      "2025-03-13",
      "2025-03-13",
    ]);
  });
});
