// A week of a month is seven days; the end of a month is its last day (a balance "at the end of March" is
// that day's); the summer, told with "the", is the latest begun.
import { describe, expect, it } from "vitest";
import { extractClaims } from "../../src/extract/index.js";

const period = (text: string, publishedAt = "2024-12-04") => {
  const time = extractClaims({ text, publishedAt }).claims[0]?.time;
  return [time?.start, time?.end];
};

describe("weeks and edges of a month", () => {
  it.each([
    ["Spending rose 2% in the second week of November.", ["2024-11-08", "2024-11-14"]],
    ["Sales rose 3% in the first week of March.", ["2024-03-01", "2024-03-07"]],
    ["Sales rose 3% in the last week of March.", ["2024-03-25", "2024-03-31"]],
    ["Reserves stood at £74.3m at the end of March.", ["2024-03-31", "2024-03-31"]],
    ["Debt was 5bn dollars as of the end of June 2024.", ["2024-06-30", "2024-06-30"]],
    ["Sales fell 4% at the end of last month.", ["2024-11-30", "2024-11-30"]],
  ])("%s", (text, span) => {
    expect(period(text)).toEqual(span);
  });

  it.each([
    // A deadline runs to the month; a named month's start is the month, as TimeBank reads it.
    [
      "The deal must close by the end of March, with 400 jobs at stake.",
      ["2025-03-01", "2025-03-31"],
    ],
    ["Prices rose 5% at the beginning of October.", ["2024-10-01", "2024-10-31"]],
    ["Prices rose 5% at the start of the month.", ["2024-12-01", "2024-12-10"]],
  ])("must not change: %s", (text, span) => {
    expect(period(text)).toEqual(span);
  });
});

describe("a season told with 'the'", () => {
  it.each([
    ["Sales rose 4% over the summer.", ["2024-06-01", "2024-08-31"]],
    ["Sales will rise 4% over the winter.", ["2024-12-01", "2025-02-28"]],
  ])("%s", (text, span) => {
    expect(period(text)).toEqual(span);
  });

  it("must not change: a season of a named year", () => {
    expect(period("Sales rose 4% in the spring of 2019.")).toEqual(["2019-03-01", "2019-05-31"]);
  });
});
